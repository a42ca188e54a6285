package org.frontierledger.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved searches per user, each with the number of claims that are new since the user last ran it.
 *
 * <p>"New" means recorded in the ledger after the last run: the claim's event timestamp, not the
 * date its source reported it, so a document from last year ingested today counts as new, and a
 * claim reported today but already seen does not count twice. A claim recorded just before a run
 * but indexed just after it (the index follows the store within a second) is not counted.
 *
 * <p>The table {@code saved_search} belongs to this module (Flyway V300). Thread-safe.
 */
@Service
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
public class SavedSearches {

    /** The most searches one user can save. */
    public static final int MAX_PER_USER = 100;
    /** The longest name. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final String COLUMNS =
            "id, username, name, query_text, filters, sort_order, created_at, last_run_at";

    private final JdbcTemplate jdbc;
    private final ClaimSearch search;
    private final Clock clock;

    @Autowired
    public SavedSearches(JdbcTemplate jdbc, ClaimSearch search) {
        this(jdbc, search, Clock.systemUTC());
    }

    SavedSearches(JdbcTemplate jdbc, ClaimSearch search, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Saves the query's text, filters and order under {@code name}, replacing the user's search of
     * that name; it counts as run now.
     *
     * @throws InvalidQueryException when the text cannot be run (nothing is saved)
     * @throws IllegalArgumentException when the name is blank or too long, or the user has
     *     {@value #MAX_PER_USER} searches already (nothing is saved)
     */
    @Transactional
    public SavedSearch save(String user, String name, ClaimQuery query) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(
                    "a saved search needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
        }
        query.filters().forEach((dimension, values) -> values.forEach(dimension::checkValue));
        search.count(query); // refuses a query that cannot run, before anything is stored
        Instant now = clock.instant();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        List<String> existing = jdbc.queryForList(
                "SELECT id FROM saved_search WHERE username = ? AND name = ?", String.class, user, trimmed);
        if (!existing.isEmpty()) {
            jdbc.update(
                    "UPDATE saved_search SET query_text = ?, filters = ?, sort_order = ?, last_run_at = ? WHERE id = ?",
                    query.text(),
                    filters(query),
                    query.sort().name(),
                    at,
                    existing.getFirst());
            return find(user, existing.getFirst()).orElseThrow();
        }
        Integer count =
                jdbc.queryForObject("SELECT COUNT(*) FROM saved_search WHERE username = ?", Integer.class, user);
        if (count != null && count >= MAX_PER_USER) {
            throw new IllegalArgumentException(
                    "you have " + MAX_PER_USER + " saved searches, the most there can be;" + " delete one first");
        }
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO saved_search (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                user,
                trimmed,
                query.text(),
                filters(query),
                query.sort().name(),
                at,
                at);
        return find(user, id).orElseThrow();
    }

    /** The user's saved searches by name, each with its count of claims new since its last run. */
    public List<SavedSearch> list(String user) {
        List<SavedSearch> stored = jdbc.query(
                "SELECT " + COLUMNS + " FROM saved_search WHERE username = ? ORDER BY name",
                (rs, row) -> read(rs),
                user);
        List<SavedSearch> counted = new ArrayList<>(stored.size());
        for (SavedSearch saved : stored) {
            counted.add(withCount(saved));
        }
        return counted;
    }

    /** The user's saved search with this id and its count; empty when there is none (or it is someone else's). */
    public Optional<SavedSearch> find(String user, String id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM saved_search WHERE username = ? AND id = ?",
                        (rs, row) -> read(rs),
                        user,
                        id)
                .stream()
                .findFirst()
                .map(this::withCount);
    }

    /**
     * Records that the user runs the search now, so its count starts again from zero.
     *
     * @return the search as it is now; empty when the user has none with this id
     */
    public Optional<SavedSearch> markRun(String user, String id) {
        int updated = jdbc.update(
                "UPDATE saved_search SET last_run_at = ? WHERE username = ? AND id = ?",
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                user,
                id);
        return updated == 0 ? Optional.empty() : find(user, id);
    }

    /** Deletes the user's saved search; false when they have none with this id. */
    public boolean delete(String user, String id) {
        return jdbc.update("DELETE FROM saved_search WHERE username = ? AND id = ?", user, id) > 0;
    }

    private SavedSearch withCount(SavedSearch saved) {
        long fresh;
        try {
            fresh = search.countRecordedAfter(saved.query(), saved.lastRunAt());
        } catch (InvalidQueryException e) {
            fresh = 0; // saved under an older syntax; it still shows, and running it explains
        }
        return new SavedSearch(
                saved.id(), saved.user(), saved.name(), saved.query(), saved.createdAt(), saved.lastRunAt(), fresh);
    }

    private static SavedSearch read(ResultSet rs) throws SQLException {
        ClaimQuery query = new ClaimQuery(
                rs.getString("query_text"),
                0,
                20,
                parseFilters(rs.getString("filters")),
                sortOrder(rs.getString("sort_order")),
                true);
        return new SavedSearch(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("name"),
                query,
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_run_at", OffsetDateTime.class).toInstant(),
                0);
    }

    private static SortOrder sortOrder(String name) {
        try {
            return SortOrder.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SortOrder.RELEVANCE;
        }
    }

    /** The filters as a URL query string: {@code type=CAPEX&org=Microsoft}. */
    static String filters(ClaimQuery query) {
        List<String> pairs = new ArrayList<>();
        query.filters()
                .forEach((dimension, values) -> values.forEach(value ->
                        pairs.add(dimension.parameter() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        String text = String.join("&", pairs);
        if (text.length() > 4000) {
            throw new IllegalArgumentException("too many filters to save; choose fewer values");
        }
        return text;
    }

    static Map<FacetDimension, Set<String>> parseFilters(String text) {
        Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            try {
                FacetDimension dimension =
                        FacetDimension.ofParameter(pair.substring(0, equals).toLowerCase(Locale.ROOT));
                filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>())
                        .add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a dimension that no longer exists: drop it
            }
        }
        return filters;
    }
}
