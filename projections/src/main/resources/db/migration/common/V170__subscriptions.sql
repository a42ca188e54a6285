-- The source registry's read model (projections V170-V189 belong to the subscriptions package).
CREATE TABLE subscription (
    source_id            VARCHAR(32)   NOT NULL PRIMARY KEY,
    kind                 VARCHAR(20)   NOT NULL,
    location             VARCHAR(4000) NOT NULL,
    interval_seconds     BIGINT        NOT NULL,
    paused               BOOLEAN       NOT NULL DEFAULT FALSE,
    added_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by             VARCHAR(200),
    running_since        TIMESTAMP WITH TIME ZONE,
    last_run_at          TIMESTAMP WITH TIME ZONE,
    next_run_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    runs                 INTEGER       NOT NULL DEFAULT 0,
    documents_found      INTEGER       NOT NULL DEFAULT 0,
    documents_recorded   INTEGER       NOT NULL DEFAULT 0,
    events_extracted     INTEGER       NOT NULL DEFAULT 0,
    revisions            INTEGER       NOT NULL DEFAULT 0,
    last_outcome         VARCHAR(1000),
    last_error           VARCHAR(4000),
    consecutive_failures INTEGER       NOT NULL DEFAULT 0
);

CREATE INDEX subscription_next_run ON subscription (next_run_at);
