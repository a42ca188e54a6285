package org.frontierledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of a folder ingest at random points, on the embedded H2 store and on PostgreSQL:
 * every document the command printed as recorded must be in the store, and running the same ingest
 * again must end with exactly the events of one uninterrupted ingest (same streams, sequence numbers,
 * claim and market event ids and payloads; Axon's own message ids are random). Before commits were made
 * durable, H2 lost one to six recorded documents per kill (its commits reached the file up to half
 * a second after they were acknowledged).
 */
class KillDuringIngestIT {
    /** Kills per store; {@code -Dledger.kill.runs=20} for a longer hunt. */
    private static final int KILLS = Integer.getInteger("ledger.kill.runs", 4);

    private static final int DOCUMENTS = 120;

    private static Path work;
    private static Path folder;
    /** The events of one uninterrupted ingest of the folder; the same on either store. */
    private static StoredEvents expected;

    private final long seed = Long.getLong("ledger.kill.seed", System.nanoTime());
    private final Random random = new Random(seed);
    private final List<String> schemas = new ArrayList<>();

    @BeforeAll
    static void ingestOnceWithoutInterruption() throws Exception {
        work = LedgerTestSupport.newDataDir("kill");
        folder = work.resolve("docs");
        SyntheticDocuments.write(folder, DOCUMENTS, 12);
        Store reference = new H2Store(work.resolve("reference"));
        LedgerProcess whole =
                LedgerProcess.start(work.resolve("logs"), reference.environment(), "ingest", folder.toString());
        assertThat(whole.waitFor()).as(whole.err()).isZero();
        assertThat(whole.out()).contains("ingested " + DOCUMENTS + " documents: " + DOCUMENTS + " recorded");
        expected = reference.read();
        assertThat(expected.sources()).hasSize(DOCUMENTS);
    }

    @AfterEach
    void dropSchemas() throws Exception {
        for (String schema : schemas) {
            TestDatabases.dropPostgresSchema(schema);
        }
    }

    @Test
    void onTheEmbeddedStoreNothingPrintedAsRecordedIsLostAndARerunConverges() throws Exception {
        killAtRandomPointsThenConverge(new H2Store(work.resolve("killed")));
    }

    @Test
    void onPostgresNothingPrintedAsRecordedIsLostAndARerunConverges() throws Exception {
        String schema = TestDatabases.newSchemaName("kill_run");
        schemas.add(schema);

        killAtRandomPointsThenConverge(new PostgresStore(schema, work.resolve("pg-killed")));
    }

    private void killAtRandomPointsThenConverge(Store killed) throws Exception {
        // when: the same ingest, killed at random points again and again
        int recordedBeforeKills = 0;
        int killedMidway = 0;
        for (int run = 1; run <= KILLS; run++) {
            // (read while no ingest runs: an H2 opened here would serve the ingest's writes itself)
            int remaining = DOCUMENTS - killed.read().sources().size();
            LedgerProcess ingest =
                    LedgerProcess.start(work.resolve("logs"), killed.environment(), "ingest", folder.toString());
            // after a random number of newly printed documents, then a random few milliseconds more
            int after = 1 + random.nextInt(Math.max(1, remaining / 2));
            while (ingest.isAlive() && ingest.recordedSources().size() < after) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(60));
            boolean wasAlive = ingest.isAlive();
            ingest.kill();
            List<String> printed = ingest.recordedSources();

            // then: every document printed as recorded is in the store
            StoredEvents stored = killed.read();
            assertThat(stored.sources())
                    .as("run %d (seed %d): documents printed as recorded before kill -9", run, seed)
                    .containsAll(printed);
            recordedBeforeKills += printed.size();
            if (wasAlive && !printed.isEmpty()) {
                killedMidway++;
            }
        }
        assertThat(killedMidway)
                .as("kills that hit an ingest under way (seed %d)", seed)
                .isGreaterThan(0);
        assertThat(recordedBeforeKills).isGreaterThan(0);

        // and: running it again to the end gives exactly the events of the uninterrupted ingest
        LedgerProcess rerun =
                LedgerProcess.start(work.resolve("logs"), killed.environment(), "ingest", folder.toString());
        assertThat(rerun.waitFor()).as(rerun.err()).isZero();
        assertThat(rerun.out())
                .contains("ingested " + DOCUMENTS + " documents: ")
                .contains(" 0 failed");
        StoredEvents converged = killed.read();
        assertThat(converged.sources()).isEqualTo(expected.sources());
        assertThat(converged.events())
                .as("events after kills and a rerun (seed %d)", seed)
                .containsExactlyElementsOf(expected.events());
    }

    /** Where a command-line run keeps its events. */
    private interface Store {
        Map<String, String> environment();

        StoredEvents read() throws Exception;
    }

    /** The embedded H2 store in a data folder, as the CLI uses by default. */
    private record H2Store(Path dataDir) implements Store {
        @Override
        public Map<String, String> environment() {
            return Map.of("LEDGER_DATA_DIR", dataDir.toString());
        }

        @Override
        public StoredEvents read() throws Exception {
            if (!dataDir.resolve("ledger.mv.db").toFile().exists()) {
                return new StoredEvents(Set.of(), List.of());
            }
            return StoredEvents.read("jdbc:h2:file:" + dataDir.resolve("ledger") + ";AUTO_SERVER=TRUE", "sa");
        }
    }

    /** A schema of its own in the PostgreSQL service. */
    private record PostgresStore(String schema, Path dataDir) implements Store {
        @Override
        public Map<String, String> environment() {
            Map<String, String> environment = new HashMap<>();
            environment.put("LEDGER_DATA_DIR", dataDir.toString());
            environment.put("SPRING_DATASOURCE_URL", TestDatabases.POSTGRES_URL + "?currentSchema=" + schema);
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "");
            environment.put("SPRING_FLYWAY_SCHEMAS", schema);
            environment.put("SPRING_FLYWAY_CREATE_SCHEMAS", "true");
            return environment;
        }

        @Override
        public StoredEvents read() throws Exception {
            try {
                return StoredEvents.read(TestDatabases.POSTGRES_URL + "?currentSchema=" + schema, "postgres");
            } catch (SQLException e) {
                if ("42P01".equals(e.getSQLState())) { // no table yet: killed before Flyway ran
                    return new StoredEvents(Set.of(), List.of());
                }
                throw e;
            }
        }
    }
}
