package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Figures given as lists, where each name carries its own amount:
 * <ul>
 *   <li>"the top deals — Cursor ($2.3B), Applied Digital ($787.5M), Clio ($500M)": each name before
 *       a parenthesised amount gets it, with the type the sentence's cue words give;</li>
 *   <li>a label line under a heading ("OpenAI's revenue path:" then "2024: $6 billion", "2026
 *       target: $30 billion"): each line is a figure of the heading's type and company, for the
 *       period its label names.</li>
 * </ul>
 */
final class ListRule implements Rule {
    private static final Pattern NAMED_AMOUNT =
            Pattern.compile("((?:\\p{Lu}|\\p{Ll}-\\p{Lu})[\\p{L}\\p{N}&.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3})"
                    + "\\s\\((?:~|about\\s|around\\s)?(\\$[^)]{1,20})\\)");
    private static final Pattern LABEL_LINE =
            Pattern.compile("^((?:(?:Q[1-4]|H[12]|FY)\\s?)?(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s)?"
                    + "(?:19|20)\\d{2}(?:\\s[\\p{L}]+){0,2}):\\s(?:~|about\\s)?\\$");
    /** An item of a ranking of rounds: "1. Zephyra, $6B, artificial intelligence:", "(tied) Quillon, $1B, fintech:". */
    private static final Pattern RANKED_ITEM = Pattern.compile("^(?:\\d{1,2}[.)]\\s)?(?:\\(tied?\\)\\s)?"
            + "((?:\\p{Lu}|\\p{Ll}\\p{Lu})[\\p{L}\\p{N}&.'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3}),\\s"
            + "((?:US)?\\$\\d[\\d.,]*\\s?(?:[BMK]|bn|billion|million)?),\\s\\p{L}[^:$]{0,50}:");
    /** "Llama 3.1 405B: ~$170M est.", "Grok 4 median: $490M": a model's label and an amount right after its colon. */
    private static final Pattern MODEL_ITEM =
            Pattern.compile("^([^:$]{2,40}):\\s(?:~|about\\s|around\\s|roughly\\s|an estimated\\s)?(?:US)?\\$\\d");
    /** "Alphabet (Google): ...": a short label and a colon opening a list item. */
    private static final Pattern COMPANY_ITEM = Pattern.compile("^([\\p{Lu}][^:$]{0,40}):\\s");

    private static final int HEADING_REACH = 6;
    private static final int OPENING = 4;

    @Override
    public String name() {
        return "money.list";
    }

    @Override
    public int stage() {
        return PRICES;
    }

    @Override
    public int priority() {
        return 35;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        List<Finding> out = new ArrayList<>();
        View view = doc.view(i);
        String s = view.text();
        if (s.indexOf('$') < 0) {
            return out;
        }
        Matcher ranked = RANKED_ITEM.matcher(s);
        if (ranked.lookingAt() && fundingDocument(doc)) {
            List<Money> money = MoneyParser.find(ranked.group(2));
            String name = trimmed(doc.lexicon(), ranked.group(1));
            if (money.size() == 1 && name != null) {
                Lexicon.Company company = doc.lexicon().company(name);
                out.add(Finding.money(
                        MarketEventType.FUNDING,
                        view,
                        this,
                        company != null ? Names.asWritten(company.name(), name) : name,
                        null,
                        money.getFirst()));
                doc.markRead(i, ranked.start(2), ranked.end(2));
            }
            return out;
        }
        Matcher modelItem = MODEL_ITEM.matcher(s);
        if (modelItem.lookingAt() && aboutTraining(doc)) {
            List<Mention> models = view.subjectModels().stream()
                    .filter(m -> m.versioned() && m.end() <= modelItem.end(1))
                    .toList();
            List<Money> money = MoneyParser.find(s.substring(modelItem.end(1)));
            if (models.size() == 1 && !money.isEmpty()) {
                Money first = money.getFirst();
                int offset = modelItem.end(1);
                Money at = new Money(first.start() + offset, first.end() + offset, first.usd(), first.usdHigh());
                out.add(Finding.money(
                        MarketEventType.TRAINING_COST,
                        view,
                        this,
                        models.getFirst().org(),
                        models.getFirst().name(),
                        at));
                doc.markRead(i, at.start(), at.end());
                return out;
            }
        }
        Matcher item = COMPANY_ITEM.matcher(s);
        if (item.lookingAt() && companyItem(doc, i, item.group(1), item.end(), out)) {
            return out;
        }
        Matcher label = LABEL_LINE.matcher(s);
        if (label.lookingAt()) {
            labelled(doc, i, label.group(1), out);
            return out;
        }
        Matcher m = NAMED_AMOUNT.matcher(s);
        int count = 0;
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            String name = trimmed(doc.lexicon(), m.group(1));
            if (name != null) {
                spans.add(new int[] {m.start(2) - 1, m.end(2) + 1});
                names.add(name);
                count++;
            }
        }
        if (count < 2) {
            return out;
        }
        MarketEventType type = sentenceType(doc.lexicon(), s);
        for (int j = i - 1; type == null && j >= Math.max(0, i - 4); j--) {
            type = sentenceType(doc.lexicon(), doc.view(j).text());
        }
        for (int j = 0; type == null && j < Math.min(3, doc.views().size()); j++) {
            type = sentenceType(doc.lexicon(), doc.view(j).text());
        }
        if (type == null) {
            return out;
        }
        for (int k = 0; k < spans.size(); k++) {
            int[] span = spans.get(k);
            List<Money> money = MoneyParser.find(s.substring(span[0], span[1]));
            if (money.isEmpty() || doc.alreadyRead(i, span[0], span[1])) {
                continue;
            }
            doc.markRead(i, span[0], span[1]);
            Lexicon.Company company = doc.lexicon().company(names.get(k));
            out.add(Finding.money(
                    type,
                    view,
                    this,
                    company != null ? Names.asWritten(company.name(), names.get(k)) : names.get(k),
                    null,
                    money.getFirst()));
        }
        return out;
    }

    private void labelled(DocContext doc, int i, String label, List<Finding> out) {
        View view = doc.view(i);
        for (int j = i - 1; j >= Math.max(0, i - HEADING_REACH); j--) {
            String heading = doc.view(j).text();
            if (LABEL_LINE.matcher(heading).lookingAt()) {
                continue;
            }
            MarketEventType type = sentenceType(doc.lexicon(), heading);
            if (type == null) {
                return;
            }
            List<Mention> orgs = doc.view(j).orgs();
            String org = orgs.isEmpty() ? doc.focus() : orgs.getFirst().name();
            List<Money> money = MoneyParser.find(view.text());
            if (org == null || money.size() != 1) {
                return;
            }
            doc.markRead(i, 0, view.text().length());
            Finding f = Finding.money(type, view, this, org, null, money.getFirst());
            String period = Periods.of(label, view.reportedOn());
            out.add(type == MarketEventType.REVENUE || type == MarketEventType.CAPEX ? f.withPeriod(period) : f);
            return;
        }
    }

    /**
     * An item of a list that names its company in a label ("Meta: Raised its capex guidance to $70
     * billion.", "Alphabet (Google): Planning an investment range of $180 billion to $190 billion.")
     * under a line that says what the list is about ("The scale of investment in data centers is
     * historic:"): each amount is a figure of the heading's type for the label's company, unless the
     * item's own words name another type. Returns whether the item was read.
     */
    private boolean companyItem(DocContext doc, int i, String label, int bodyStart, List<Finding> out) {
        View view = doc.view(i);
        List<Mention> named =
                view.orgs().stream().filter(m -> m.end() <= label.length()).toList();
        if (named.isEmpty() || label.split("\\s+").length > 5) {
            return false;
        }
        MarketEventType heading = null;
        for (int j = i - 1; j >= Math.max(0, i - HEADING_REACH) && heading == null; j--) {
            String above = doc.view(j).text();
            if (COMPANY_ITEM.matcher(above).lookingAt()) {
                continue;
            }
            heading = above.strip().endsWith(":") ? sentenceType(doc.lexicon(), above) : null;
            if (heading == null) {
                return false;
            }
        }
        if (heading == null) {
            return false;
        }
        String body = view.text().substring(bodyStart);
        MarketEventType own = sentenceType(doc.lexicon(), body);
        if (own != null && own != heading && !(own == MarketEventType.FUNDING && heading == MarketEventType.CAPEX)) {
            return false;
        }
        List<Money> amounts = MoneyParser.find(view.text());
        if (amounts.isEmpty()) {
            return false;
        }
        for (Money money : amounts) {
            if (money.start() < bodyStart || doc.alreadyRead(i, money.start(), money.end())) {
                continue;
            }
            Finding f = Finding.money(heading, view, this, label.strip(), null, money);
            out.add(
                    heading == MarketEventType.REVENUE || heading == MarketEventType.CAPEX
                            ? f.withPeriod(Periods.near(view.text(), money.start(), money.end(), view.reportedOn()))
                            : f);
            doc.markRead(i, money.start(), money.end());
        }
        return true;
    }

    /** Whether the document's title or opening speaks of training costs. */
    private static boolean aboutTraining(DocContext doc) {
        for (int j = 0; j < Math.min(OPENING, doc.views().size()); j++) {
            if (doc.lexicon()
                    .cue(MarketEventType.TRAINING_COST.name())
                    .matcher(doc.view(j).text())
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document's opening speaks of funding rounds (a ranking of the week's or month's rounds). */
    private static boolean fundingDocument(DocContext doc) {
        for (int j = 0; j < Math.min(OPENING, doc.views().size()); j++) {
            if (doc.lexicon()
                    .cue(MarketEventType.FUNDING.name())
                    .matcher(doc.view(j).text())
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** The type the sentence's cue words name; null when none or several compete equally. */
    private static @Nullable MarketEventType sentenceType(Lexicon lexicon, String s) {
        for (MarketEventType type : List.of(
                MarketEventType.REVENUE,
                MarketEventType.CAPEX,
                MarketEventType.VALUATION,
                MarketEventType.FUNDING,
                MarketEventType.TRAINING_COST)) {
            if (lexicon.cue(type.name()).matcher(s).find()) {
                return type;
            }
        }
        return null;
    }

    private static @Nullable String trimmed(Lexicon lexicon, String words) {
        String[] parts = words.split("\\s");
        int first = 0;
        while (first < parts.length && lexicon.notName(parts[first])) {
            first++;
        }
        if (first == parts.length) {
            return null;
        }
        String name = String.join(" ", Arrays.copyOfRange(parts, first, parts.length));
        return name.toLowerCase(Locale.ROOT).equals(name) ? null : name;
    }
}
