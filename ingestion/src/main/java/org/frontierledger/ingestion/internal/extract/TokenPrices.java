package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Token prices written in a sentence, in US dollars per one million tokens: "$3 per 1M input tokens",
 * "$0.002 per 1K tokens", "$0.03/1k tokens", "$15/MTok", "$6.25/M tokens", "$0.15/$0.50 per 1 million
 * tokens input/output", "$3 / 1M input", "75 cents per million tokens". A price whose unit is
 * written only after the next price ("$3 input and $15 output per million tokens") takes that unit.
 * Prices per character, image, minute or month are not token prices.
 */
final class TokenPrices {
    /** What a price is for. */
    enum Kind {
        INPUT,
        OUTPUT,
        ANY,
        CACHED_INPUT,
        CACHE_WRITE
    }

    /**
     * A token price.
     *
     * @param start offset of the amount in the sentence
     * @param end offset just past its unit
     * @param perMTok US dollars per one million tokens
     * @param kind what it prices
     */
    record TokenPrice(int start, int end, BigDecimal perMTok, Kind kind) {}

    private static final Pattern UNIT = Pattern.compile("(?i)^\\s?(?:/|per|a|for every|for each)\\s?"
            + "(?:(one|a|1|1,000|1000|1,000,000|1000000)\\s?)?"
            + "(?:(k|thousand|m|mn|million|mil)\\b\\s?)?"
            + "(?:(input|output|prompt|completion|cached|cache[- ]hit|cache[- ]miss|cache[- ]write)\\s)?"
            + "(?:(mtok|ktok)\\b|(tokens?|tok)\\b)");
    /** "$3 / 1M input", "$10/1M output": a unit with the token type but without the word "tokens". */
    private static final Pattern UNIT_TYPE_ONLY = Pattern.compile(
            "(?i)^\\s?(?:/|per)\\s?(1|one)?\\s?(k|m|million)\\s" + "(?:for\\s)?(input|output|prompt|completion)\\b");
    /** "$10 output per million tokens": the token type between the amount and its unit. */
    private static final Pattern UNIT_TYPE_FIRST =
            Pattern.compile("(?i)^\\s?(input|output|prompt|completion|cached input)"
                    + "\\s(?:tokens?\\s)?(?:per|/)\\s?(1|one|a)?\\s?(k|thousand|m|million)\\b\\s?(?:tokens?)?");
    /** A unit written once for a sentence: "(per 1M tokens)", "per million tokens:". */
    private static final Pattern SHARED_UNIT = Pattern.compile("(?i)(?<!\\d\\s?)(?:\\(|\\b)(?:per|/)\\s?(1|one|a)?\\s?"
            + "(k|thousand|m|million)\\b\\s?(?:tokens?)?\\)?:");

    private static final Pattern PAIR_UNIT =
            Pattern.compile("(?i)^\\s?(?:/|per)\\s?(?:1|one|a)?\\s?(?:k|m|million|thousand)?\\s?"
                    + "(?:input|prompt)\\s?/\\s?(?:output|completion)");
    private static final Pattern CENTS = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.$])(\\d+(?:\\.\\d+)?)\\s?(?:cents?|¢)");
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{N}$])(?<!\\b(?:HK|NT|NZ|AU|CA|A|C|S|R))\\$\\s?(\\d+(?:\\.\\d+)?)(?!\\d|,\\d|\\.\\d)"
                    + "|(?<![\\p{L}\\p{N}.$])(\\d+(?:\\.\\d+)?)\\s?\\$");
    private static final Pattern JOIN = Pattern.compile("(?i)^\\s?(?:/|and|,|or|to|input|output|prompt|completion"
            + "|for input|for output|\\(input\\)|\\(output\\)|input,|output,|\\s)*\\s?$");
    private static final Pattern NOT_TOKENS = Pattern.compile("(?i)^\\s?(?:/|per)\\s?(?:\\d[\\d,]*\\s?)?(?:k\\s)?"
            + "(?:characters?|chars?|images?|minutes?|seconds?|hours?|months?|requests?|queries|sessions?|gb|pages?)");
    private static final Pattern HEADING_UNIT =
            Pattern.compile("(?i)(?:per|/)\\s?(1|one|a)?\\s?(k|thousand|m|million)\\b\\s?"
                    + "(?:(?:input|output|prompt|completion)\\s)?(?:tokens?|tok)\\b");
    private static final Pattern PER_TIME =
            Pattern.compile("(?i)^\\s?(?:/|per|an?|each)\\s?(?:hour|hr|day|week|month|year|minute|second)s?\\b");
    /** "$1.25/1M", "$0.40 per 1K": a count of tokens with the word "tokens" left out. */
    private static final Pattern UNIT_BARE = Pattern.compile(
            "(?i)^\\s?(?:/|per)\\s?(1|one|a)?\\s?(k|m|million|thousand)\\b"
                    + "(?!\\s?(?:users?|requests?|characters?|chars?|images?|minutes?|seconds?|hours?|queries|pages?|visits?"
                    + "|views?|downloads?|subscribers?|customers?|people|words?|rows?|calls?|messages?|seats?|[\\p{N}]))");
    /** ", Sonnet at ", ", and Opus at ": the next item of a list of prices. */
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "^,\\s(?:and\\s)?(?:(?:[\\p{Lu}\\p{N}]|o\\d)[\\p{L}\\p{N}.-]*\\s){1,4}(?:at|is|costs?|for)\\s$");

    private static final int KIND_REACH = 28;

    private TokenPrices() {}

    /** The token prices of a sentence, in order. */
    static List<TokenPrice> find(String s) {
        return find(s, null);
    }

    /**
     * The unit a heading states for the list below it ("Mid tier ($0.40–$2.50/M input tokens):",
     * "Prices per million tokens:"), as the factor to US dollars per one million tokens; null when
     * the line is no such heading.
     */
    static @Nullable BigDecimal headingScale(String line) {
        String t = line.strip();
        if (!t.endsWith(":") || t.length() > 120) {
            return null;
        }
        Matcher m = HEADING_UNIT.matcher(t);
        return m.find() ? perMillion(m.group(1), m.group(2), null) : null;
    }

    /**
     * The token prices of a sentence, in order; {@code inheritedScale}, where not null, is the unit
     * a heading above states for prices typed as input or output that carry no unit of their own
     * ("- GPT-4o: $2.50 input / $10.00 output" under "Prices ($/M tokens):").
     */
    static List<TokenPrice> find(String s, @Nullable BigDecimal inheritedScale) {
        return find(s, inheritedScale, false);
    }

    /**
     * The token prices of a sentence; in a document about token prices ({@code tokenDocument}), a
     * price per million with the word "tokens" left out ("Gemini 2.5 Pro at $1.25/1M") is one too.
     */
    static List<TokenPrice> find(String s, @Nullable BigDecimal inheritedScale, boolean tokenDocument) {
        if (s.indexOf('$') < 0 && !s.contains("cent") && s.indexOf('¢') < 0) {
            return List.of();
        }
        List<Amount> amounts = amounts(s);
        List<TokenPrice> out = new ArrayList<>();
        BigDecimal[] scale = new BigDecimal[amounts.size()];
        int[] unitEnd = new int[amounts.size()];
        Kind[] unitKind = new Kind[amounts.size()];
        for (int k = 0; k < amounts.size(); k++) {
            Amount a = amounts.get(k);
            String after = s.substring(a.end);
            Matcher u = UNIT.matcher(after);
            Matcher t = UNIT_TYPE_ONLY.matcher(after);
            Matcher f = UNIT_TYPE_FIRST.matcher(after);
            if (f.lookingAt()) {
                scale[k] = perMillion(f.group(2), f.group(3), null);
                unitEnd[k] = a.end + f.end();
                unitKind[k] = kind(f.group(1));
            } else if (u.lookingAt()) {
                scale[k] = perMillion(u.group(1), u.group(2), u.group(4));
                unitEnd[k] = a.end + u.end();
                unitKind[k] = kind(u.group(3));
            } else if (t.lookingAt()) {
                scale[k] = perMillion(t.group(1), t.group(2), null);
                unitEnd[k] = a.end + t.end();
                unitKind[k] = kind(t.group(3));
            } else if (tokenDocument) {
                Matcher bare = UNIT_BARE.matcher(after);
                if (bare.lookingAt()) {
                    scale[k] = perMillion(bare.group(1), bare.group(2), null);
                    unitEnd[k] = a.end + bare.end();
                }
            }
        }
        // "$1.00 / 1M tokens / hour": a price of storing tokens for a while is no token price.
        for (int k = 0; k < amounts.size(); k++) {
            if (scale[k] != null && PER_TIME.matcher(s.substring(unitEnd[k])).lookingAt()) {
                scale[k] = null;
            }
        }
        // "Pricing (per 1M tokens): $1.25 input, $10 output": a unit stated once for the sentence's typed prices.
        Matcher shared = SHARED_UNIT.matcher(s);
        boolean sharedUnit = shared.find();
        if (sharedUnit || inheritedScale != null) {
            BigDecimal sentenceScale = sharedUnit ? perMillion(shared.group(1), shared.group(2), null) : inheritedScale;
            for (int k = 0; k < amounts.size(); k++) {
                Amount a = amounts.get(k);
                String after =
                        s.substring(a.end, Math.min(s.length(), a.end + 16)).toLowerCase(Locale.ROOT);
                String before = s.substring(Math.max(0, a.start - 12), a.start).toLowerCase(Locale.ROOT);
                if (scale[k] == null
                        && (after.matches("(?s)^\\s?(?:for\\s)?(?:input|output|cached|cache|prompt|completion).*")
                                || before.matches(
                                        "(?s).*(?:input|output|cached|cache hit|cache write|prompt|completion):?\\s?$"))) {
                    scale[k] = sentenceScale;
                    unitEnd[k] = a.end;
                }
            }
        }
        // A price without a unit takes the unit of the next price when only joining words stand between.
        for (int k = amounts.size() - 2; k >= 0; k--) {
            if (scale[k] == null
                    && scale[k + 1] != null
                    && !NOT_TOKENS.matcher(s.substring(amounts.get(k).end)).lookingAt()
                    && JOIN.matcher(s.substring(amounts.get(k).end, amounts.get(k + 1).start))
                            .matches()) {
                scale[k] = scale[k + 1];
                unitEnd[k] = amounts.get(k).end;
            }
        }
        // "undercuts GPT-5.5 ($5/$30) by 4x" in a sentence of prices per 1M tokens: a bracketed pair
        // without a unit is that model's input and output price in the sentence's unit.
        BigDecimal known = null;
        for (BigDecimal k : scale) {
            known = known == null ? k : known;
        }
        for (int k = 0; known != null && k + 1 < amounts.size(); k++) {
            Amount a = amounts.get(k);
            Amount b = amounts.get(k + 1);
            if (scale[k] == null
                    && scale[k + 1] == null
                    && s.substring(a.end, b.start).strip().equals("/")
                    && a.start > 0
                    && s.charAt(a.start - 1) == '('
                    && b.end < s.length()
                    && s.charAt(b.end) == ')') {
                scale[k] = known;
                scale[k + 1] = known;
                unitEnd[k] = a.end;
                unitEnd[k + 1] = b.end;
                unitKind[k] = Kind.INPUT;
                unitKind[k + 1] = Kind.OUTPUT;
            }
        }
        // "Haiku at $0.25 per million input tokens, Sonnet at $3.00, and Opus at $12.00": prices listed
        // after a first one with its unit, each after a name and "at", take its unit and its token type.
        for (int k = 1; k < amounts.size(); k++) {
            if (scale[k] == null
                    && scale[k - 1] != null
                    && LISTED_AFTER
                            .matcher(
                                    s.substring(Math.max(unitEnd[k - 1], amounts.get(k - 1).end), amounts.get(k).start))
                            .matches()) {
                scale[k] = scale[k - 1];
                unitEnd[k] = amounts.get(k).end;
                unitKind[k] = unitKind[k - 1];
            }
        }
        // "$3/$15 per million input/output tokens": a pair whose unit names both token types.
        for (int k = 0; k + 1 < amounts.size(); k++) {
            if (scale[k] != null
                    && scale[k + 1] != null
                    && s.substring(amounts.get(k).end, amounts.get(k + 1).start)
                            .strip()
                            .equals("/")
                    && PAIR_UNIT.matcher(s.substring(amounts.get(k + 1).end)).lookingAt()) {
                unitKind[k] = Kind.INPUT;
                unitKind[k + 1] = Kind.OUTPUT;
            }
        }
        // "$5/$25 per million tokens": a pair with no token type names input then output.
        for (int k = 0; k + 1 < amounts.size(); k++) {
            if (scale[k] != null
                    && scale[k + 1] != null
                    && unitKind[k] == null
                    && unitKind[k + 1] == null
                    && s.substring(amounts.get(k).end, amounts.get(k + 1).start)
                            .strip()
                            .equals("/")
                    && !s.substring(Math.max(0, amounts.get(k).start - KIND_REACH), amounts.get(k).start)
                            .matches("(?is).*\\b(?:input|output|cached|cache)\\b.*")
                    && !s.substring(unitEnd[k + 1], Math.min(s.length(), unitEnd[k + 1] + KIND_REACH))
                            .matches("(?is)^\\W*(?:tokens?\\W*)?\\(?(?:input|prompt).*")) {
                unitKind[k] = Kind.INPUT;
                unitKind[k + 1] = Kind.OUTPUT;
            }
        }
        List<Integer> priced = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            if (scale[k] != null) {
                priced.add(k);
            }
        }
        for (int n = 0; n < priced.size(); n++) {
            int k = priced.get(n);
            Amount a = amounts.get(k);
            Kind kind = unitKind[k] != null ? unitKind[k] : kindNear(s, a.start, unitEnd[k], n, priced, amounts);
            out.add(new TokenPrice(
                    a.start,
                    Math.max(a.end, unitEnd[k]),
                    a.usd.multiply(scale[k], MathContext.DECIMAL64).stripTrailingZeros(),
                    kind));
        }
        return out;
    }

    /** The token type words next to a price: before it ("Input: $3") or after its unit ("$3 input"), or a pair's "input/output". */
    private static Kind kindNear(String s, int start, int unitEnd, int n, List<Integer> priced, List<Amount> amounts) {
        String after =
                s.substring(unitEnd, Math.min(s.length(), unitEnd + KIND_REACH)).toLowerCase(Locale.ROOT);
        Matcher pair = Pattern.compile(
                        "^\\W*(?:tokens?\\W*)?\\(?(?:for\\s)?(input|prompt)\\s?(?:/|and)\\s?(output|completion)")
                .matcher(after);
        if (pair.find()) {
            return Kind.OUTPUT;
        }
        int from = n > 0 ? amounts.get(priced.get(n - 1)).end : 0;
        String before =
                s.substring(Math.max(from, start - 3 * KIND_REACH), start).toLowerCase(Locale.ROOT);
        if (n + 1 < priced.size()) {
            String next =
                    s.substring(unitEnd, Math.min(s.length(), unitEnd + 60)).toLowerCase(Locale.ROOT);
            if (next.matches(
                    "(?s)^\\s?(?:/|and)\\s?\\$?[\\d.]+.*?(?:per|/).*?\\b(?:input|prompt)\\s?(?:/|and)\\s?(?:output|completion).*")) {
                return Kind.INPUT;
            }
        }
        Kind beforeKind = lastKind(before);
        Kind afterKind = firstKind(after.replaceFirst("^\\W*tokens?", ""));
        if (afterKind != null
                && after.matches("(?s)^[\\s(]{0,2}(?:tokens?[\\s(]{0,2})?(?:for\\s)?(?:input|output|prompt|completion"
                        + "|cached|cache).*")) {
            return afterKind;
        }
        return beforeKind != null ? beforeKind : Kind.ANY;
    }

    private static @Nullable Kind lastKind(String text) {
        Matcher m = Pattern.compile("cache[- ]?writes?|cache[- ]?hits?|cached(?: input)?(?: tokens)?|cache[- ]?reads?"
                        + "|cache[- ]?miss(?:es)?|input|prompt|output|completion")
                .matcher(text);
        Kind last = null;
        while (m.find()) {
            last = kind(m.group());
        }
        return last;
    }

    private static @Nullable Kind firstKind(String text) {
        Matcher m = Pattern.compile("cache[- ]?writes?|cache[- ]?hits?|cached(?: input)?|cache[- ]?reads?"
                        + "|cache[- ]?miss(?:es)?|input|prompt|output|completion")
                .matcher(text);
        return m.find() ? kind(m.group()) : null;
    }

    static @Nullable Kind kind(@Nullable String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.contains("write")) {
            return Kind.CACHE_WRITE;
        }
        if (w.contains("hit") || w.contains("cached") || w.contains("read")) {
            return Kind.CACHED_INPUT;
        }
        if (w.contains("input") || w.contains("prompt") || w.contains("miss")) {
            return Kind.INPUT;
        }
        return w.contains("output") || w.contains("completion") ? Kind.OUTPUT : null;
    }

    /** The factor from a price per {@code count scale} tokens to a price per one million tokens. */
    private static BigDecimal perMillion(@Nullable String count, @Nullable String scale, @Nullable String packed) {
        BigDecimal n = count == null || count.equalsIgnoreCase("one") || count.equalsIgnoreCase("a")
                ? BigDecimal.ONE
                : new BigDecimal(count.replace(",", ""));
        BigDecimal unit;
        if (packed != null) {
            unit = packed.toLowerCase(Locale.ROOT).startsWith("m") ? BigDecimal.TEN.pow(6) : BigDecimal.TEN.pow(3);
        } else if (scale == null) {
            unit = BigDecimal.ONE;
        } else {
            unit = scale.toLowerCase(Locale.ROOT).startsWith("k") || scale.equalsIgnoreCase("thousand")
                    ? BigDecimal.TEN.pow(3)
                    : BigDecimal.TEN.pow(6);
        }
        return BigDecimal.TEN.pow(6).divide(n.multiply(unit), MathContext.DECIMAL64);
    }

    private record Amount(int start, int end, BigDecimal usd) {}

    private static List<Amount> amounts(String s) {
        List<Amount> out = new ArrayList<>();
        Matcher m = BARE.matcher(s);
        while (m.find()) {
            out.add(new Amount(m.start(), m.end(), new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        Matcher c = CENTS.matcher(s);
        while (c.find()) {
            out.add(new Amount(c.start(), c.end(), new BigDecimal(c.group(1)).movePointLeft(2)));
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }
}
