package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.ingestion.internal.extract.TokenPrices.Kind;
import org.frontierledger.ingestion.internal.extract.TokenPrices.TokenPrice;
import org.jspecify.annotations.Nullable;

/**
 * Token prices in prose, bullets and flattened tables: each price belongs to the model named
 * nearest before it in the sentence, else the model the previous lines were about ("Claude Opus 4.5
 * caching:" above "- Cache write: $6.25/M tokens"), else the sentence's company. A model's input and
 * output prices in one sentence are one event; cached-input and cache-write prices are events of
 * their own, named with the qualifier ("GPT-5 (cached input)").
 */
final class PriceRule implements Rule {
    /** What may stand between a model and its price: "GPT-4o ($2.50", "Haiku at $0.25", "o1: $15", "o3 costs $2". */
    private static final Pattern SAME_PRICE = Pattern.compile(
            "(?i)\\b(?:(?:is|are|costs?) the same (?:price|as)|same price as"
                    + "|same pricing as|matches the pricing of|match(?:es)? the price of|priced (?:the same|identically) (?:as|to))\\b");
    /** "... and $2.19 per million output tokens for R1": the model the sentence's prices are for. */
    private static final Pattern FOR_MODEL = Pattern.compile("(?i)\\bfor\\s(?:the\\s|its\\s)?$");

    private static final Pattern ATTACHED = Pattern.compile("(?i)\\s?(?:\\(|:|—|–|-|,)?\\s?(?:is\\s|costs?\\s|runs\\s"
            + "|priced\\s|charges\\s)?(?:at\\s|from\\s)?(?:us)?\\s?");
    /** An item of a list ("GPT-4o: $2.50 input / $10 output", bullets already taken off): a short label and a colon. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•·▪]\\s|\\d{1,2}[.)]\\s)?[^:!?$]{1,60}:\\s");

    @Override
    public String name() {
        return "price.per-token";
    }

    @Override
    public int stage() {
        return PRICES;
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        View view = doc.view(i);
        List<Finding> out = new ArrayList<>();
        List<TokenPrice> prices = TokenPrices.find(view.text(), listUnit(doc, i), doc.speaksOfTokens());
        if (prices.isEmpty() || view.tableRow()) {
            return out;
        }
        String currentName = null;
        String currentOrg = null;
        BigDecimal input = null;
        BigDecimal output = null;
        for (TokenPrice p : prices) {
            if (doc.alreadyRead(i, p.start(), p.end())) {
                continue;
            }
            doc.markRead(i, p.start(), p.end());
            Subject subject = subject(doc, i, p);
            if (subject == null) {
                continue;
            }
            boolean sameSubject = subject.name().equals(currentName);
            if (!sameSubject
                    || p.kind() == Kind.INPUT && input != null
                    || p.kind() == Kind.OUTPUT && output != null
                    || p.kind() == Kind.ANY && (input != null || output != null)) {
                flush(out, view, currentOrg, currentName, input, output);
                input = null;
                output = null;
            }
            currentName = subject.name();
            currentOrg = subject.org();
            switch (p.kind()) {
                case INPUT -> input = p.perMTok();
                case OUTPUT -> output = p.perMTok();
                case ANY -> {
                    input = p.perMTok();
                    output = p.perMTok();
                }
                case CACHED_INPUT ->
                    out.add(Finding.price(
                            view, this, subject.org(), qualified(subject, "cached input"), p.perMTok(), null));
                case CACHE_WRITE ->
                    out.add(Finding.price(
                            view, this, subject.org(), qualified(subject, "cache write"), p.perMTok(), null));
            }
        }
        flush(out, view, currentOrg, currentName, input, output);
        return samePriceAs(view, forEachCoordinatedModel(view, prices.getFirst().start(), out));
    }

    /** The unit a heading states for the list item at i and the items between them; null when it is no list item. */
    private static @Nullable BigDecimal listUnit(DocContext doc, int i) {
        if (!LIST_ITEM.matcher(doc.view(i).text()).lookingAt()) {
            return null;
        }
        for (int j = i - 1; j >= Math.max(0, i - 12); j--) {
            String text = doc.view(j).text();
            if (!LIST_ITEM.matcher(text).lookingAt()) {
                return TokenPrices.headingScale(text);
            }
        }
        return null;
    }

    /** "Sonnet 4 is the same price as Sonnet 3.7 ($3/million input, ...)": the prices are both models'. */
    private List<Finding> samePriceAs(View view, List<Finding> found) {
        Matcher same = SAME_PRICE.matcher(view.text());
        if (found.isEmpty() || !same.find()) {
            return found;
        }
        List<Mention> models =
                view.names().stream().filter(m -> m.model() && m.versioned()).toList();
        Mention before = models.stream()
                .filter(m -> m.end() <= same.start())
                .reduce((a, b) -> b)
                .orElse(null);
        Mention after =
                models.stream().filter(m -> m.start() >= same.end()).findFirst().orElse(null);
        if (before == null || after == null) {
            return found;
        }
        List<Finding> out = new ArrayList<>(found);
        for (Finding f : found) {
            String other = before.name().equals(f.model())
                    ? after.name()
                    : after.name().equals(f.model()) ? before.name() : null;
            if (other != null && out.stream().noneMatch(o -> other.equals(o.model()))) {
                out.add(Finding.price(view, this, f.org(), other, f.inputPerMTok(), f.outputPerMTok()));
            }
        }
        return out;
    }

    /** "o1 and o1-preview each cost $15 ...": a price stated once for coordinated models is each one's. */
    private List<Finding> forEachCoordinatedModel(View view, int firstPrice, List<Finding> found) {
        List<Mention> before = view.subjectModels().stream()
                .filter(m -> m.versioned() && m.end() <= firstPrice)
                .toList();
        if (before.size() < 2 || found.isEmpty()) {
            return found;
        }
        List<Mention> group = new ArrayList<>(List.of(before.getLast()));
        for (int j = before.size() - 2; j >= 0; j--) {
            String between =
                    view.text().substring(before.get(j).end(), group.getFirst().start());
            if (!between.matches("\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+|\\s*/\\s*)")) {
                break;
            }
            group.addFirst(before.get(j));
        }
        if (group.size() < 2) {
            return found;
        }
        String last = group.getLast().name();
        List<Finding> out = new ArrayList<>(found);
        for (Finding f : found) {
            if (f.model() == null || !f.model().startsWith(last)) {
                continue;
            }
            for (Mention other : group.subList(0, group.size() - 1)) {
                out.add(Finding.price(
                        view,
                        this,
                        other.org(),
                        other.name() + f.model().substring(last.length()),
                        f.inputPerMTok(),
                        f.outputPerMTok()));
            }
        }
        return out;
    }

    private void flush(
            List<Finding> out,
            View view,
            @Nullable String org,
            @Nullable String name,
            @Nullable BigDecimal input,
            @Nullable BigDecimal output) {
        if (name != null && (input != null || output != null)) {
            boolean modelNamed = !name.equals(org);
            out.add(Finding.price(view, this, org, modelNamed ? name : null, input, output));
        }
    }

    private static String qualified(Subject subject, String qualifier) {
        return subject.name() + " (" + qualifier + ")";
    }

    /** What a price is for: a model (and its developer), or only a company. */
    record Subject(String name, @Nullable String org) {}

    static @Nullable Subject subject(DocContext doc, int i, TokenPrice p) {
        View view = doc.view(i);
        for (Mention m : view.names()) {
            if (m.model()
                    && m.end() <= p.start()
                    && ATTACHED.matcher(view.text().substring(m.end(), p.start()))
                            .matches()) {
                return new Subject(m.name(), m.org());
            }
        }
        Mention before = null;
        for (Mention m : view.subjectModels()) {
            if (m.end() <= p.start() && m.versioned()) {
                before = m;
            }
        }
        if (before != null) {
            return new Subject(before.name(), before.org());
        }
        for (Mention m : view.subjectModels()) {
            boolean named = m.start() >= p.end()
                    && m.versioned()
                    && (m.start() - p.end() < 40
                            || FOR_MODEL
                                    .matcher(view.text().substring(p.end(), m.start()))
                                    .find());
            if (named) {
                return new Subject(m.name(), m.org());
            }
        }
        Mention recent = view.text().strip().endsWith(":") ? null : doc.recentModel(i);
        if (recent != null) {
            return new Subject(recent.name(), recent.org());
        }
        List<Mention> orgs = view.orgs();
        if (!orgs.isEmpty()) {
            return new Subject(orgs.getFirst().name(), orgs.getFirst().name());
        }
        return null;
    }
}
