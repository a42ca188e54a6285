package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void aFullDiskDeepInTheCausesIsAFullDiskWhateverTheOuterMessageSays() {
        IOException disk = new IOException("No space left on device");
        RuntimeException failure = new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [x]",
                new SQLException(
                        "General error: Writing to FileChannel failed", new RuntimeException("MVStore", disk)));

        StorageFailedException storage = StoreFailures.of(failure).orElseThrow();

        assertThat(storage.diskFull()).isTrue();
        assertThat(storage.detail()).isEqualTo("No space left on device");
        assertThat(StoreFailures.isConflict(failure))
                .as("not a conflict to retry")
                .isFalse();
    }

    @Test
    void postgresSaysDiskFullWithItsSqlState() {
        SQLException full = new SQLException("ERROR: could not extend file \"base/16384/2619\"", "53100");

        assertThat(StoreFailures.of(new CommandExecutionException("failed", full))
                        .orElseThrow()
                        .diskFull())
                .isTrue();
    }

    @Test
    void aStoreThatCannotBeReadIsAStoreFailureButNotADiskFull() {
        RuntimeException failure = new EventStoreException(
                "Failed to read events for aggregate [x]",
                new SQLException("The database has been closed [90098-252]"));

        StorageFailedException storage = StoreFailures.of(failure).orElseThrow();

        assertThat(storage.diskFull()).isFalse();
        assertThat(storage.detail()).isEqualTo("The database has been closed [90098-252]");
    }

    @Test
    void aDuplicateStreamWithoutAFullDiskIsAConflictToAskAgain() {
        RuntimeException duplicate = new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [x]",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(StoreFailures.isConflict(duplicate)).isTrue();
    }

    @Test
    void aBadDocumentIsNotAStoreFailure() {
        assertThat(StoreFailures.of(new IllegalArgumentException("event of document a sent with document b")))
                .isEmpty();
    }
}
