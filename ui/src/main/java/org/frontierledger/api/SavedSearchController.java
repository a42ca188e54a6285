package org.frontierledger.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.frontierledger.api.SearchController.SearchResponse;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.SavedSearch;
import org.frontierledger.search.SavedSearches;
import org.frontierledger.search.SortOrder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's saved searches, the same ones the search view lists:
 *
 * <ul>
 *   <li>{@code GET /api/saved-searches}: each with {@code newSinceLastRun}, the claims recorded
 *       since the user last ran it;
 *   <li>{@code POST /api/saved-searches} with {@code {"name", "q", "sort", "filters": {"type":
 *       ["CAPEX"]}}}: saves it (replacing the user's search of that name), 201;
 *   <li>{@code GET /api/saved-searches/{id}}: one, without running it;
 *   <li>{@code POST /api/saved-searches/{id}/run?offset=&limit=}: runs it, answering as
 *       {@code /api/search} does, and counts it as run now (a {@code POST}, since it changes what is
 *       new);
 *   <li>{@code DELETE /api/saved-searches/{id}}: 204.
 * </ul>
 *
 * A query that cannot run, an unknown facet or sort is a 400 and nothing is saved; a search the
 * user does not have is a 404.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/saved-searches")
class SavedSearchController {
    private final SavedSearches saved;
    private final ClaimSearch search;

    SavedSearchController(SavedSearches saved, ClaimSearch search) {
        this.saved = saved;
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's saved searches, each with the claims new since it was last run")
    List<Saved> list(Principal user) {
        return saved.list(user.getName()).stream().map(Saved::of).toList();
    }

    @PostMapping
    @Operation(
            summary = "Saves a search (replacing the user's search of that name)",
            description = "Body: {\"name\": \"HBM watch\", \"q\": \"hbm\", \"sort\": \"newest\","
                    + " \"filters\": {\"type\": [\"CAPEX\"]}}; 201 with the saved search. A query that cannot run,"
                    + " an unknown facet or sort is a 400 and nothing is saved.")
    @ApiResponse(responseCode = "201", description = "saved")
    ResponseEntity<Saved> save(Principal user, @RequestBody JsonNode body) {
        NewSavedSearch wanted = NewSavedSearch.read(body);
        ClaimQuery query = new ClaimQuery(wanted.q(), 0, 20, wanted.filters(), SortOrder.parse(wanted.sort()), true);
        SavedSearch stored = saved.save(user.getName(), wanted.name(), query);
        return ResponseEntity.created(URI.create("/api/saved-searches/" + stored.id()))
                .body(Saved.of(stored));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One saved search, without running it")
    @NotFoundResponse("the signed-in user has no saved search with this id")
    Saved one(Principal user, @PathVariable String id) {
        return Saved.of(saved.find(user.getName(), id).orElseThrow(() -> unknown(id)));
    }

    @PostMapping("/{id}/run")
    @Operation(
            summary = "Runs a saved search and counts it as run now",
            description = "Answers as GET /api/search does.")
    @NotFoundResponse("the signed-in user has no saved search with this id")
    SearchResponse run(
            Principal user,
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit) {
        ClaimQuery query =
                saved.markRun(user.getName(), id).orElseThrow(() -> unknown(id)).query();
        return SearchResponse.of(
                search.search(new ClaimQuery(query.text(), offset, limit, query.filters(), query.sort(), true)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Deletes a saved search")
    @ApiResponse(responseCode = "204", description = "deleted")
    @NotFoundResponse("the signed-in user has no saved search with this id")
    ResponseEntity<Void> delete(Principal user, @PathVariable String id) {
        if (!saved.delete(user.getName(), id)) {
            throw unknown(id);
        }
        return ResponseEntity.noContent().build();
    }

    private static NoSuchElementException unknown(String id) {
        return new NoSuchElementException("you have no saved search with id '" + id + "'");
    }

    /**
     * What a client sends to save a search: {@code name} (required), {@code q}, {@code sort}
     * ({@code relevance}, {@code newest}, {@code oldest}) and {@code filters} (facet name to a list
     * of values); any other field is refused, so a misspelt one does not save a different search.
     */
    record NewSavedSearch(String name, String q, String sort, Map<FacetDimension, Set<String>> filters) {
        private static final List<String> FIELDS = List.of("name", "q", "sort", "filters");

        static NewSavedSearch read(JsonNode body) {
            if (!body.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object with the fields " + FIELDS);
            }
            body.fieldNames().forEachRemaining(field -> {
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException("unknown field '" + field + "'; the fields are " + FIELDS);
                }
            });
            Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
            JsonNode given = body.path("filters");
            if (!given.isMissingNode() && !given.isNull()) {
                if (!given.isObject()) {
                    throw new IllegalArgumentException("filters must be an object such as {\"type\": [\"CAPEX\"]}");
                }
                given.fields().forEachRemaining(entry -> {
                    FacetDimension dimension = FacetDimension.ofParameter(entry.getKey());
                    JsonNode values = entry.getValue();
                    for (JsonNode value : values.isArray() ? values : List.of(values)) {
                        if (!value.isTextual()) {
                            throw new IllegalArgumentException(
                                    "the values of filter '" + entry.getKey() + "' must be strings");
                        }
                        if (!value.asText().isBlank()) {
                            filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>())
                                    .add(dimension.checkValue(value.asText()));
                        }
                    }
                });
            }
            return new NewSavedSearch(
                    text(body, "name", ""), text(body, "q", ""), text(body, "sort", "relevance"), filters);
        }

        private static String text(JsonNode body, String field, String otherwise) {
            JsonNode value = body.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return otherwise;
            }
            if (!value.isTextual()) {
                throw new IllegalArgumentException(field + " must be a string");
            }
            return value.asText();
        }
    }

    /** A saved search as the API shows it. */
    record Saved(
            String id,
            String name,
            String q,
            Map<String, List<String>> filters,
            String sort,
            Instant createdAt,
            Instant lastRunAt,
            long newSinceLastRun) {
        static Saved of(SavedSearch s) {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            s.query().filters().forEach((dimension, values) -> filters.put(dimension.parameter(), List.copyOf(values)));
            return new Saved(
                    s.id(),
                    s.name(),
                    s.query().text(),
                    filters,
                    s.query().sort().name().toLowerCase(Locale.ROOT),
                    s.createdAt(),
                    s.lastRunAt(),
                    s.newSinceLastRun());
        }
    }
}
