package org.frontierledger.ingestion.internal.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gives money in a sentence: a company "led by", "from" or "including" a list, one that
 * "invested", "took a stake" or whose "participation" is named, or a listed investor that does not
 * itself raise. The cue words are the lexicon's {@code investor-before} and {@code investor-verb}.
 */
final class Roles {
    /** A list of names before a cue: "X", "X and Y", "the X, Y and Z". */
    private static final Pattern LIST_GAP =
            Pattern.compile("(?s)\\s*(?:(?:[\\p{L}\\p{N}&.'’-]+\\s?){0,6}(?:,|and)\\s)*(?:the\\s)?");
    /**
     * A description before an investor's name: "led by venture capital firm Accel", "from China's
     * e-commerce giant Alibaba", "from its existing investor X" (lower-case words, no preposition).
     */
    private static final Pattern DESCRIBED = Pattern.compile("(?s)\\s*(?:(?:the|its|their|an?)\\s)?"
            + "(?:\\p{Lu}[\\p{L}\\p{N}&.-]*['’]s\\s)?(?:(?!(?:to|in|into|at|for|by|with|on|of|and|or|but|which|that|who|its|their)\\s)"
            + "\\p{Ll}[\\p{L}-]*\\s){1,4}");

    /** What may stand between a name and its investor verb: a possessive, an apposition, co-investors, an auxiliary. */
    private static final Pattern VERB_GAP = Pattern.compile("(?s)(?:['’]s)?"
            + "(?:\\s*(?:,|and|&)\\s*(?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*)(?:\\s\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,3})*"
            + "\\s*(?:,[^,]{0,60},\\s*|,\\s*(?:which|who|that)\\s)?(?:has\\s|have\\s|had\\s"
            + "|also\\s|reportedly\\s|is\\s|are\\s|was\\s|were\\s|will\\s)?(?:also\\s|reportedly\\s|jointly\\s)?");

    private static final Pattern RAISES_AFTER = Pattern.compile("(?is)^\\s*(?:has\\s|is\\s)?(?:rais|secur|clos).*");

    /**
     * "former OpenAI chief scientist", "ex-Google", "behind OpenAI", "a rival to OpenAI": a person's
     * past employer or a yardstick, not a party to the sentence.
     */
    private static final Pattern FORMER =
            Pattern.compile("(?i)(?:\\bformer(?:ly)?(?:\\s(?:of|at|with))?|\\bex-|\\bpreviously(?:\\s(?:of|at|with))?"
                    + "|\\b(?:behind|than)(?:\\s(?:only|just|its|their|the|rival|competitor|leader)){0,2}|\\b(?:rivals?|competitors?|challengers?|alternatives?)\\s(?:to|of)"
                    + "|\\bversus|\\bvs\\.?)\\s?$");

    /** "... in Anthropic": the company money goes into. */
    private static final Pattern INVESTED_IN = Pattern.compile("(?i)\\b(?:in|into)\\s(?:the\\s)?$");

    private Roles() {}

    /** Whether the company is named as someone's past employer ("former OpenAI researcher"). */
    static boolean former(String s, Mention m) {
        return FORMER.matcher(s.substring(Math.max(0, m.start() - 36), m.start()))
                .find();
    }

    /** Whether the company named by {@code m} gives money in sentence {@code s}. */
    static boolean investor(Lexicon lexicon, String s, Mention m) {
        String before = s.substring(Math.max(0, m.start() - 40), m.start());
        Matcher b = lexicon.cue("investor-before").matcher(before);
        while (b.find()) {
            String gap = before.substring(b.end());
            if (gap.isBlank()
                    || LIST_GAP.matcher(gap).matches()
                    || DESCRIBED.matcher(gap).matches()) {
                return true;
            }
        }
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 60));
        boolean investedIn = INVESTED_IN.matcher(before).find();
        Matcher verb = lexicon.cue("investor-verb").matcher(after);
        while (verb.find()) {
            String gap = after.substring(0, verb.start());
            if (VERB_GAP.matcher(gap).matches() && !(investedIn && gap.contains(" and "))) {
                return true;
            }
        }
        return m.investor() && !RAISES_AFTER.matcher(after).matches();
    }
}
