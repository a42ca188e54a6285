package org.frontierledger.ui.base;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontierledger.eventstore.id.EntityKey;

/**
 * Names of companies and models as one subject per {@link EntityKey}: "DeepSeek R1" and
 * "DeepSeek-R1", "Mistral" and "Mistral AI" are shown, grouped and coloured as one. The name shown
 * for a group is its preferred spelling: the one with the most words ("DeepSeek R1", "Mistral
 * AI"), then the first alphabetically. Pure and immutable.
 */
public final class Subjects {
    private static final Comparator<String> PREFERRED =
            Comparator.comparingInt(Subjects::words).reversed().thenComparing(Comparator.naturalOrder());

    private final Map<String, String> shownByKey;

    private Subjects(Map<String, String> shownByKey) {
        this.shownByKey = shownByKey;
    }

    /** The subjects of these spellings. */
    public static Subjects of(Collection<String> spellings) {
        Map<String, String> shown = new TreeMap<>();
        for (String spelling : spellings) {
            if (spelling != null && !spelling.isBlank()) {
                shown.merge(EntityKey.of(spelling), spelling.strip(), (a, b) -> PREFERRED.compare(a, b) <= 0 ? a : b);
            }
        }
        return new Subjects(shown);
    }

    /** The preferred of these spellings of one subject (see the class comment). */
    public static String preferred(Collection<String> spellings) {
        return spellings.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .min(PREFERRED)
                .orElse("");
    }

    /** The name shown for this spelling: its group's preferred spelling, or itself when unknown. */
    public String shown(String spelling) {
        return shownByKey.getOrDefault(EntityKey.of(spelling), spelling);
    }

    /**
     * Items grouped by the subject their name belongs to, keyed by the shown name and sorted by it;
     * items without a name go under {@code unnamed}.
     */
    public static <T> Map<String, List<T>> group(List<T> items, Function<T, String> name, String unnamed) {
        Subjects subjects = of(items.stream().map(name).filter(n -> n != null).toList());
        return items.stream()
                .collect(Collectors.groupingBy(
                        item -> {
                            String n = name.apply(item);
                            return n == null || n.isBlank() ? unnamed : subjects.shown(n);
                        },
                        TreeMap::new,
                        Collectors.toList()));
    }

    private static int words(String name) {
        return name.strip().split("\\s+").length;
    }
}
