package org.frontierledger.ingestion.internal.extract;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model (or, failing that, the company) a training cost is about: the one named closest to the
 * figure, else the first one named in the few sentences before (a training cost is often stated
 * after the model has been introduced: "the $6M figure is just the final training run").
 *
 * @param model the model, where named
 * @param org the developer or company
 */
record TrainingSubject(@Nullable String model, @Nullable String org) {
    private static final int LOOKBACK = 5;
    private static final int AFTER_REACH = 40;

    static @Nullable TrainingSubject of(List<View> views, int i, int start, int end) {
        View view = views.get(i);
        Mention model = closest(view.subjectModels(), start, end);
        if (model != null) {
            return new TrainingSubject(model.name(), model.org());
        }
        Mention org = closest(view.orgs().stream().filter(m -> m.end() <= start || m.start() - end <= AFTER_REACH)
                .toList(), start, end);
        if (org != null) {
            return new TrainingSubject(null, org.org());
        }
        for (int j = i - 1; j >= Math.max(0, i - LOOKBACK); j--) {
            View earlier = views.get(j);
            if (!earlier.subjectModels().isEmpty()) {
                Mention first = earlier.subjectModels().getFirst();
                return new TrainingSubject(first.name(), first.org());
            }
            if (!earlier.orgs().isEmpty()) {
                return new TrainingSubject(null, earlier.orgs().getFirst().org());
            }
        }
        return null;
    }

    private static @Nullable Mention closest(List<Mention> mentions, int start, int end) {
        return mentions.stream()
                .min(Comparator.comparingInt(m -> m.end() <= start ? start - m.end() : 2 * Math.abs(m.start() - end)))
                .orElse(null);
    }
}
