package org.frontierledger.search.internal.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names that mean the same company in a search: a query word in one group also finds the others,
 * so "Alphabet" finds claims that say "Google" and "MSFT" finds "Microsoft". The table is the
 * search module's own, deliberately small, and not shared with ingestion: it widens what a search
 * finds and never changes what is recorded.
 *
 * <p>Thread-safe (immutable).
 */
final class Aliases {

    /** Each group lists names of one company; a name appears in one group only. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("Alphabet", "Google", "GOOGL", "GOOG"),
            List.of("Microsoft", "MSFT"),
            List.of("Amazon", "AWS", "AMZN", "Amazon Web Services"),
            List.of("Meta", "Facebook", "FB"),
            List.of("Nvidia", "NVDA"));

    private static final Map<String, List<String>> BY_NAME = index();

    private Aliases() {}

    /**
     * The names of the group {@code word} belongs to, itself included; empty when it has none.
     * Case does not matter, and a trailing possessive ("Google's") is ignored.
     */
    static List<String> of(String word) {
        return BY_NAME.getOrDefault(key(word), List.of());
    }

    private static String key(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith("'s") || key.endsWith("’s")) {
            key = key.substring(0, key.length() - 2);
        }
        return key;
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> byName = new HashMap<>();
        for (List<String> group : GROUPS) {
            for (String name : group) {
                byName.put(key(name), group);
            }
        }
        return Map.copyOf(byName);
    }
}
