-- Bitemporal read models (issue 15): every version of a timeline entry and of a market event's
-- conflict facts, valid from the instant the event that made it was recorded until the instant a
-- later event changed it (curation, supersession; null while current). "As of T" is then a query:
-- valid_from <= T AND (valid_to IS NULL OR valid_to > T).
CREATE TABLE timeline_version (
    event_id            VARCHAR(64)    NOT NULL,
    document_id         VARCHAR(64)    NOT NULL,
    type                VARCHAR(40)    NOT NULL,
    subject             VARCHAR(500)   NOT NULL,
    org                 VARCHAR(500),
    model               VARCHAR(500),
    amount_usd          NUMERIC(24, 2),
    amount_usd_high     NUMERIC(24, 2),
    input_usd_per_mtok  NUMERIC(20, 6),
    output_usd_per_mtok NUMERIC(20, 6),
    ratio               NUMERIC(20, 6),
    gpus                BIGINT,
    provider            VARCHAR(300),
    figure              VARCHAR(200)   NOT NULL,
    period              VARCHAR(60),
    detail              VARCHAR(1000),
    reported_on         DATE           NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    speaker             VARCHAR(300),
    quote               CLOB           NOT NULL,
    quote_start         INTEGER        NOT NULL,
    quote_end           INTEGER        NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    curated_by          VARCHAR(200),
    curated_at          TIMESTAMP WITH TIME ZONE,
    valid_from          TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX timeline_version_event ON timeline_version (event_id, valid_to);
CREATE INDEX timeline_version_reported_on ON timeline_version (reported_on);
CREATE INDEX timeline_version_type ON timeline_version (type);
-- The timeline's order, so a page of the newest entries (now or as of) walks an index and stops.
CREATE INDEX timeline_version_order ON timeline_version (reported_on DESC, document_id, quote_start, event_id);
CREATE INDEX timeline_entry_order ON timeline_entry (reported_on DESC, document_id, quote_start, event_id);

CREATE TABLE conflict_fact_version (
    event_id     VARCHAR(64)    NOT NULL,
    measure      VARCHAR(40)    NOT NULL,
    document_id  VARCHAR(64)    NOT NULL,
    type         VARCHAR(40)    NOT NULL,
    topic        VARCHAR(1000)  NOT NULL,
    subject      VARCHAR(500)   NOT NULL,
    org          VARCHAR(500),
    model        VARCHAR(500),
    qualifier    VARCHAR(500),
    period       VARCHAR(60),
    low_value    NUMERIC(38, 10) NOT NULL,
    high_value   NUMERIC(38, 10),
    reported_on  DATE           NOT NULL,
    speaker      VARCHAR(300),
    quote        CLOB           NOT NULL,
    quote_start  INTEGER        NOT NULL,
    quote_end    INTEGER        NOT NULL,
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX conflict_fact_version_event ON conflict_fact_version (event_id, valid_to);
CREATE INDEX conflict_fact_version_topic ON conflict_fact_version (topic);

-- A store from before this version has no history yet: the timeline and conflicts processors
-- replay from the first event on the next start (no token: they start at the tail), writing both
-- their current tables and the versions.
DELETE FROM curation_log;
DELETE FROM timeline_entry;
DELETE FROM conflict_fact;
DELETE FROM conflict_document;
DELETE FROM TokenEntry WHERE processorName IN ('timeline', 'conflicts');
