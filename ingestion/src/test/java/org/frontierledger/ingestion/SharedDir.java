package org.frontierledger.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data directory: system property {@code ledger.shared.dir}, else {@code ../shared}. */
final class SharedDir {
    private SharedDir() {}

    static Path path() {
        String configured = System.getProperty("ledger.shared.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path fromModule = Path.of("..", "..", "shared");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("..", "shared");
    }
}
