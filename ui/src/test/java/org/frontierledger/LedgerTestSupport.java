package org.frontierledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the ui module's tests share: a fresh data folder and the shared corpus. */
public final class LedgerTestSupport {
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private LedgerTestSupport() {}

    /** A new, empty data folder under target/, for the H2 files and the Lucene index. */
    public static Path newDataDir(String name) {
        try {
            Path parent = Path.of("target", "test-data");
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a data folder under target/", e);
        }
    }

    /** Points the application at this data folder and sets the first admin's password. */
    public static void useDataDir(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("ledger.data-dir", dataDir::toString);
        registry.add("ledger.admin-password", () -> ADMIN_PASSWORD);
    }

    /** The shared folder beside the project (surefire and failsafe set {@code ledger.shared.dir}). */
    public static Path sharedDir() {
        String configured = System.getProperty("ledger.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(shared.resolve("corpus"))) {
            throw new IllegalStateException(
                    "the shared corpus is not at " + shared.toAbsolutePath() + "; set -Dledger.shared.dir");
        }
        return shared.toAbsolutePath().normalize();
    }

    /** The documents of the shared corpus, sorted. */
    public static List<Path> corpusDocuments() {
        try (Stream<Path> files = Files.list(sharedDir().resolve("corpus").resolve("docs"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
