package org.frontierledger.ingestion.internal.extract;

import java.util.Locale;
import java.util.Set;

/** Where a sentence ends: after . ! ? (and closing quotes), before a capital, not after "e.g.". */
final class SentenceBreaks {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "e.g", "i.e",
            "u.s", "u.k", "no", "approx", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "gov", "sen", "rep");
    private static final String CLOSERS = ".!?\"'”’)]";
    private static final String OPENERS = "\"“‘'(-•[";

    private SentenceBreaks() {}

    /** The start of the next sentence when one ends at {@code i}, else -1. */
    static int breakAfter(String text, int sentenceStart, int i, int to) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int j = i + 1 + closers(text, i + 1, to);
        if (j >= to || text.charAt(j) != ' ') {
            return -1;
        }
        int k = j;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= to) {
            return -1;
        }
        char next = text.charAt(k);
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && OPENERS.indexOf(next) < 0) {
            return -1;
        }
        return c == '.' && abbreviation(text, sentenceStart, i) ? -1 : k;
    }

    /** How many closing quotes, brackets and further stops follow at {@code from}. */
    static int closers(String text, int from, int to) {
        int n = 0;
        while (from + n < to && CLOSERS.indexOf(text.charAt(from + n)) >= 0) {
            n++;
        }
        return n;
    }

    private static boolean abbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }
}
