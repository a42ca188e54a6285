package org.frontierledger.search.internal.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.Query;
import org.frontierledger.search.internal.index.ClaimFields;
import org.jspecify.annotations.Nullable;

/**
 * {@code a NEAR/n b}: two words or quoted phrases of the quote within {@code n} words of each other,
 * in either order ({@code NEAR} alone means {@code NEAR/10}). The classic syntax has no such
 * operator, so each one is cut out of the text before parsing, built as an interval query, and
 * left behind as a placeholder word that the parser swaps for it.
 */
final class NearClauses {

    /** The largest distance allowed; wider windows match nearly anything and cost more. */
    static final int MAX_DISTANCE = 50;

    static final int DEFAULT_DISTANCE = 10;

    private static final String OPERAND = "(\"[^\"]+\"|[\\p{L}\\p{N}][^\\s()\"]*)";
    private static final Pattern NEAR =
            Pattern.compile("(?<![\\p{L}\\p{N}:\\\\])" + OPERAND + "\\s+NEAR(?:/(\\d+))?\\s+" + OPERAND);
    private static final Pattern LEFTOVER = Pattern.compile("\\bNEAR\\b");
    private static final String HOW = "NEAR joins two words or quoted phrases of the quote, as in"
            + " hbm NEAR/5 supply (within 5 words, in either order).";

    private final List<Query> queries = new ArrayList<>();
    private final String text;

    private NearClauses(String text, List<Query> queries) {
        this.text = text;
        this.queries.addAll(queries);
    }

    /** Cuts every NEAR clause out of {@code text}. */
    static NearClauses extract(String text, Analyzer analyzer) {
        List<Query> queries = new ArrayList<>();
        Matcher m = NEAR.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            int distance = distance(m.group(2));
            IntervalsSource near = Intervals.maxgaps(
                    distance,
                    Intervals.unorderedNoOverlaps(operand(m.group(1), analyzer), operand(m.group(3), analyzer)));
            m.appendReplacement(rest, Matcher.quoteReplacement(placeholder(queries.size())));
            queries.add(new IntervalQuery(ClaimFields.TEXT, near));
        }
        m.appendTail(rest);
        if (LEFTOVER.matcher(rest).find()) {
            throw new QueryRejected("A NEAR could not be read. " + HOW + " A word cannot be used by two NEARs.");
        }
        return new NearClauses(rest.toString(), queries);
    }

    /** The text with each NEAR clause replaced by its placeholder. */
    String text() {
        return text;
    }

    /** The query of a placeholder word; null when the word is not one of this text's placeholders. */
    @Nullable
    Query query(String word) {
        if (word.startsWith("__near") && word.endsWith("__")) {
            try {
                int i = Integer.parseInt(word.substring(6, word.length() - 2));
                return i < queries.size() ? queries.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String placeholder(int i) {
        return "__near" + i + "__";
    }

    private static int distance(@Nullable String digits) {
        if (digits == null) {
            return DEFAULT_DISTANCE;
        }
        int distance = digits.length() > 3 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (distance > MAX_DISTANCE) {
            throw new QueryRejected(
                    "NEAR/" + digits + " is too wide: use a distance of at most " + MAX_DISTANCE + " words.");
        }
        return distance;
    }

    private static IntervalsSource operand(String operand, Analyzer analyzer) {
        boolean quoted = operand.startsWith("\"");
        String words = quoted ? operand.substring(1, operand.length() - 1) : operand;
        if (!quoted && (words.contains("*") || words.contains("?"))) {
            throw new QueryRejected("'" + words + "' has a wildcard, which NEAR does not take. " + HOW);
        }
        List<String> names = quoted ? List.of(words) : Aliases.of(words);
        List<IntervalsSource> sources = new ArrayList<>();
        for (String name : names.isEmpty() ? List.of(words) : names) {
            if (!hasTokens(name, analyzer)) {
                throw new QueryRejected("'" + words + "' has no word to search for. " + HOW);
            }
            try {
                sources.add(Intervals.analyzedText(name, analyzer, ClaimFields.TEXT, 0, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources.size() == 1 ? sources.getFirst() : Intervals.or(sources);
    }

    private static boolean hasTokens(String text, Analyzer analyzer) {
        try (TokenStream stream = analyzer.tokenStream(ClaimFields.TEXT, text)) {
            stream.reset();
            boolean any = stream.incrementToken();
            stream.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
