package org.frontierledger.search;

import java.util.List;

/**
 * One page of hits and how many there are in all.
 *
 * @param total the number of claims that match, counted exactly
 * @param hits the requested page, best first (or newest first for a blank query); empty past the end
 */
public record SearchResult(long total, List<ClaimHit> hits) {
    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must be 0 or more, got " + total);
        }
        hits = List.copyOf(hits);
    }
}
