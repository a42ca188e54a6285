-- Personal API tokens (issue 12). Only a SHA-256 of each token is stored: the tokens are 256
-- random bits, so a fast hash is enough and checking one costs microseconds, not a password hash.
CREATE TABLE api_token (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_token_user ON api_token (username);
