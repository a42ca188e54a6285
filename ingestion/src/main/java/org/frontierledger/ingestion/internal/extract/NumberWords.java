package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Amounts written in words: "a hundred billion", "five hundred billion", "sixty-five million",
 * "half a trillion", "two and a half billion". Only whole phrases of number words are read.
 */
final class NumberWords {
    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final String WORD = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|half)";
    /** A phrase of number words, then a scale word: the whole of "a hundred billion". */
    static final String PHRASE = "(?i:\\b(" + WORD + "(?:[ -](?:and )?" + WORD + ")*)\\s(trillion|billion|million))";

    private static final Pattern SPLIT = Pattern.compile("[ -]+");

    private NumberWords() {}

    /** The value of a phrase of number words ("a hundred", "sixty-five", "half a"), or null. */
    static @Nullable BigDecimal value(String words) {
        BigDecimal total = BigDecimal.ZERO;
        boolean counted = false;
        boolean article = false;
        boolean half = false;
        for (String token : SPLIT.split(words.toLowerCase(Locale.ROOT).strip())) {
            switch (token) {
                case "a", "an" -> article = true;
                case "and" -> {}
                case "half" -> half = true;
                case "hundred" -> {
                    total = (counted ? total : BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
                    counted = true;
                }
                default -> {
                    Integer n = SMALL.get(token);
                    if (n == null) {
                        return null;
                    }
                    total = total.add(BigDecimal.valueOf(n));
                    counted = true;
                }
            }
        }
        if (half) {
            return total.add(new BigDecimal("0.5"));
        }
        return counted ? total : article ? BigDecimal.ONE : null;
    }
}
