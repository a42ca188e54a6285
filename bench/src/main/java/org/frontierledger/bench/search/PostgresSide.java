package org.frontierledger.bench.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL half of the benchmark: what a team would build with the database it has. One
 * table of claims in a fresh schema, a stored generated {@code tsvector} (English configuration)
 * under a GIN index, and b-tree indexes on the filtered columns. The schema is dropped on close.
 */
final class PostgresSide implements AutoCloseable {

    private final Connection connection;
    private final String schema =
            "bench_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

    PostgresSide(String url, String user, String password) {
        try {
            connection = DriverManager.getConnection(url, user, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET search_path TO " + schema);
                statement.execute("""
                        CREATE TABLE claims (
                            id          text PRIMARY KEY,
                            document_id text NOT NULL,
                            quote       text NOT NULL,
                            speaker     text,
                            reported_on date NOT NULL,
                            source      text NOT NULL,
                            type        text,
                            org         text,
                            model       text,
                            amount_usd  bigint,
                            price       double precision,
                            tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', quote)) STORED
                        )""");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The schema made for this run. */
    String schema() {
        return schema;
    }

    /** Loads the claims with COPY (the fastest way in), then builds the indexes and statistics. */
    void load(Reader tabSeparatedRows) {
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "COPY claims (id, document_id, quote, speaker, reported_on, source, type, org, model,"
                            + " amount_usd, price) FROM STDIN",
                    tabSeparatedRows);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into PostgreSQL failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void index() {
        execute("CREATE INDEX claims_tsv ON claims USING gin (tsv)");
        execute("CREATE INDEX claims_reported_on ON claims (reported_on)");
        execute("CREATE INDEX claims_type ON claims (type)");
        execute("CREATE INDEX claims_org ON claims (org)");
        execute("CREATE INDEX claims_amount ON claims (amount_usd)");
        execute("VACUUM ANALYZE claims");
    }

    /** The bytes of the table, its TOAST and its indexes. */
    long sizeBytes() {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_total_relation_size('claims')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the query as the application would: the exact count, the first page, and facets when asked; the count. */
    long run(BenchQuery query) {
        String where = where(query);
        long total = count(query, where);
        String order = query.tsquery() != null
                ? "ts_rank(tsv, " + query.tsquery() + ") DESC, reported_on DESC"
                : "reported_on DESC";
        String headline = query.tsquery() != null
                ? "ts_headline('english', quote, " + query.tsquery()
                        + ", 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')"
                : "quote";
        String page = "SELECT id, " + headline + " FROM (SELECT id, quote, reported_on FROM claims WHERE " + where
                + " ORDER BY " + order + " LIMIT 20) page";
        try (PreparedStatement statement = connection.prepareStatement(page)) {
            int p = 1;
            if (query.tsquery() != null) {
                statement.setString(p++, query.words()); // headline
                statement.setString(p++, query.words()); // where
                statement.setString(p, query.words()); // rank
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query.name() + " failed on PostgreSQL: " + e.getMessage(), e);
        }
        if (query.facets()) {
            facets(query);
        }
        return total;
    }

    private long count(BenchQuery query, String where) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM claims WHERE " + where)) {
            if (query.tsquery() != null) {
                statement.setString(1, query.words());
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query.name() + " failed on PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * The six facets the product counts, in one pass with grouping sets over the matches without
     * the chosen facet value: the chosen dimension counts all of them (drill-sideways), the others
     * only those with the chosen value.
     */
    private void facets(BenchQuery query) {
        String chosen = query.facetColumn() != null ? query.facetColumn() + " = '" + query.facetValue() + "'" : "TRUE";
        String sql = "SELECT type, org, model, speaker, source, extract(year FROM reported_on), count(*),"
                + " count(*) FILTER (WHERE " + chosen + "), GROUPING("
                + (query.facetColumn() != null ? query.facetColumn() : "type") + ") FROM claims WHERE "
                + baseWhere(query)
                + " GROUP BY GROUPING SETS ((type), (org), (model), (speaker), (source),"
                + " (extract(year FROM reported_on)))";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (query.tsquery() != null) {
                statement.setString(1, query.words());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    boolean chosenDimension = query.facetColumn() != null && rs.getInt(9) == 0;
                    rs.getLong(chosenDimension ? 7 : 8);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query.name() + " facets failed on PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The text and extra conditions, without the chosen facet value. */
    private static String baseWhere(BenchQuery query) {
        String where = query.tsquery() != null ? "tsv @@ " + query.tsquery() : "TRUE";
        return query.where() != null ? where + " AND " + query.where() : where;
    }

    private static String where(BenchQuery query) {
        String where = baseWhere(query);
        return query.facetColumn() != null
                ? where + " AND " + query.facetColumn() + " = '" + query.facetValue() + "'"
                : where;
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (connection;
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the benchmark schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
