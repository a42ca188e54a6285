package org.frontierledger.projections.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.projections.timeline.Figures;
import org.jspecify.annotations.Nullable;

/**
 * The pure step from facts to conflicts: facts of one topic are statements of one thing; a
 * developer's training costs are split by model where the statements name different models (a
 * statement naming no model belongs with each); a group with two disagreeing values is a conflict.
 */
final class Conflicts {
    private Conflicts() {}

    /**
     * A fact with the document it came from.
     *
     * @param title the document's title
     * @param source the document's file path or URL
     */
    record Sourced(Fact fact, String title, String source) {}

    static List<Conflict> find(List<Sourced> facts) {
        Map<String, List<Sourced>> byTopic = new LinkedHashMap<>();
        for (Sourced s : facts) {
            String topic = s.fact().topic();
            if (topic != null) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(s);
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Sourced> topic : byTopic.values()) {
            for (List<Sourced> group : byModel(topic)) {
                if (disagree(group)) {
                    conflicts.add(conflict(group));
                }
            }
        }
        conflicts.sort(Comparator.comparing((Conflict c) -> c.type().name())
                .thenComparing(Conflict::subject)
                .thenComparing(c -> String.valueOf(c.period())));
        return conflicts;
    }

    private static List<List<Sourced>> byModel(List<Sourced> topic) {
        Set<String> models = new LinkedHashSet<>();
        topic.forEach(s -> models.add(s.fact().modelKey()));
        models.remove("");
        if (models.size() < 2) {
            return List.of(topic);
        }
        List<List<Sourced>> groups = new ArrayList<>();
        for (String model : models) {
            groups.add(topic.stream()
                    .filter(s ->
                            s.fact().modelKey().isEmpty() || s.fact().modelKey().equals(model))
                    .toList());
        }
        return groups;
    }

    private static boolean disagree(List<Sourced> group) {
        for (int a = 0; a < group.size(); a++) {
            for (int b = a + 1; b < group.size(); b++) {
                if (group.get(a).fact().disagreesWith(group.get(b).fact())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Conflict conflict(List<Sourced> group) {
        List<Sourced> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing((Sourced s) -> s.fact().reportedOn())
                .thenComparing(s -> s.fact().documentId())
                .thenComparingInt(s -> s.fact().quoteStart()));
        Fact first = sorted.getFirst().fact();
        String subject = sorted.stream()
                .map(s -> s.fact().model())
                .filter(Objects::nonNull)
                .findFirst()
                .filter(m -> first.type() == MarketEventType.TRAINING_COST)
                .orElse(first.subject());
        List<String> periods = sorted.stream()
                .map(s -> s.fact().period())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new Conflict(
                first.type(),
                subject,
                periods.size() == 1 ? periods.getFirst() : null,
                first.measure(),
                sorted.stream().map(Conflicts::claim).toList());
    }

    private static ConflictingClaim claim(Sourced s) {
        Fact f = s.fact();
        return new ConflictingClaim(
                f.eventId(),
                f.documentId(),
                s.title(),
                s.source(),
                f.low(),
                f.high(),
                figure(f),
                f.period(),
                f.reportedOn(),
                f.speaker(),
                f.quote(),
                f.quoteStart(),
                f.quoteEnd());
    }

    private static String figure(Fact f) {
        return switch (f.measure()) {
            case Conflict.USD -> Figures.usd(new UsdAmount(f.low(), highOrNull(f)));
            case Conflict.GPUS -> Figures.gpus(f.low().longValue());
            case Conflict.RATIO -> Figures.ratio(f.low());
            case Conflict.INPUT_PRICE -> Figures.tokenPrice(f.low(), null);
            default -> Figures.tokenPrice(null, f.low());
        };
    }

    private static java.math.@Nullable BigDecimal highOrNull(Fact f) {
        return f.high() != null && f.high().compareTo(f.low()) >= 0 ? f.high() : null;
    }
}
