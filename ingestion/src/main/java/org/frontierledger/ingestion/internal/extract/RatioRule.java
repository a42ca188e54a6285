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
 * Relative prices: "20% of the cost of" is 0.2, "5x more expensive than" is 5, "4.5x cheaper" is
 * 1/4.5, "half the price" is 0.5. The subject must be a model, a company or tokens: a relative price
 * of electricity or of a lawsuit is not a model price.
 */
final class RatioRule {
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern TIMES_MORE = Pattern.compile("(?i)" + NUM + "\\s?(?:x|×|times)\\s+(?:more expensive"
            + "|pricier|costlier|(?:the|its) (?:price|cost)s?)\\b");
    private static final Pattern TIMES_LESS = Pattern.compile("(?i)" + NUM + "\\s?(?:x|×|times)\\s+(?:cheaper"
            + "|less expensive|lower[- ]cost|lower in (?:price|cost))\\b");
    private static final Pattern PERCENT_OF = Pattern.compile("(?i)" + NUM + "\\s?%\\s+of\\s+(?:the\\s+)?(?:price|cost)s?\\b");
    private static final Pattern PERCENT_LESS = Pattern.compile("(?i)" + NUM + "\\s?%\\s+(?:cheaper|less expensive"
            + "|lower (?:price|cost))\\b");
    private static final Pattern WORDS = Pattern.compile("(?i)\\b(half|twice|double|triple|a (?:third|quarter|fifth"
            + "|tenth)(?: of)?)\\s+the\\s+(?:price|cost)\\b");
    private static final Pattern TOKENS = Pattern.compile("(?i)\\b((?:input|output|cached(?: input)?|reasoning"
            + "|prompt|completion) tokens|batch (?:requests|jobs|api calls|api)|cached (?:inputs?|prompts?))\\b");
    private static final Pattern BASELINE = Pattern.compile("(?i)^\\s*(?:than|of|compared (?:to|with)|vs\\.?|versus"
            + "|relative to)\\s+(?:that of\\s+)?([^,;:.()]{2,60})");

    private static final Pattern CLAUSE_END = Pattern.compile("\\s+(?:is|are|was|were|has|have|indicates?|shows?"
            + "|suggests?|means|which|that|while|because|since|as|making|offering|according|for|in|on)\\b.*$");

    private RatioRule() {}

    static List<Finding> apply(View view) {
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        if (text.endsWith("?")) {
            return found;
        }
        for (Pattern pattern : List.of(TIMES_MORE, TIMES_LESS, PERCENT_OF, PERCENT_LESS, WORDS)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                BigDecimal ratio = ratio(pattern, m.group(1));
                String subject = subject(view, m.start());
                if (ratio != null && ratio.signum() > 0 && subject != null) {
                    found.add(Finding.ratio(view, subject, ratio, baseline(text, m.end()), developer(view, subject)));
                }
            }
        }
        return found;
    }

    private static @Nullable BigDecimal ratio(Pattern pattern, String number) {
        if (pattern == WORDS) {
            return switch (number.toLowerCase(Locale.ROOT).replace(" of", "")) {
                case "half" -> new BigDecimal("0.5");
                case "twice", "double" -> BigDecimal.valueOf(2);
                case "triple" -> BigDecimal.valueOf(3);
                case "a third" -> BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
                case "a quarter" -> new BigDecimal("0.25");
                case "a fifth" -> new BigDecimal("0.2");
                case "a tenth" -> new BigDecimal("0.1");
                default -> null;
            };
        }
        BigDecimal n = new BigDecimal(number);
        if (pattern == TIMES_LESS) {
            return n.signum() == 0 ? null : BigDecimal.ONE.divide(n, new MathContext(6));
        }
        if (pattern == PERCENT_OF) {
            return n.movePointLeft(2);
        }
        return pattern == PERCENT_LESS ? BigDecimal.ONE.subtract(n.movePointLeft(2)) : n;
    }

    /** The tokens, model or company nearest before the ratio, else the first one after it. */
    private static @Nullable String subject(View view, int at) {
        String before = view.text().substring(0, at);
        Matcher tokens = TOKENS.matcher(before);
        String token = null;
        int tokenAt = -1;
        while (tokens.find()) {
            token = tokens.group(1).toLowerCase(Locale.ROOT);
            tokenAt = tokens.start();
        }
        Mention party = null;
        for (Mention m : view.models().isEmpty() ? view.orgs() : merged(view)) {
            if (m.end() <= at) {
                party = m;
            }
        }
        if (party != null && party.start() > tokenAt) {
            return party.model() ? party.name() : party.org();
        }
        return token;
    }

    /** The company behind a subject: itself when it is a company, a model's developer, else null. */
    private static @Nullable String developer(View view, String subject) {
        String company = Gazetteer.canonical(subject);
        if (company != null) {
            return company;
        }
        return view.models().stream().filter(m -> m.name().equals(subject)).map(Mention::org)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Mention> merged(View view) {
        List<Mention> all = new ArrayList<>(view.orgs());
        all.addAll(view.models());
        return Gazetteer.withoutOverlaps(all);
    }

    private static @Nullable String baseline(String text, int end) {
        Matcher m = BASELINE.matcher(text.substring(end));
        if (!m.find()) {
            return null;
        }
        String baseline = CLAUSE_END.matcher(m.group(1)).replaceFirst("").strip();
        return baseline.isEmpty() ? null : baseline;
    }
}
