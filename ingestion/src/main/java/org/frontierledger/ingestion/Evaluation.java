package org.frontierledger.ingestion;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the current extractor scores against the analysts' curation (see {@link CuratedGold#evaluate()}).
 * Only curated documents are scored; in them, confirmed and corrected events are gold, predictions
 * that match none of them are false positives, except those that match an event nobody has
 * curated yet, which count neither way ({@link #unjudged}).
 *
 * @param extractor the extractor's name and version ("rules 5")
 * @param documents documents in the store
 * @param curatedDocuments documents with at least one analyst's decision: the ones scored
 * @param types one row per event type that has gold events or predictions, by type name
 * @param overall the sums over all types
 * @param hitRejected predictions (counted as false positives) that match an event an analyst rejected
 * @param unjudged predictions left out because they match only events nobody has curated
 * @param incompleteGold confirmed or corrected events left out of the gold because a correction
 *     cleared a field their type requires
 */
public record Evaluation(
        String extractor,
        int documents,
        int curatedDocuments,
        List<TypeScore> types,
        TypeScore overall,
        int hitRejected,
        int unjudged,
        int incompleteGold) {
    public Evaluation {
        types = List.copyOf(types);
    }

    /**
     * The counts of one event type (or "overall").
     *
     * @param type the type's name, as in {@code EVENTS.md}
     * @param gold gold events
     * @param predicted predictions counted
     * @param matched gold events matched by a prediction (each by at most one)
     */
    public record TypeScore(String type, int gold, int predicted, int matched) {
        /** Matched over predicted; null when nothing was predicted. */
        public @Nullable Double precision() {
            return predicted == 0 ? null : (double) matched / predicted;
        }

        /** Matched over gold; null when there is no gold event. */
        public @Nullable Double recall() {
            return gold == 0 ? null : (double) matched / gold;
        }
    }
}
