package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Relative prices of model usage, as the subject's price over the baseline's: "N× cheaper than B"
 * is 1/N, "N× more expensive" N, "X% of the cost of B" X/100, "N% off", "a N% discount" or "cut
 * prices by N%" 1 − N/100, "1/4 of the original price" 0.25. Only sentences about prices or costs
 * of model usage count; growth rates and savings with no subject are left alone.
 */
final class RatioRule implements Rule {
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /** A range of multiples ("4-5x") is read at its lower end, as "at least". */
    private static final String RANGE_TOP = "(?:\\s?[-–]\\s?\\d+(?:\\.\\d+)?)?";

    private static final Pattern TIMES = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}.])" + NUM + RANGE_TOP + "\\s?(?:x|×|times)\\s"
                    + "(?:(?:lower|higher|less|more)\\s(?:cost|price)s?|(cheaper|less expensive|lower|more expensive|pricier"
                    + "|more costly|costlier|higher|the (?:standard\\s|base\\s|list\\s|regular\\s|normal\\s|usual\\s)?(?:cost|price|rate)s?))");
    /** "undercuts GPT-5 ($5/$30) by 4-5x": the subject costs a fraction of the baseline. */
    private static final Pattern UNDERCUTS = Pattern.compile("(?i)\\bundercut(?:s|ting)?\\s[^;]{0,40}?\\bby\\s"
            + "(?:about\\s|roughly\\s|around\\s|nearly\\s)?" + NUM + RANGE_TOP + "\\s?(?:x|×|times)");
    /** "raised GPT-5.5 prices 2x", "hiked its rates by 3x": the new price over the old. */
    private static final Pattern RAISED =
            Pattern.compile("(?i)\\b(?:rais(?:ed|es|ing)|hik(?:ed|es|ing)|increas(?:ed|es|ing))\\s"
                    + "(?:[^;]{0,30}?\\s)?(?:prices?|pricing|rates?)\\s(?:by\\s)?(?:about\\s|roughly\\s)?" + NUM
                    + "\\s?(?:x|×|times|-fold)");
    /** What it costs the provider to serve tokens is not a price customers pay. */
    private static final Pattern OWN_COST =
            Pattern.compile("(?i)\\b(?:compute costs?|costs? to serve|serving costs?|inference costs?"
                    + "|cost of (?:compute|serving|inference))\\b");

    private static final Pattern GREW = Pattern.compile("(?i)\\b(?:grew|rose|increased|jumped|went up)\\s(?:by\\s)?"
            + "(?:approximately\\s|about\\s|roughly\\s|around\\s|nearly\\s)?" + NUM + "\\s?(?:x|×|times|-fold)");
    private static final Pattern PERCENT_OF = Pattern.compile(
            "(?i)(?:at\\s|only\\s|just\\s|about\\s)?" + NUM + "\\s?%\\s(?:of\\s(?:the\\s)?(?:cost|price)s?)");
    private static final Pattern PERCENT_OFF = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.])" + NUM + "\\s?%\\+?\\s?"
            + "(?:(?:cost|price)\\s)?(?:off|discount|cheaper|lower|price cut|cut|reduction|less)\\b");
    private static final Pattern CUT_BY =
            Pattern.compile("(?i)\\b(?:cut|cuts|slash(?:ed|es)?|reduc(?:ed|es|e)|lower(?:ed|s)?"
                    + "|drop(?:ped|s)?|fell|fall)\\s(?:\\w+\\s){0,3}?(?:by\\s)?(?:more than\\s|over\\s|up to\\s|about\\s)?"
                    + NUM
                    + "\\s?%\\+?");
    private static final Pattern FRACTION =
            Pattern.compile("(?i)(?<![\\p{N}/])(\\d)/(\\d{1,2})(?![\\p{N}/])\\s(?:of\\s)"
                    + "(?:the\\s)?(?:[\\w-]+\\s){0,2}(?:price|cost)");
    private static final Pattern PRICE_TALK = Pattern.compile("(?i)\\b(?:price[sd]?|pricing|cost[s]?|cheaper|expensive"
            + "|discount|tokens?|api|per (?:1m|million)|rates?|bills?|mtok|undercuts?)\\b");
    private static final Pattern SAVINGS =
            Pattern.compile("(?i)\\bsavings?\\b|\\bsave\\b|\\bbills?\\b|\\bhigher than estimated\\b");
    private static final Pattern THAN =
            Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:than|of|vs\\.?|compared (?:to|with))\\s");
    private static final Pattern TOKENS_SUBJECT =
            Pattern.compile("(?i)\\b(input|output|cached|reasoning) tokens\\b[^.;]{0,30}$");
    private static final Pattern TOKEN_TYPE = Pattern.compile("(?i)^\\s(?:on|for)\\s(input|output)\\b");

    @Override
    public String name() {
        return "ratio.price";
    }

    @Override
    public int stage() {
        return PRICES;
    }

    @Override
    public int priority() {
        return 40;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        View view = doc.view(i);
        String s = view.text();
        List<Finding> out = new ArrayList<>();
        if (!View.hasDigit(s) || !mayHoldARatio(s) || !PRICE_TALK.matcher(s).find()) {
            return out;
        }
        List<int[]> taken = new ArrayList<>();
        if (OWN_COST.matcher(s).find()) {
            return out;
        }
        for (Pattern p : List.of(UNDERCUTS, RAISED, TIMES, GREW, PERCENT_OF, PERCENT_OFF, CUT_BY, FRACTION)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int start = m.start();
                if (taken.stream().anyMatch(t -> t[0] < m.end() && start < t[1])) {
                    continue;
                }
                BigDecimal ratio = ratio(p, m);
                if (ratio == null || ratio.signum() <= 0) {
                    continue;
                }
                if (SAVINGS.matcher(s.substring(Math.max(0, start - 30), Math.min(s.length(), m.end() + 30)))
                                .find()
                        && subjectBefore(view, start) == null) {
                    continue;
                }
                Mention subject = p == RAISED ? modelWithin(view, start, m.end()) : subjectBefore(view, start);
                String subjectName = subject != null ? subject.name() : null;
                Matcher tokens = TOKENS_SUBJECT.matcher(s.substring(0, start));
                if (subject == null && tokens.find()) {
                    subjectName = tokens.group(1).toLowerCase() + " tokens";
                }
                if (subjectName == null) {
                    Mention recent = doc.recentModel(i);
                    subjectName = recent != null ? recent.name() : doc.focus();
                }
                if (subjectName == null) {
                    continue;
                }
                Matcher type = TOKEN_TYPE.matcher(s.substring(m.end()));
                if (type.lookingAt()) {
                    subjectName = subjectName + " (" + type.group(1).toLowerCase() + ")";
                }
                taken.add(new int[] {start, m.end()});
                doc.markRead(i, start, m.end());
                int verbEnd = p == UNDERCUTS ? s.indexOf(' ', m.start()) + 1 : -1;
                out.add(Finding.ratio(
                        view,
                        this,
                        subjectName,
                        ratio,
                        baseline(view, m.end(), verbEnd),
                        subject != null ? subject.org() : null));
            }
        }
        return out;
    }

    /** A cheap check before the patterns: a percentage, a fraction, or a multiple ("10x", "×", "times", "-fold"). */
    private static boolean mayHoldARatio(String s) {
        if (s.indexOf('%') >= 0
                || s.indexOf('/') >= 0
                || s.indexOf('×') >= 0
                || s.contains("times")
                || s.contains("Times")
                || s.contains("fold")) {
            return true;
        }
        for (int k = s.indexOf('x'); k >= 0; k = s.indexOf('x', k + 1)) {
            if (k > 0
                    && (Character.isDigit(s.charAt(k - 1))
                            || k > 1 && s.charAt(k - 1) == ' ' && Character.isDigit(s.charAt(k - 2)))) {
                return true;
            }
        }
        for (int k = s.indexOf('X'); k >= 0; k = s.indexOf('X', k + 1)) {
            if (k > 0 && Character.isDigit(s.charAt(k - 1))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable BigDecimal ratio(Pattern p, Matcher m) {
        BigDecimal n;
        if (p == FRACTION) {
            BigDecimal denominator = new BigDecimal(m.group(2));
            return denominator.signum() == 0
                    ? null
                    : new BigDecimal(m.group(1)).divide(denominator, 4, RoundingMode.HALF_UP);
        }
        n = new BigDecimal(m.group(1));
        if (p == UNDERCUTS) {
            return n.signum() == 0 ? null : BigDecimal.ONE.divide(n, 4, RoundingMode.HALF_UP);
        }
        if (p == RAISED) {
            return n;
        }
        if (p == TIMES) {
            String word =
                    m.group(2) == null ? m.group().toLowerCase() : m.group(2).toLowerCase();
            boolean cheaper = word.contains("cheaper") || word.contains("less") || word.contains("lower");
            return cheaper ? BigDecimal.ONE.divide(n, 4, RoundingMode.HALF_UP) : n;
        }
        if (p == GREW) {
            return n;
        }
        if (p == PERCENT_OF) {
            return n.movePointLeft(2);
        }
        return n.compareTo(BigDecimal.valueOf(100)) >= 0
                ? null
                : BigDecimal.ONE.subtract(n.movePointLeft(2), MathContext.DECIMAL64);
    }

    /** "raised GPT-5.5 prices 2x": the model named inside the phrase, else the subject before it. */
    private static @Nullable Mention modelWithin(View view, int start, int end) {
        for (Mention m : view.names()) {
            if (m.model() && m.start() >= start && m.end() <= end) {
                return m;
            }
        }
        return subjectBefore(view, start);
    }

    /** The model (or company) the sentence prices before the ratio: its nearest subject model, else its first company. */
    private static @Nullable Mention subjectBefore(View view, int at) {
        Mention found = null;
        for (Mention m : view.names()) {
            if (m.end() <= at && !m.comparison() && (m.model() || found == null || !found.model())) {
                found = m.model() || found == null ? m : found;
            }
        }
        return found;
    }

    private static @Nullable String baseline(View view, int from) {
        return baseline(view, from, -1);
    }

    /** The baseline after "than", "of" or "compared to"; for "undercuts X by", the name right after the verb. */
    private static @Nullable String baseline(View view, int from, int verbEnd) {
        if (verbEnd >= 0) {
            for (Mention m : view.names()) {
                if (m.start() >= verbEnd && m.start() - verbEnd < 3) {
                    return m.name();
                }
            }
        }
        String rest = view.text().substring(from);
        Matcher than = THAN.matcher(rest);
        if (!than.find()) {
            return null;
        }
        int at = from + than.end();
        for (Mention m : view.names()) {
            if (m.start() >= at && m.start() - at < 30) {
                return m.name();
            }
        }
        Matcher tokens = Pattern.compile("(?i)^(?:the\\s)?(input|output|cached) tokens\\b")
                .matcher(view.text().substring(at));
        return tokens.find() ? tokens.group(1).toLowerCase() + " tokens" : null;
    }
}
