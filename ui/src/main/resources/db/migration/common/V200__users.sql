-- Users of the dashboard and API (versions 200-299 belong to the ui module).
-- Spring Security's JdbcUserDetailsManager schema; roles are stored expanded
-- (an ADMIN also holds ROLE_ANALYST and ROLE_VIEWER).
CREATE TABLE users (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);

CREATE TABLE authorities (
    username  VARCHAR(100) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority VARCHAR(50)  NOT NULL,
    PRIMARY KEY (username, authority)
);
