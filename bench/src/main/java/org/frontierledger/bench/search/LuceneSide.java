package org.frontierledger.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.DirectIndex;
import org.frontierledger.search.SearchResult;

/**
 * The Lucene half of the benchmark: the product's own index (analyzer, field layout, facets) in a
 * temporary folder, searched through the product's {@link ClaimSearch}, so the figures are those an
 * analyst gets, except that Lucene's query cache is off: the benchmark repeats each query many
 * times, and PostgreSQL has no cache of results either.
 */
final class LuceneSide implements AutoCloseable {

    private static final Instant RECORDED = Instant.parse("2026-01-01T00:00:00Z");

    private final Path folder;
    private final boolean temporary;
    private final DirectIndex index;
    private final ClaimSearch search;

    /** An empty index in a temporary folder, removed on close. */
    LuceneSide() {
        this(temporaryFolder(), true);
    }

    /** The index in {@code folder}, which is kept on close unless {@code temporary}. */
    LuceneSide(Path folder, boolean temporary) {
        this.folder = folder;
        this.temporary = temporary;
        this.index = DirectIndex.open(folder);
        this.search = index.search();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ledger-bench-lucene-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the index", e);
        }
    }

    /** Adds the claim as the projection would write it (a fresh index, so no upsert is needed). */
    void add(SyntheticCorpus.Claim claim) {
        String title = SyntheticCorpus.title(claim.documentId(), claim.show());
        String source = "https://example.test/" + claim.documentId();
        if (claim.id().endsWith("-c0")) {
            index.addDocument(claim.documentId(), title, source, claim.show());
        }
        List<DirectIndex.Fact> facts = claim.type() == null
                ? List.of()
                : List.of(new DirectIndex.Fact(
                        "f-" + claim.id(),
                        claim.type(),
                        claim.org(),
                        claim.model(),
                        claim.amountUsd(),
                        claim.priceUsdPerMTok()));
        index.addClaim(
                new DirectIndex.Claim(
                        claim.id(),
                        claim.documentId(),
                        claim.quote(),
                        claim.speaker(),
                        claim.reportedOn(),
                        RECORDED,
                        title,
                        claim.show(),
                        source),
                facts);
    }

    /**
     * Makes everything durable and searchable, merged into one segment as an index is after a bulk
     * load (a full rebuild), so the figures are those of a settled index rather than of whatever
     * segments the load happened to leave.
     */
    void commit() {
        index.commit();
        index.forceMerge();
    }

    SearchResult search(BenchQuery query) {
        return search.search(query.lucene());
    }

    /** Bytes of the index files on disk. */
    long sizeBytes() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
            if (!temporary) {
                return;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the benchmark's index at " + folder, e);
        }
    }
}
