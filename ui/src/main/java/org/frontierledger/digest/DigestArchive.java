package org.frontierledger.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontierledger.export.DigestExporters;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The digests written by the schedule: {@code <ledger.digest.archive-dir>/<week>/} (by default
 * {@code <ledger.data-dir>/digests}; the nodes of a cluster should share one folder), one file per
 * format. A week's folder is written once, complete (into a temporary folder, then moved), and
 * never rewritten. Thread-safe.
 */
@Component
public class DigestArchive {
    private final Path root;

    DigestArchive(
            @Value("${ledger.data-dir}") String dataDir, @Value("${ledger.digest.archive-dir:}") String archiveDir) {
        Path folder = archiveDir.isBlank() ? Path.of(dataDir).resolve("digests") : Path.of(archiveDir);
        this.root = folder.toAbsolutePath().normalize();
    }

    /** The folder of a week's digest. */
    public Path folder(IsoWeek week) {
        return root.resolve(week.toString());
    }

    /** True when the week's digest has been written. */
    public boolean contains(IsoWeek week) {
        return Files.isDirectory(folder(week));
    }

    /**
     * Writes every format of the digest, unless its week is there already.
     *
     * @return true when written now, false when the week was already written (it is left as it was)
     */
    public synchronized boolean writeOnce(WeeklyDigest digest, DigestExporters exporters) {
        if (contains(digest.week())) {
            return false;
        }
        try {
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, "." + digest.week() + "-");
            for (DigestFormat format : DigestFormat.values()) {
                Files.write(staging.resolve(format.fileName(digest.week())), exporters.export(digest, format));
            }
            try {
                Files.move(staging, folder(digest.week()), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, folder(digest.week()));
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the digest of " + digest.week() + " to " + root, e);
        }
    }

    /** A written file of a week's digest, if there is one. */
    public Optional<Path> file(IsoWeek week, DigestFormat format) {
        Path file = folder(week).resolve(format.fileName(week));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The written weeks, newest first, each with when it was written. */
    public List<Written> written() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .flatMap(name -> parse(name).stream())
                    .sorted(Comparator.reverseOrder())
                    .map(week -> new Written(week, writtenAt(week)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant writtenAt(IsoWeek week) {
        try {
            return Files.getLastModifiedTime(folder(week).resolve(DigestFormat.JSON.fileName(week)))
                    .toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<IsoWeek> parse(String name) {
        try {
            return Optional.of(IsoWeek.parse(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A week's digest on disk.
     *
     * @param week the week
     * @param writtenAt when its files were written
     */
    public record Written(IsoWeek week, Instant writtenAt) {}
}
