-- Read models of the projections module (versions 100-199 belong to this module).
CREATE TABLE source_document (
    document_id  VARCHAR(64)   NOT NULL PRIMARY KEY,
    title        VARCHAR(1000) NOT NULL,
    source       VARCHAR(4000) NOT NULL,
    format       VARCHAR(40)   NOT NULL,
    reported_on  DATE          NOT NULL,
    show_name    VARCHAR(500),
    ingested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ingested_by  VARCHAR(200),
    char_count   INTEGER       NOT NULL,
    claim_count  INTEGER       NOT NULL DEFAULT 0,
    event_count  INTEGER       NOT NULL DEFAULT 0
);

CREATE TABLE document_text (
    document_id VARCHAR(64) NOT NULL PRIMARY KEY,
    body        CLOB        NOT NULL
);

CREATE TABLE timeline_entry (
    event_id        VARCHAR(64)    NOT NULL PRIMARY KEY,
    document_id     VARCHAR(64)    NOT NULL,
    type            VARCHAR(40)    NOT NULL,
    subject         VARCHAR(500)   NOT NULL,
    org             VARCHAR(500),
    model           VARCHAR(500),
    amount_usd      NUMERIC(24, 2),
    amount_usd_high NUMERIC(24, 2),
    figure          VARCHAR(200)   NOT NULL,
    period          VARCHAR(60),
    detail          VARCHAR(1000),
    reported_on     DATE           NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    speaker         VARCHAR(300),
    quote           CLOB           NOT NULL,
    quote_start     INTEGER        NOT NULL,
    quote_end       INTEGER        NOT NULL
);

CREATE INDEX timeline_entry_reported_on ON timeline_entry (reported_on);
CREATE INDEX timeline_entry_type ON timeline_entry (type);
CREATE INDEX timeline_entry_document ON timeline_entry (document_id);
