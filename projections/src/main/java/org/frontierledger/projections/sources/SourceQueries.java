package org.frontierledger.projections.sources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Queries over the documents in the ledger. Thread-safe. */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class SourceQueries {
    private static final String COLUMNS = "document_id, title, source, format, reported_on, show_name,"
            + " ingested_at, ingested_by, char_count, claim_count, event_count";

    private final JdbcTemplate jdbc;

    SourceQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every document, newest report first. */
    public List<SourceDocument> all() {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM source_document ORDER BY reported_on DESC, title", SourceQueries::row);
    }

    /** Number of documents. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM source_document", Long.class);
        return count == null ? 0 : count;
    }

    /** The document with this id, if it is in the ledger. */
    public Optional<SourceDocument> find(String documentId) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM source_document WHERE document_id = ?",
                        SourceQueries::row,
                        documentId)
                .stream()
                .findFirst();
    }

    /** The document with this id; throws a clear exception when it is not in the ledger. */
    public SourceDocument get(String documentId) {
        return find(documentId).orElseThrow(() -> new NoSuchElementException("no document with id " + documentId));
    }

    /** The full text of a document, which claims' and events' offsets point into. */
    public Optional<String> text(String documentId) {
        return jdbc
                .queryForList("SELECT body FROM document_text WHERE document_id = ?", String.class, documentId)
                .stream()
                .findFirst();
    }

    private static SourceDocument row(ResultSet rs, int rowNum) throws SQLException {
        Timestamp ingestedAt = rs.getTimestamp("ingested_at");
        return new SourceDocument(
                rs.getString("document_id"),
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("format"),
                rs.getDate("reported_on").toLocalDate(),
                rs.getString("show_name"),
                ingestedAt.toInstant(),
                rs.getString("ingested_by"),
                rs.getInt("char_count"),
                rs.getInt("claim_count"),
                rs.getInt("event_count"));
    }
}
