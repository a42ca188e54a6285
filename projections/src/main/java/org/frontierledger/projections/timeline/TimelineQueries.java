package org.frontierledger.projections.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.ReadSide;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Queries over the timeline of market events. Thread-safe. */
@Service
@ConditionalOnProperty(name = ReadSide.ENABLED, havingValue = "true", matchIfMissing = true)
public class TimelineQueries {
    private final JdbcTemplate jdbc;

    TimelineQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries matching the query, newest report first, then by document position. */
    public List<TimelineEntry> find(FindTimeline query) {
        StringBuilder sql = new StringBuilder("SELECT * FROM timeline_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (").append("?,".repeat(query.types().size() - 1)).append("?)");
            query.types().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (query.org() != null) {
            sql.append(" AND (LOWER(org) LIKE ? OR LOWER(subject) LIKE ?)");
            String pattern = "%" + escapeLike(query.org().toLowerCase(Locale.ROOT)) + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (query.from() != null) {
            sql.append(" AND reported_on >= ?");
            args.add(Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND reported_on <= ?");
            args.add(Date.valueOf(query.to()));
        }
        sql.append(" ORDER BY reported_on DESC, document_id, quote_start, event_id LIMIT ").append(query.limit());
        return jdbc.query(sql.toString(), TimelineQueries::row, args.toArray());
    }

    /** Number of market events on the timeline. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM timeline_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** The companies named on the timeline, sorted, for filters. */
    public List<String> orgs() {
        return jdbc.queryForList("SELECT DISTINCT org FROM timeline_entry WHERE org IS NOT NULL ORDER BY org",
                String.class);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static TimelineEntry row(ResultSet rs, int rowNum) throws SQLException {
        return new TimelineEntry(
                rs.getString("event_id"),
                rs.getString("document_id"),
                MarketEventType.valueOf(rs.getString("type")),
                rs.getString("subject"),
                rs.getString("org"),
                rs.getString("model"),
                rs.getBigDecimal("amount_usd"),
                rs.getBigDecimal("amount_usd_high"),
                rs.getString("figure"),
                rs.getString("period"),
                rs.getString("detail"),
                rs.getDate("reported_on").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("speaker"),
                rs.getString("quote"),
                rs.getInt("quote_start"),
                rs.getInt("quote_end"));
    }
}
