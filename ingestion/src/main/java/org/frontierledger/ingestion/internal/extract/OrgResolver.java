package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which companies an amount belongs to: the company (or coordinated list "A, B, and C") just
 * before it, else one just after it; "each" gives every listed company the amount; "from $X to
 * $Y" gives $Y the company of $X; "Its ..." refers to the previous sentence's first company; a
 * quoted name ('TerraFab') stands in when no known company is named.
 */
final class OrgResolver {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("^(?:,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+|\\s*/\\s*)$");
    private static final Pattern EACH = Pattern.compile("(?i)\\beach\\b");
    private static final Pattern CONTINUES = Pattern.compile("^\\s*(?:to|and|,|then)\\s*$");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:Its|Their|The company['’]s|The firm['’]s"
            + "|The company|The firm|It)\\b");
    private static final Pattern QUOTED_NAME = Pattern.compile("['‘“\"]([A-Z][\\p{L}\\p{N}-]+(?: [A-Z][\\p{L}\\p{N}-]+){0,2})['’”\"]");
    /** Words that point back at the sentence's subject: "valuing the company at", "its segment". */
    private static final Pattern ANAPHORA = Pattern.compile("(?i)\\b(?:the (?:company|startup|firm|lab|business"
            + "|group)|its|their|it)\\b");
    /**
     * Between two amounts, words that keep the first one's subject: a pronoun, a coordinated verb
     * ("... last year and budgeted $38 billion"), or the valuation of a round ("at a valuation of").
     */
    private static final Pattern SAME_SUBJECT = Pattern.compile("(?i)\\b(?:the (?:company|startup|firm|lab|business"
            + "|group)|its|their|it|and|at an? (?:[\\w-]+ ){0,3}valuation|valu(?:ed|ing))\\b");
    /** ", the joint venture of ": an apposition naming other companies, between a company and its verb. */
    private static final Pattern APPOSITIVE_OPEN = Pattern.compile("^,\\s+(?:the|a|an)\\s[^,;]*$");
    private static final int AFTER_REACH = 40;
    private static final int ANAPHORA_REACH = 80;
    private static final int EACH_REACH = 12;
    private static final int INHERIT_REACH = 40;

    private OrgResolver() {}

    /** The companies (one entry per event) that amount {@code k} of the sentence belongs to. */
    static List<String> resolve(List<View> views, int i, List<Money> amounts, int k) {
        View view = views.get(i);
        String text = view.text();
        Money money = amounts.get(k);
        List<Mention> parties = view.parties();
        int lo = k > 0 ? amounts.get(k - 1).end() : 0;
        int hi = k + 1 < amounts.size() ? amounts.get(k + 1).start() : text.length();
        List<Mention> group = group(text, parties, lo, money, hi);
        if (group.isEmpty() && k > 0 && continues(text.substring(lo, money.start()))) {
            return resolve(views, i, amounts, k - 1);
        }
        if (!group.isEmpty() && refersBack(text, parties, group, money)) {
            return List.of(parties.getFirst().org() != null ? parties.getFirst().org() : parties.getFirst().name());
        }
        if (group.isEmpty()) {
            return fallback(views, i);
        }
        if (group.size() > 1 && !eachNear(text, group.getLast().end(), money)) {
            return List.of(text.substring(group.getFirst().start(), group.getLast().end()));
        }
        return group.stream().map(m -> m.org() != null ? m.org() : m.name()).distinct().toList();
    }

    /** The first company a sentence names, or its first model's developer, else null. */
    static @Nullable String firstParty(View view) {
        List<Mention> parties = view.parties();
        return parties.isEmpty() ? null : parties.getFirst().org();
    }

    private static List<Mention> group(String text, List<Mention> parties, int lo, Money money, int hi) {
        List<Mention> before = parties.stream().filter(m -> m.start() >= lo && m.end() <= money.start()).toList();
        if (!before.isEmpty()) {
            List<Mention> group = extend(text, parties, parties.indexOf(before.getLast()), -1);
            int head = parties.indexOf(group.getFirst()) - 1;
            if (head >= 0 && APPOSITIVE_OPEN.matcher(text.substring(parties.get(head).end(), group.getFirst().start()))
                    .matches() && text.substring(group.getLast().end(), money.start()).startsWith(",")) {
                return List.of(parties.get(head));
            }
            return group;
        }
        List<Mention> after = parties.stream()
                .filter(m -> m.start() >= money.end() && m.end() <= hi && m.start() - money.end() <= AFTER_REACH)
                .toList();
        return after.isEmpty() ? List.of() : extend(text, parties, parties.indexOf(after.getFirst()), 1);
    }

    private static List<Mention> extend(String text, List<Mention> parties, int from, int step) {
        List<Mention> group = new ArrayList<>(List.of(parties.get(from)));
        for (int j = from + step; j >= 0 && j < parties.size(); j += step) {
            Mention near = step < 0 ? parties.get(j) : group.getLast();
            Mention far = step < 0 ? group.getFirst() : parties.get(j);
            if (near.end() > far.start() || !LIST_SEPARATOR.matcher(text.substring(near.end(), far.start())).matches()) {
                break;
            }
            group.add(step < 0 ? 0 : group.size(), parties.get(j));
        }
        return group;
    }

    private static boolean continues(String between) {
        return CONTINUES.matcher(between).matches() || between.length() <= INHERIT_REACH && !between.contains(";")
                || between.length() <= ANAPHORA_REACH && !between.contains(";") && SAME_SUBJECT.matcher(between).find();
    }

    /** "OpenAI closed a round led by SoftBank, valuing the company at $300 billion": the company is OpenAI. */
    private static boolean refersBack(String text, List<Mention> parties, List<Mention> group, Money money) {
        Mention first = parties.getFirst();
        return group.getFirst().start() > first.start()
                && ANAPHORA.matcher(text.substring(group.getLast().end(), money.start())).find()
                && !java.util.Objects.equals(first.org(), group.getLast().org());
    }

    private static boolean eachNear(String text, int groupEnd, Money money) {
        Matcher m = EACH.matcher(text).region(Math.min(groupEnd, money.start()),
                Math.min(text.length(), money.end() + EACH_REACH));
        return m.find();
    }

    private static List<String> fallback(List<View> views, int i) {
        View view = views.get(i);
        if (PRONOUN_START.matcher(view.text()).lookingAt() && i > 0) {
            String previous = firstParty(views.get(i - 1));
            if (previous != null) {
                return List.of(previous);
            }
        }
        Matcher quoted = QUOTED_NAME.matcher(view.text());
        return quoted.find() ? List.of(quoted.group(1)) : List.of();
    }
}
