package org.frontierledger.search.internal.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOFunction;
import org.jspecify.annotations.Nullable;

/**
 * The claim index on disk: its directory, the one {@link IndexWriter} and a {@link SearcherManager}
 * that hands out near-real-time searchers. Opened once per process; the directory's write lock
 * keeps a second process out.
 *
 * <p>Thread-safe: writes go through the thread-safe writer, and each search borrows a searcher that
 * stays consistent until it is given back.
 */
public final class ClaimIndex implements Closeable {

    private final Path path;
    private final Directory directory;
    /** Null when the index was opened read-only. */
    private final @Nullable IndexWriter writer;

    private final SearcherManager searchers;
    private final Analyzer analyzer = ClaimAnalyzer.forQueries();

    private ClaimIndex(Path path, Directory directory, @Nullable IndexWriter writer, boolean cacheQueries)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        SearcherFactory factory = cacheQueries
                ? null
                : new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, @Nullable IndexReader previous) {
                        IndexSearcher searcher = new IndexSearcher(reader);
                        searcher.setQueryCache(null);
                        return searcher;
                    }
                };
        this.searchers =
                writer != null ? new SearcherManager(writer, factory) : new SearcherManager(directory, factory);
    }

    /**
     * Opens the index at {@code path} to read only, as it was last committed, without its write
     * lock: a command can search while the server writes (it commits each finished batch).
     *
     * @throws IllegalStateException when there is no index there yet
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static ClaimIndex openReadOnly(Path path) {
        try {
            Directory directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IllegalStateException(
                        "there is no search index at " + path + " yet: start the server once, or run `rebuild`");
            }
            return new ClaimIndex(path, directory, null, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lucene index at " + path, e);
        }
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the Lucene index at " + path + " was opened read-only");
        }
        return writer;
    }

    /**
     * Opens the index at {@code path}, creating it when absent.
     *
     * @throws IllegalStateException when another process holds the index
     * @throws UncheckedIOException when the folder cannot be read or written
     */
    public static ClaimIndex open(Path path) {
        return open(path, true);
    }

    /**
     * Opens the index at {@code path}, with or without Lucene's query cache, which keeps the
     * matches of clauses it sees often. A benchmark that repeats the same queries turns it off, so
     * it times the search rather than the cache.
     *
     * @throws IllegalStateException when another process holds the index
     * @throws UncheckedIOException when the folder cannot be read or written
     */
    public static ClaimIndex open(Path path, boolean cacheQueries) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            try {
                return new ClaimIndex(path, directory, new IndexWriter(directory, writerConfig()), cacheQueries);
            } catch (LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException(
                        "the Lucene index at " + path + " is in use by another Frontier Ledger process; stop it first",
                        e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Lucene index at " + path, e);
        }
    }

    private static IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(ClaimAnalyzer.forIndex());
        // A larger buffer than Lucene's 16 MB default makes fewer, larger segments in a rebuild.
        config.setRAMBufferSizeMB(64);
        // Only a finished unit of work commits (see ClaimIndexProjection); what a stopped batch
        // wrote is processed again after restart, so committing it on close would add nothing.
        config.setCommitOnClose(false);
        // Lucene's default lets every commit wait up to half a second for merges of the segments it
        // has just flushed; the projection commits once per batch, so in a rebuild that wait was most
        // of the time. Merges still run, in the background, as the merge policy asks.
        config.setMaxFullFlushMergeWaitMillis(0);
        return config;
    }

    /** The folder the index lives in. */
    public Path path() {
        return path;
    }

    /** The analyzer for query text: the index's chain without the parts it adds at index time. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Runs {@code work} on a current searcher, which it must not keep. */
    public <T> T withSearcher(IOFunction<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Lucene index at " + path, e);
        }
    }

    /** Adds or replaces the entry with this id; durable and searchable after {@link #commit()}. */
    void upsert(String id, Document doc) {
        try {
            writer().updateDocument(new Term(ClaimFields.ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene index at " + path, e);
        }
    }

    /** Removes the entry with this id, if any; effective after {@link #commit()}. */
    void delete(String id) {
        try {
            writer().deleteDocuments(new Term(ClaimFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene index at " + path, e);
        }
    }

    /** Adds a new entry without looking for an old one: only for a fresh index, as a bulk load. */
    public void add(Document doc) {
        try {
            writer().addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the Lucene index at " + path, e);
        }
    }

    /** Makes all writes durable, then visible to new searches. */
    public void commit() {
        try {
            writer().commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the Lucene index at " + path, e);
        }
        refresh();
    }

    /**
     * Merges the index into one segment and commits: searches then walk one set of postings and
     * doc values instead of one per segment. Worth it after a bulk load such as a full rebuild; it
     * rewrites the whole index, so not after every batch.
     */
    public void forceMerge() {
        try {
            writer().forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the Lucene index at " + path, e);
        }
        commit();
    }

    /** Removes every entry and commits, so the index can be rebuilt from events. */
    void deleteAll() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the Lucene index at " + path, e);
        }
        commit();
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the Lucene index at " + path, e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory;
                writer;
                searchers) {
            // closed in reverse order: searchers, writer, directory
        }
    }

    @Override
    public String toString() {
        return "ClaimIndex[" + path + "]";
    }
}
