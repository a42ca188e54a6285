-- 'USD per 1M output tokens' needs more than the 20 characters V130 gave the measure.
ALTER TABLE conflict_fact ALTER COLUMN measure SET DATA TYPE VARCHAR(40);
