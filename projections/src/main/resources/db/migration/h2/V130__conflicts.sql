-- The conflicts read model (projections module, versions 130-149 belong to it): every figure a
-- market event states, keyed by what it is a figure of, so that different values from different
-- statements of the same thing can be found.
CREATE TABLE conflict_fact (
    event_id     VARCHAR(64)    NOT NULL,
    measure      VARCHAR(20)    NOT NULL,
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
    PRIMARY KEY (event_id, measure)
);

CREATE INDEX conflict_fact_topic ON conflict_fact (topic);

CREATE TABLE conflict_document (
    document_id VARCHAR(64)   NOT NULL PRIMARY KEY,
    title       VARCHAR(1000) NOT NULL,
    source      VARCHAR(4000) NOT NULL
);
