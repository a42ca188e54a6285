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
 * Absolute token prices, in US dollars per one million tokens: "$2.50 per 1M input tokens", "$10
 * / MTok output", "$0.03 per 1K tokens" (×1000), "15 cents per million tokens". A price that does
 * not say input or output is read as both. Input and output prices of one model in one sentence
 * make one event.
 */
final class PriceRule {
    private static final Pattern PRICE = Pattern.compile("(?i)(?<![\\p{L}$])(?:(?:US)?\\$\\s?(\\d+(?:\\.\\d+)?)"
            + "|(\\d+(?:\\.\\d+)?)\\s?(?:cents?|¢))\\s*(?:per|/|for|a|an|every)\\s*(?:(1|one|a)\\s*)?"
            + "(million|mn|m|mtoks?|thousand|k|1,000,000|1,000)?\\s*(?:(input|output|prompt|completion|cached input)"
            + "\\s+)?(?:tokens?|toks?)?\\b");
    private static final Pattern DIRECTION_AFTER = Pattern.compile("(?i)^\\s*(?:tokens?\\s*)?\\(?(input|output|prompt"
            + "|completion)\\b");
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("(?i)\\b(input|output|prompt|completion)s?"
            + "(?: tokens?)?(?: price| pricing| cost)?\\s*(?:[:=]|costs?|is|are|at)?\\s*$");

    private static final Pattern EACH = Pattern.compile("(?i)\\beach\\b");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*/\\s*)$");

    private PriceRule() {}

    static List<Finding> apply(View view) {
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        Matcher m = PRICE.matcher(text);
        Finding open = null;
        while (m.find()) {
            if (!m.group().toLowerCase(Locale.ROOT).contains("tok") && !tokenUnit(m)) {
                continue;
            }
            BigDecimal perMTok = perMillion(m);
            String direction = direction(text, m);
            Mention subject = subject(view, m.start());
            String model = subject != null && subject.model() ? subject.name() : null;
            String org = subject != null ? subject.org() : null;
            if (model == null && org == null) {
                continue;
            }
            BigDecimal input = direction == null || direction.equals("input") ? perMTok : null;
            BigDecimal output = direction == null || direction.equals("output") ? perMTok : null;
            if (open != null && sameSubject(open, model, org) && fits(open, input, output)) {
                found.set(found.size() - 1, open = merge(open, input, output));
            } else {
                found.add(open = Finding.price(view, org, model, input, output));
            }
        }
        return eachOf(view, found);
    }

    /** "o1 and o1-preview each cost ...": every model of the list gets the price. */
    private static List<Finding> eachOf(View view, List<Finding> found) {
        Matcher each = EACH.matcher(view.text());
        if (found.isEmpty() || !each.find()) {
            return found;
        }
        List<Mention> models = view.subjectModels().stream().filter(m -> m.end() <= each.start()).toList();
        List<Finding> all = new ArrayList<>(found);
        for (int k = models.size() - 2; k >= 0; k--) {
            String between = view.text().substring(models.get(k).end(), models.get(k + 1).start());
            if (!LIST_SEPARATOR.matcher(between).matches()) {
                break;
            }
            Mention other = models.get(k);
            for (Finding f : found) {
                if (models.getLast().name().equals(f.model())) {
                    all.add(Finding.price(view, other.org(), other.name(), f.inputPerMTok(), f.outputPerMTok()));
                }
            }
        }
        return all;
    }

    private static boolean tokenUnit(Matcher m) {
        String unit = m.group(4);
        return unit != null && unit.toLowerCase(Locale.ROOT).startsWith("mtok");
    }

    private static BigDecimal perMillion(Matcher m) {
        BigDecimal amount = m.group(1) != null ? new BigDecimal(m.group(1)) : new BigDecimal(m.group(2)).movePointLeft(2);
        String unit = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        BigDecimal tokens = switch (unit) {
            case "million", "mn", "m", "mtok", "mtoks", "1,000,000" -> BigDecimal.ONE;
            case "thousand", "k", "1,000" -> new BigDecimal("0.001");
            default -> new BigDecimal("0.000001");
        };
        return amount.divide(tokens, MathContext.DECIMAL64).stripTrailingZeros();
    }

    private static @Nullable String direction(String text, Matcher m) {
        String stated = m.group(5) != null ? m.group(5) : null;
        if (stated == null) {
            Matcher after = DIRECTION_AFTER.matcher(text.substring(m.end()));
            Matcher before = DIRECTION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
            stated = after.lookingAt() ? after.group(1) : before.find() ? before.group(1) : null;
        }
        if (stated == null) {
            return null;
        }
        String lower = stated.toLowerCase(Locale.ROOT);
        return lower.contains("output") || lower.equals("completion") ? "output" : "input";
    }

    private static @Nullable Mention subject(View view, int at) {
        Mention best = null;
        for (Mention m : view.subjectModels()) {
            if (m.end() <= at) {
                best = m;
            }
        }
        if (best == null && !view.subjectModels().isEmpty()) {
            best = view.subjectModels().getFirst();
        }
        if (best == null && !view.orgs().isEmpty()) {
            best = view.orgs().getFirst();
        }
        return best;
    }

    private static boolean sameSubject(Finding open, @Nullable String model, @Nullable String org) {
        return java.util.Objects.equals(open.model(), model) && java.util.Objects.equals(open.org(), org);
    }

    private static boolean fits(Finding open, @Nullable BigDecimal input, @Nullable BigDecimal output) {
        boolean openInputOnly = open.inputPerMTok() != null && open.outputPerMTok() == null;
        boolean openOutputOnly = open.outputPerMTok() != null && open.inputPerMTok() == null;
        return openInputOnly && input == null && output != null || openOutputOnly && output == null && input != null;
    }

    private static Finding merge(Finding open, @Nullable BigDecimal input, @Nullable BigDecimal output) {
        return Finding.price(open.view(), open.org(), open.model(),
                input != null ? input : open.inputPerMTok(), output != null ? output : open.outputPerMTok());
    }
}
