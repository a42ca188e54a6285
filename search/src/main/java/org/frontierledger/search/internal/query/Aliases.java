package org.frontierledger.search.internal.query;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words that mean the same thing in a search: a query word in one group also finds the others, so
 * "Alphabet" finds claims that say "Google", "MSFT" finds "Microsoft", and "capex" finds "capital
 * expenditures". A name of several words is searched as a phrase. The tables are the search
 * module's own, deliberately small, and not shared with ingestion: they widen what a search finds
 * and never change what is recorded.
 *
 * <p>Thread-safe (immutable).
 */
final class Aliases {

    /** Each group lists names of one company or one market term; a name appears in one group only. */
    private static final List<List<String>> GROUPS = List.of(
            List.of("Alphabet", "Google", "GOOGL", "GOOG"),
            List.of("Microsoft", "MSFT"),
            List.of("Amazon", "AWS", "AMZN", "Amazon Web Services"),
            List.of("Meta", "Facebook", "FB"),
            List.of("Nvidia", "NVDA"),
            // Market shorthand as analysts type it, and as sources spell it out.
            List.of("capex", "capital expenditure", "capital spending"),
            List.of("LLM", "LLMs", "large language model"),
            List.of("ARR", "annual recurring revenue"),
            List.of("IPO", "initial public offering"),
            List.of("AGI", "artificial general intelligence"),
            List.of("TPU", "TPUs", "tensor processing unit"),
            List.of("datacenter", "datacenters", "data center"));

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
