-- Read models of the weekly digest (issue 6); versions 150-169 belong to the digest.
-- Attributed claims (a speaker is named), for the digest's notable quotes.
CREATE TABLE digest_quote (
    claim_id     VARCHAR(100) NOT NULL PRIMARY KEY,
    document_id  VARCHAR(64)  NOT NULL,
    speaker      VARCHAR(300) NOT NULL,
    quote        CLOB NOT NULL,
    quote_start  INTEGER      NOT NULL,
    reported_on  DATE         NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX digest_quote_reported_on ON digest_quote (reported_on);

-- Token prices as numbers (the timeline keeps them only as display text), USD per 1M tokens,
-- with analysts' corrections applied; the timeline row says whether the price still stands.
CREATE TABLE digest_price (
    event_id            VARCHAR(64)    NOT NULL PRIMARY KEY,
    input_usd_per_mtok  NUMERIC(20, 6),
    output_usd_per_mtok NUMERIC(20, 6)
);
