package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Dollar amounts that report funding, valuations, revenue, capex, training costs or compute
 * commitments. An amount takes the type of the nearest cue phrase (counted in words, within its
 * clause); amounts next to non-market words (losses, salaries, per employee, a hedge fund) are
 * skipped. The company is chosen by role: for funding, the company that raised (not the investors
 * "led by", "from" or "X invested"), for the rest the company named nearest before the amount,
 * else just after it, else the company the text is about ("the company", "it"). A figure "each" for
 * several companies is one event per company; a figure they share ("combined") is one event
 * naming them all.
 */
final class MoneyRule implements Rule {
    private static final Pattern PER_UNIT =
            Pattern.compile("(?i)^\\s?(?:per|/|a|an|for every)\\s(?!year|annum|quarter)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$][\\p{L}\\p{N}$.,'’-]*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i);|\\s[—–]\\s|(?<!\\b(?:inc|corp|co|ltd|jr|sr|st|mr|mrs|ms|dr|vs|no|u\\.s|u\\.k|\\p{L}))\\.\\s|,\\s(?:while|whereas|but|although"
                    + "|though|and while)\\s|\\swhile\\s");
    private static final Pattern INVEST_IN = Pattern.compile("(?i)^[^.;]{0,60}?\\b(?:(?:in|into|to|for)\\s(?:the\\s)?"
            + "|(?:in|into)\\s(?:the\\s|an?\\s)?(?:[\\p{Ll}-]+\\s|AI\\s){1,3})$");
    /** "a valuation of $157 billion", "revenue at $4 billion": a cue that names the amount right after it. */
    private static final Pattern NAMES_AMOUNT = Pattern.compile(
            "(?i)^\\s?(?:of|to|:|was|is|were|hit|reached|totall?ing|stood at)"
                    + "\\s(?:about|around|roughly|nearly|almost|over|more than|up to|some|approximately|an estimated|a|an)?\\s?$");

    private static final Pattern COMPUTE_WORDS =
            Pattern.compile("(?i)\\b(?:compute|computing|cloud|gpus?|chips|capacity"
                    + "|data ?cent(?:er|re)s?|servers|azure|aws|infrastructure|gigawatts?|power|tpus?|capacity)\\b");
    private static final Pattern TRAIN_SUBJECT = Pattern.compile("(?i)\\btrain");
    private static final Pattern VALUATION_BASIS_FORECAST = Pattern.compile(
            "(?i)\\b(?:could|would|might|may|will" + "|forecast|predicts?|expects?|potentially|projected)\\b");
    private static final Pattern DEAL = Pattern.compile("(?i)\\b(?:deals?|contracts?|agreements?|partnerships?|orders?"
            + "|commitments?|transactions?|purchases?)\\b");
    private static final Pattern VALUING_IT =
            Pattern.compile("(?i)\\bvalu(?:ing|ed|es)\\s(?:it|the (?:company|startup|firm|lab))\\b");
    private static final Pattern APPOSITION = Pattern.compile(",\\s(?:the|a|an|founded|based|backed|led|headquartered"
            + "|known|which|who|whose|once|formerly|previously)\\s[^,]{0,60}(?:,\\s[^,]{0,30}){0,8},");
    /** A plural subject that names no company: "AI startups raised $19 billion", "the deals totalled". */
    private static final Pattern GENERIC_SUBJECT = Pattern.compile("(?i)\\b(?:startups|companies|firms|labs|investors"
            + "|deals|rounds|transactions|hyperscalers|providers|players|unicorns|sector|industry|market|total|totals"
            + "|totaled|totalled|totaling|totalling|altogether|overall)\\b");
    /** "$X in revenue", "$X of funding": the words after an amount that say what it is. */
    private static final Pattern IN_WHAT = Pattern.compile("(?i)^\\s(?:in|of)\\s(?:[\\p{L}-]+\\s){0,2}$");

    private static final Pattern COUNTERPARTY = Pattern.compile("(?i)\\b(?:with|from|to|via|on)\\s(?:the\\s)?$");
    private static final Pattern WEAK_FUNDING = Pattern.compile("(?i)invest(?:s|ed|ing|ments?)?");
    private static final Pattern STRONG_CAPEX = Pattern.compile("(?i)cap(?:ital )?ex|capital (?:expenditure|spending)");
    private static final Pattern AT_A_VALUATION =
            Pattern.compile("(?i)^\\)?,?\\s(?:at|with)\\s(?:an?\\s)?(?:[\\p{L}-]+\\s)?$");
    private static final Pattern SUPPLIER_BEFORE = Pattern.compile("(?i)\\bfrom\\s$");
    private static final int MAX_DISTANCE = 12;
    /** An aside between two dashes is shorter than this. */
    private static final int ASIDE = 120;

    private final Map<MarketEventType, Pattern> cues = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "money.cue";
    }

    @Override
    public int stage() {
        return MONEY;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        View view = doc.view(i);
        String s = view.text();
        List<Finding> out = new ArrayList<>();
        if (s.endsWith("?") || view.tableRow()) {
            return out;
        }
        List<Money> amounts = MoneyParser.find(s);
        if (amounts.isEmpty()) {
            return out;
        }
        int[] wordAt = wordIndex(s);
        List<CueHit> hits = cueHits(doc.lexicon(), s);
        MarketEventType previousType = null;
        List<String> previousOrgs = List.of();
        for (int k = 0; k < amounts.size(); k++) {
            Money money = amounts.get(k);
            if (doc.alreadyRead(i, money.start(), money.end())
                    || PER_UNIT.matcher(s.substring(money.end())).lookingAt()) {
                continue;
            }
            boolean cloudNamed = view.orgs().stream()
                    .map(m -> doc.lexicon().company(m.name()))
                    .anyMatch(c -> c != null && c.kind().equals("cloud"));
            int clause = clauseStart(s, money.start());
            boolean modelSubject =
                    view.subjectModels().stream().anyMatch(m -> m.end() <= money.start() && m.start() >= clause);
            Typed typed = type(doc.lexicon(), s, hits, money, wordAt, cloudNamed, modelSubject);
            MarketEventType type = typed.type();
            if (type != null
                    && (2 * nonMarket(doc.lexicon(), s, money, wordAt) <= typed.distance()
                            || doc.lexicon()
                                    .cue("nonmarket-clause")
                                    .matcher(s.substring(clauseStart(s, money.start()), clauseEnd(s, money.end())))
                                    .find())) {
                continue;
            }
            if (type == null && previousType != null && k > 0 && continues(s, amounts.get(k - 1), money)) {
                type = previousType;
            }
            if (type == null) {
                continue;
            }
            List<String> orgs =
                    type == MarketEventType.TRAINING_COST ? List.of() : orgs(doc, i, type, money, amounts, k);
            if (type == MarketEventType.VALUATION
                    && previousType == MarketEventType.FUNDING
                    && k > 0
                    && !previousOrgs.isEmpty()
                    && (VALUING_IT
                                    .matcher(s.substring(amounts.get(k - 1).end(), money.start()))
                                    .find()
                            || noNewSubject(doc, view, amounts.get(k - 1), money))) {
                orgs = previousOrgs;
            }
            if (orgs.isEmpty() && k > 0 && type == previousType && continues(s, amounts.get(k - 1), money)) {
                orgs = previousOrgs;
            }
            previousType = type;
            previousOrgs = orgs;
            if (tooSmall(type, money)) {
                continue;
            }
            if (type == MarketEventType.TRAINING_COST) {
                Finding f = training(doc, i, money);
                if (f != null) {
                    out.add(f);
                }
                continue;
            }
            for (String org : orgs) {
                Finding f = details(Finding.money(type, view, this, org, null, money), s, money, view);
                out.add(type == MarketEventType.COMPUTE_COMMITMENT ? withParties(f, view, money) : f);
            }
        }
        return out;
    }

    private @Nullable Finding training(DocContext doc, int i, Money money) {
        View view = doc.view(i);
        Mention model = null;
        for (Mention m : view.subjectModels()) {
            if (model == null || m.start() < money.start()) {
                model = m;
            }
        }
        if (model != null) {
            return Finding.money(MarketEventType.TRAINING_COST, view, this, model.org(), model.name(), money);
        }
        String org = view.orgs().stream()
                .filter(o -> !o.investor())
                .map(Mention::name)
                .findFirst()
                .orElse(DocContext.pointsBack(view.text()) ? doc.recentSubject(i) : null);
        if (org == null
                && doc.recentModel(i) != null
                && TRAIN_SUBJECT.matcher(view.text()).find()) {
            Mention recent = doc.recentModel(i);
            return Finding.money(MarketEventType.TRAINING_COST, view, this, recent.org(), recent.name(), money);
        }
        return org == null ? null : Finding.money(MarketEventType.TRAINING_COST, view, this, org, null, money);
    }

    /** The type whose cue is nearest the amount, in words, within the amount's clause; null when none is near. */
    /** A cue phrase of a type found in a sentence. */
    private record CueHit(MarketEventType type, int start, int end, String text) {}

    /** The type a cue gave an amount, and how far (in half-words) that cue was. */
    private record Typed(@Nullable MarketEventType type, int distance) {}

    /** Every type cue of the sentence, found once for all its amounts. */
    private List<CueHit> cueHits(Lexicon lexicon, String s) {
        List<CueHit> hits = new ArrayList<>();
        for (MarketEventType type : MarketEventType.values()) {
            if (type == MarketEventType.PRICE
                    || type == MarketEventType.PRICE_RATIO
                    || type == MarketEventType.MODEL_RELEASE) {
                continue;
            }
            Matcher m = cues.computeIfAbsent(type, t -> lexicon.cue(t.name())).matcher(s);
            while (m.find()) {
                hits.add(new CueHit(type, m.start(), m.end(), m.group()));
            }
        }
        return hits;
    }

    /** The type whose cue is nearest the amount, in words, within the amount's clause; null when none is near. */
    private static Typed type(
            Lexicon lexicon,
            String s,
            List<CueHit> hits,
            Money money,
            int[] wordAt,
            boolean cloudNamed,
            boolean modelSubject) {
        int clauseStart = clauseStart(s, money.start());
        int clauseEnd = clauseEnd(s, money.end());
        MarketEventType best = null;
        int bestDistance = 2 * MAX_DISTANCE + 1;
        int bestLength = 0;
        String bestText = null;
        boolean computeWords = COMPUTE_WORDS.matcher(s).find() || cloudNamed;
        for (CueHit m : hits) {
            MarketEventType type = m.type();
            if (m.end() <= clauseStart || m.start() >= clauseEnd) {
                continue;
            }
            String cueText = m.text().toLowerCase(Locale.ROOT);
            if (type == MarketEventType.VALUATION
                    && (cueText.startsWith("worth")
                                    && DEAL.matcher(s.substring(clauseStart, clauseEnd))
                                            .find()
                            || cueText.startsWith("valued")
                                    && DEAL.matcher(s.substring(Math.max(0, m.start() - 30), m.start()))
                                            .find())) {
                continue;
            }
            if (type == MarketEventType.COMPUTE_COMMITMENT && !computeWords) {
                continue;
            }
            // "raised $30 billion at a pre-money valuation of $900 billion": the valuation after "at a"
            // belongs to the figure that follows it, not to the round before it.
            if (type == MarketEventType.VALUATION
                    && m.start() >= money.end()
                    && AT_A_VALUATION
                            .matcher(s.substring(money.end(), m.start()))
                            .matches()
                    && MoneyParser.find(s.substring(m.end(), Math.min(s.length(), m.end() + 40)))
                                    .size()
                            > 0) {
                continue;
            }
            int d = 2 * words(wordAt, m.start(), m.end(), money);
            if (m.start() >= money.end()
                            && IN_WHAT.matcher(s.substring(money.end(), m.start()))
                                    .matches()
                    || m.end() <= money.start()
                            && NAMES_AMOUNT
                                    .matcher(s.substring(m.end(), money.start()))
                                    .matches()) {
                d = -1;
            }
            if (type == MarketEventType.TRAINING_COST && d <= 12) {
                d = -2;
            }
            int length = m.end() - m.start();
            if (d < bestDistance || d == bestDistance && length > bestLength) {
                best = type;
                bestDistance = d;
                bestLength = length;
                bestText = m.text();
            }
        }
        // "investments of $64.5 billion" in a sentence about capital expenditure: a generic word of
        // investing yields to the capex cue of the same clause.
        if (best == MarketEventType.FUNDING
                && bestText != null
                && WEAK_FUNDING.matcher(bestText).matches()) {
            for (CueHit h : hits) {
                if (h.type() == MarketEventType.CAPEX
                        && h.start() >= clauseStart
                        && h.end() <= clauseEnd
                        && STRONG_CAPEX.matcher(h.text()).find()) {
                    best = MarketEventType.CAPEX;
                    break;
                }
            }
        }
        if (bestDistance > 4
                && modelSubject
                && lexicon.cue("model-cost")
                        .matcher(s.substring(clauseStart, money.start()))
                        .find()) {
            best = MarketEventType.TRAINING_COST;
            bestDistance = 0;
        }
        return new Typed(best, bestDistance);
    }

    /** The clause breaks of the sentence last asked about, per thread: every amount of a sentence asks again. */
    private static final ThreadLocal<Breaks> BREAKS = new ThreadLocal<>();

    /** Where a sentence's clause breaks start and end. */
    private record Breaks(String sentence, int[] starts, int[] ends, List<int[]> asides) {
        static Breaks of(String s) {
            Breaks cached = BREAKS.get();
            if (cached != null && cached.sentence() == s) {
                return cached;
            }
            List<int[]> found = new ArrayList<>();
            Matcher m = CLAUSE_BREAK.matcher(s);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
            // "its run-rate revenue — a snapshot of recent sales — had crossed $47 billion": an aside
            // between two dashes does not end the clause it interrupts.
            List<int[]> asides = new ArrayList<>();
            for (int k = 0; k + 1 < found.size(); k++) {
                if (dash(s, found.get(k))
                        && dash(s, found.get(k + 1))
                        && found.get(k + 1)[0] - found.get(k)[1] < ASIDE) {
                    asides.add(new int[] {found.get(k)[1], found.get(k + 1)[0]});
                    found.remove(k + 1);
                    found.remove(k);
                    k--;
                }
            }
            int[] starts = new int[found.size()];
            int[] ends = new int[found.size()];
            for (int k = 0; k < found.size(); k++) {
                starts[k] = found.get(k)[0];
                ends[k] = found.get(k)[1];
            }
            Breaks breaks = new Breaks(s, starts, ends, asides);
            BREAKS.set(breaks);
            return breaks;
        }
    }

    private static boolean dash(String s, int[] span) {
        char c = s.charAt(span[0] + 1);
        return span[1] - span[0] == 3 && (c == '—' || c == '–');
    }

    private static int clauseStart(String s, int at) {
        Breaks b = Breaks.of(s);
        int start = 0;
        for (int k = 0; k < b.ends().length && b.ends()[k] <= at; k++) {
            start = b.ends()[k];
        }
        return start;
    }

    private static int clauseEnd(String s, int at) {
        Breaks b = Breaks.of(s);
        for (int k = 0; k < b.starts().length; k++) {
            if (b.starts()[k] >= at) {
                return b.starts()[k];
            }
        }
        return s.length();
    }

    /** Words between a cue at [start, end) and an amount (0 when they touch or overlap). */
    private static int words(int[] wordAt, int start, int end, Money money) {
        if (end <= money.start()) {
            return Math.max(0, wordAt[money.start()] - wordAt[Math.max(0, end - 1)] - 1);
        }
        if (start >= money.end()) {
            return Math.max(0, wordAt[start] - wordAt[Math.max(0, money.end() - 1)] - 1);
        }
        return 0;
    }

    /** For each offset of the sentence, the index of the word it is in or after. */
    private static int[] wordIndex(String s) {
        int[] at = new int[s.length() + 1];
        Matcher m = WORD.matcher(s);
        int word = -1;
        int pos = 0;
        while (m.find()) {
            while (pos < m.start()) {
                at[pos++] = word;
            }
            word++;
            while (pos < m.end()) {
                at[pos++] = word;
            }
        }
        while (pos <= s.length()) {
            at[pos++] = word;
        }
        return at;
    }

    /** The distance in words of the nearest non-market cue in the amount's clause (large when none). */
    private static int nonMarket(Lexicon lexicon, String s, Money money, int[] wordAt) {
        Matcher m = lexicon.cue("nonmarket").matcher(s);
        int best = Integer.MAX_VALUE / 4;
        while (m.find()) {
            if (clauseStart(s, money.start()) <= m.start() && m.start() < clauseEnd(s, money.end())) {
                best = Math.min(best, words(wordAt, m.start(), m.end(), money));
            }
        }
        return best;
    }

    private static boolean continues(String s, Money previous, Money money) {
        String between = s.substring(previous.end(), money.start());
        return between.length() <= 40
                && !between.contains(";")
                && between.matches("(?is).*\\b(?:to|and|then|while|from|than)\\b.*");
    }

    /** The companies an amount of a type belongs to: one entry per event. */
    private List<String> orgs(DocContext doc, int i, MarketEventType type, Money money, List<Money> amounts, int k) {
        View view = doc.view(i);
        String s = view.text();
        Lexicon lexicon = doc.lexicon();
        List<Mention> parties = new ArrayList<>();
        for (Mention m : view.names()) {
            if (m.model() && (m.comparison() || m.org() == null)) {
                continue;
            }
            parties.add(m.model() ? Mention.company(m.start(), m.end(), m.org(), false, false) : m);
        }
        // "The company — hailed as a rival to OpenAI — is raising $1 billion": names inside an aside that
        // does not hold the amount are not its parties.
        for (int[] aside : Breaks.of(s).asides()) {
            if (money.start() < aside[0] || money.start() > aside[1]) {
                parties.removeIf(m -> m.start() >= aside[0] && m.end() <= aside[1]);
            }
        }
        Matcher apposition = APPOSITION.matcher(s);
        while (apposition.find()) {
            int from = apposition.start();
            int to = apposition.end();
            if (parties.stream().anyMatch(m -> m.end() == from) && to <= money.start()) {
                parties.removeIf(m -> m.start() > from && m.end() < to);
            }
        }
        if (type == MarketEventType.FUNDING) {
            for (Mention m : parties) {
                if (m.start() > money.end()
                        && m.start() - money.end() < 60
                        && !Roles.investor(lexicon, s, m)
                        && INVEST_IN
                                .matcher(s.substring(money.end(), m.start()))
                                .matches()) {
                    return List.of(m.name());
                }
            }
            List<Mention> raisers =
                    parties.stream().filter(m -> !Roles.investor(lexicon, s, m)).toList();
            Mention before = null;
            int clause = clauseStart(s, money.start());
            for (Mention m : raisers) {
                if (m.end() <= money.start() && m.start() >= clause) {
                    before = m;
                }
            }
            if (before == null && clause == 0) {
                for (Mention m : raisers) {
                    if (m.end() <= money.start()) {
                        before = before == null ? m : before;
                    }
                }
            }
            if (before != null) {
                return group(s, raisers, before, money);
            }
            if (GENERIC_SUBJECT
                    .matcher(s.substring(clauseStart(s, money.start()), money.start()))
                    .find()) {
                return List.of();
            }
            for (Mention m : raisers) {
                if (m.start() >= money.end() && m.start() - money.end() < 50) {
                    return List.of(m.name());
                }
            }
            if (GENERIC_SUBJECT
                    .matcher(s.substring(clauseStart(s, money.start()), clauseEnd(s, money.end())))
                    .find()) {
                return List.of();
            }
            String heading = doc.headingSubject(i);
            String recent = heading != null
                    ? heading
                    : DocContext.pointsBack(s.substring(0, money.start())) || doc.focus() == null
                            ? doc.recentSubject(i)
                            : doc.focus();
            return recent != null ? List.of(recent) : List.of();
        }
        List<Mention> candidates = parties.stream()
                .filter(m ->
                        !m.investor() || type == MarketEventType.CAPEX || type == MarketEventType.COMPUTE_COMMITMENT)
                .toList();
        if (type == MarketEventType.CAPEX) {
            // "IREN committed to acquiring GPUs from Dell, a transaction valued at $5.8 billion": the
            // supplier a company buys from is not the one spending.
            List<Mention> spenders = candidates.stream()
                    .filter(m -> !SUPPLIER_BEFORE
                            .matcher(s.substring(Math.max(0, m.start() - 6), m.start()))
                            .find())
                    .toList();
            candidates = spenders.isEmpty() ? candidates : spenders;
        }
        Mention before = null;
        for (Mention m : candidates) {
            if (m.end() <= money.start() && m.start() >= clauseStart(s, money.start())) {
                before = m;
            }
        }
        if (before == null) {
            for (Mention m : candidates) {
                if (m.end() <= money.start()) {
                    before = m;
                }
            }
        }
        if (type == MarketEventType.COMPUTE_COMMITMENT && before != null) {
            int clause = clauseStart(s, money.start());
            for (Mention m : candidates) {
                if (m.start() >= clause && m.end() <= money.start()) {
                    before = m;
                    break;
                }
            }
        }
        String between = before == null ? "" : s.substring(before.end(), money.start());
        if (before != null
                && DocContext.pointsBack(between)
                && !candidates.isEmpty()
                && !candidates.getFirst().equals(before)
                && type != MarketEventType.COMPUTE_COMMITMENT) {
            return List.of(candidates.getFirst().name());
        }
        if (before != null) {
            return group(s, candidates, before, money);
        }
        if (DocContext.pointsBack(s.substring(clauseStart(s, money.start()), money.start()))) {
            String recent = doc.recentSubject(i);
            if (recent != null) {
                return List.of(recent);
            }
        }
        for (Mention m : candidates) {
            if (m.start() >= money.end() && m.start() - money.end() < 40) {
                return List.of(m.name());
            }
        }
        if (GENERIC_SUBJECT.matcher(s.substring(0, money.start())).find()) {
            return List.of();
        }
        String heading = doc.headingSubject(i);
        String recent = heading != null
                ? heading
                : DocContext.pointsBack(s) || doc.focus() == null ? doc.recentSubject(i) : doc.focus();
        return recent != null && (DocContext.pointsBack(s) || candidates.isEmpty()) ? List.of(recent) : List.of();
    }

    /**
     * A compute deal names its parties: the buyer and the company it buys from ("OpenAI / Oracle"),
     * the one named after "with", "from" or "to" in the amount's sentence; the counterparty is kept
     * apart too.
     */
    private static Finding withParties(Finding f, View view, Money money) {
        String s = view.text();
        for (Mention m : view.orgs()) {
            String before = s.substring(Math.max(0, m.start() - 12), m.start());
            if (!m.name().equals(f.org())
                    && COUNTERPARTY.matcher(before).find()
                    && Math.abs(m.start() - money.end()) < 120) {
                String org = f.org() == null ? m.name() : f.org() + " / " + m.name();
                return new Finding(
                        f.type(),
                        f.view(),
                        f.rule(),
                        f.priority(),
                        org,
                        f.model(),
                        f.usd(),
                        f.usdHigh(),
                        f.period(),
                        m.name(),
                        f.ratio(),
                        f.subject(),
                        f.baseline(),
                        f.gpus(),
                        f.openWeights(),
                        f.inputPerMTok(),
                        f.outputPerMTok());
            }
        }
        return f;
    }

    /** Market figures are not a few dollars: under $100 nothing is one, under $10,000 only a training cost could be. */
    private static boolean tooSmall(MarketEventType type, Money money) {
        BigDecimal top = money.usdHigh() != null ? money.usdHigh() : money.usd();
        return top.compareTo(BigDecimal.valueOf(100)) < 0
                || type != MarketEventType.TRAINING_COST && top.compareTo(BigDecimal.valueOf(10_000)) < 0;
    }

    /** Whether no company that raises money is named between two amounts ("raised $2B at a $32B valuation"). */
    private static boolean noNewSubject(DocContext doc, View view, Money previous, Money money) {
        return view.orgs().stream()
                .noneMatch(m -> m.start() >= previous.end()
                        && m.end() <= money.start()
                        && !Roles.investor(doc.lexicon(), view.text(), m));
    }

    /** The coordinated companies around {@code head} ("A, B and C"): one event each with "each", else one for all. */
    private List<String> group(String s, List<Mention> candidates, Mention head, Money money) {
        List<Mention> group = new ArrayList<>(List.of(head));
        int at = candidates.indexOf(head);
        for (int j = at - 1; j >= 0; j--) {
            Mention previous = candidates.get(j);
            if (!s.substring(previous.end(), group.getFirst().start())
                    .matches("\\s*(?:,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+|\\s*/\\s*)")) {
                break;
            }
            group.addFirst(previous);
        }
        for (int j = at + 1; j < candidates.size(); j++) {
            Mention next = candidates.get(j);
            if (next.start() > money.start()
                    || !s.substring(group.getLast().end(), next.start())
                            .matches("\\s*(?:,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+|\\s*/\\s*)")) {
                break;
            }
            group.add(next);
        }
        if (group.size() == 1) {
            return List.of(head.name());
        }
        String window = s.substring(group.getFirst().start(), Math.min(s.length(), money.end() + 20))
                .toLowerCase(Locale.ROOT);
        boolean each = Pattern.compile("\\b(?:each|apiece|respectively|both|hover|hovers)\\b")
                .matcher(window)
                .find();
        if (each) {
            return group.stream().map(Mention::name).distinct().toList();
        }
        return List.of(s.substring(group.getFirst().start(), group.getLast().end()));
    }

    private static Finding details(Finding f, String s, Money money, View view) {
        String lower = s.toLowerCase(Locale.ROOT);
        return switch (f.type()) {
            case VALUATION -> f.withDetail(valuationBasis(lower));
            case REVENUE ->
                f.withPeriod(Periods.near(s, money.start(), money.end(), view.reportedOn()))
                        .withDetail(metric(lower));
            case CAPEX -> {
                var basis = CapexBases.of(s, money.start(), money.end());
                yield f.withPeriod(Periods.near(s, money.start(), money.end(), view.reportedOn()))
                        .withDetail(basis == null ? null : basis.wireName());
            }
            default -> f;
        };
    }

    private static @Nullable String valuationBasis(String lower) {
        if (lower.contains("post-money") || lower.contains("post money")) {
            return "post-money";
        }
        if (lower.contains("pre-money") || lower.contains("pre money")) {
            return "pre-money";
        }
        if (lower.contains("secondary") || lower.contains("tender") || lower.contains("share sale")) {
            return "secondary";
        }
        if (VALUATION_BASIS_FORECAST.matcher(lower).find()) {
            return "forecast";
        }
        if (lower.matches(
                "(?s).*\\b(?:market cap\\w*|market value|shares|stock|trad(?:e|es|ed|ing)|ipo|public)\\b.*")) {
            return "public";
        }
        return lower.matches("(?s).*\\b(?:round|rais\\w+|funding)\\b.*") ? "round" : null;
    }

    private static @Nullable String metric(String lower) {
        if (lower.matches("(?s).*\\barr\\b.*") || lower.contains("recurring revenue")) {
            return "ARR";
        }
        if (lower.matches("(?s).*\\brun[- ]?rate\\b.*")) {
            return "run-rate";
        }
        return lower.matches("(?s).*\\brevenues?\\b.*") ? "revenue" : lower.contains("sales") ? "sales" : null;
    }
}
