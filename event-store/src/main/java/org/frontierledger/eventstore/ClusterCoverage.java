package org.frontierledger.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.jspecify.annotations.Nullable;

/**
 * Whether a processor's whole stream is being handled, here or on other nodes: the segments this
 * node has claimed, plus those that other live nodes hold in the shared token store.
 */
final class ClusterCoverage {
    private ClusterCoverage() {}

    /** True when the segments claimed here cover the whole stream (a segment with mask m is 1/(m+1) of it). */
    static boolean coveredHere(Map<Integer, EventTrackerStatus> statuses) {
        double covered = statuses.values().stream()
                .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1L))
                .sum();
        return covered > 1 - 1e-9;
    }

    /**
     * The stored positions of the segments that other live nodes hold, when those and the segments
     * claimed here cover the whole stream (an empty list when this node holds it all); empty when
     * some segment is held by nobody live (not yet claimed, or its node died and the claim has not
     * timed out yet), or when there is no token store to ask.
     */
    static Optional<List<OptionalLong>> heldElsewhere(StreamingEventProcessor processor, @Nullable TokenClaims claims) {
        Map<Integer, EventTrackerStatus> statuses = processor.processingStatus();
        if (coveredHere(statuses)) {
            return Optional.of(List.of());
        }
        if (claims == null) {
            return Optional.empty();
        }
        List<TokenClaims.Claim> stored = claims.of(processor.getName());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<OptionalLong> positions = new ArrayList<>();
        for (TokenClaims.Claim claim : stored) {
            if (statuses.containsKey(claim.segment())) {
                continue;
            }
            if (!claims.heldLiveElsewhere(claim)) {
                return Optional.empty();
            }
            positions.add(claim.position());
        }
        return Optional.of(positions);
    }
}
