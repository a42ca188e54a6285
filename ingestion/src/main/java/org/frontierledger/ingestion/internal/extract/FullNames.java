package org.frontierledger.ingestion.internal.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two-word personal names of a text, indexed by first and by last name ("Sacks" → "David Sacks"). */
final class FullNames {
    private static final Pattern PAIR = Pattern.compile("(?<![\\p{L}])([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\\p{L}])");

    private FullNames() {}

    static Map<String, String> index(String text, Lexicon lexicon) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Matcher m = PAIR.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String first = m.group(1);
            String last = m.group(2);
            if (plausible(first, lexicon) && plausible(last, lexicon)) {
                String full = first + " " + last;
                counts.computeIfAbsent(first, k -> new HashMap<>()).merge(full, 1, Integer::sum);
                counts.computeIfAbsent(last, k -> new HashMap<>()).merge(full, 1, Integer::sum);
            }
            from = m.start() + first.length() + 1;
        }
        Map<String, String> best = new HashMap<>();
        counts.forEach((name, fulls) ->
                fulls.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> best.put(name, e.getKey())));
        return best;
    }

    private static boolean plausible(String token, Lexicon lexicon) {
        return lexicon.company(token) == null && !lexicon.notName(token);
    }
}
