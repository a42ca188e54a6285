package org.frontierledger.search;

import java.time.Instant;
import java.util.Objects;

/**
 * A search an analyst saved under a name.
 *
 * @param id its identity (a UUID)
 * @param user the user who saved it; only they see it
 * @param name the name they gave it, unique per user
 * @param query the text, filters and order; its page is the first, 20 hits
 * @param createdAt when it was first saved
 * @param lastRunAt when the user last ran it (or saved it)
 * @param newSinceLastRun how many matching claims were recorded after {@code lastRunAt}
 */
public record SavedSearch(
        String id,
        String user,
        String name,
        ClaimQuery query,
        Instant createdAt,
        Instant lastRunAt,
        long newSinceLastRun) {
    public SavedSearch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
    }
}
