-- ShedLock's lock table: a task scheduled on every node of a cluster (the source poller, the
-- weekly digest) runs where it takes the lock of its name, and is skipped on the other nodes.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
-- Numbered above every migration there was when it came, so a database already migrated takes it.
