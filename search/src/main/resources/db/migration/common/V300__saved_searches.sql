-- Saved searches per user (versions 300-399 belong to the search module).
-- filters holds the chosen facet values as a URL query string (type=CAPEX&org=Microsoft);
-- last_run_at is when the user last ran the search: claims recorded after it are "new".
CREATE TABLE saved_search (
    id          VARCHAR(36)              NOT NULL PRIMARY KEY,
    username    VARCHAR(100)             NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    query_text  VARCHAR(500)             NOT NULL,
    filters     VARCHAR(4000)            NOT NULL,
    sort_order  VARCHAR(20)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_search_name_per_user UNIQUE (username, name)
);
