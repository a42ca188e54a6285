-- The timeline keeps each event's numbers (for price curves and charts) and its curation state;
-- curation_log keeps the whole trail of analysts' decisions.
ALTER TABLE timeline_entry ADD COLUMN input_usd_per_mtok  NUMERIC(20, 6);
ALTER TABLE timeline_entry ADD COLUMN output_usd_per_mtok NUMERIC(20, 6);
ALTER TABLE timeline_entry ADD COLUMN ratio               NUMERIC(20, 6);
ALTER TABLE timeline_entry ADD COLUMN gpus                BIGINT;
ALTER TABLE timeline_entry ADD COLUMN provider            VARCHAR(300);
ALTER TABLE timeline_entry ADD COLUMN status              VARCHAR(20) DEFAULT 'EXTRACTED' NOT NULL;
ALTER TABLE timeline_entry ADD COLUMN curated_by          VARCHAR(200);
ALTER TABLE timeline_entry ADD COLUMN curated_at          TIMESTAMP WITH TIME ZONE;
CREATE INDEX timeline_entry_status ON timeline_entry (status);

CREATE TABLE curation_log (
    event_id    VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    curator     VARCHAR(200)  NOT NULL,
    changes     VARCHAR(4000),
    reason      VARCHAR(4000)
);
CREATE INDEX curation_log_event ON curation_log (event_id, recorded_at);
