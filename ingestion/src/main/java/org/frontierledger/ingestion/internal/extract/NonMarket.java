package org.frontierledger.ingestion.internal.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are not about the AI market: government budgets, taxes, wages, scams and crime,
 * legal payouts, weight loss, poll and prediction-market odds.
 */
final class NonMarket {
    /** Words that make a whole sentence about odds or bets, not money spent or earned. */
    private static final Pattern SENTENCE = Pattern.compile("(?i)\\b(?:polymarket|kalshi|prediction markets?|odds"
            + "|betting|bookmakers?)\\b");
    /** Words that, close to an amount, make it a non-market number. */
    private static final Pattern NEAR = Pattern.compile("(?i)\\b(?:deficits?|surplus(?:es)?|national debt"
            + "|debt ceiling|tax(?:es|payers?| receipts| revenue)?|wages?|salar(?:y|ies)|scams?|fraud|stolen|steal"
            + "|drain(?:ed|s)?|bank accounts?|cybercrime|crime|criminals?|ransom|payouts?|paid out|settle(?:d|ment)"
            + "|lawsuits?|fines?|fined|penalt(?:y|ies)|weight|pounds|donat(?:ion|ions|ed)|charity|pensions?"
            + "|mortgages?|net worth|gdp|federal (?:budget|spending)|government spending|welfare|medicaid"
            + "|medicare|social security|tariffs?)\\b");
    private static final int WINDOW = 80;

    private NonMarket() {}

    /** Whether a sentence as a whole is about odds or bets. */
    static boolean sentence(String sentence) {
        return SENTENCE.matcher(sentence).find();
    }

    /** Whether a non-market word is within a few words of a span of the sentence. */
    static boolean near(String sentence, int start, int end) {
        Matcher m = NEAR.matcher(sentence).region(Math.max(0, start - WINDOW), Math.min(sentence.length(), end + WINDOW));
        return m.find();
    }
}
