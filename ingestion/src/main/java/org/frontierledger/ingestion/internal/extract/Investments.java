package org.frontierledger.ingestion.internal.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * "Microsoft invested $10 billion in OpenAI": money put into a named company is that company's
 * funding, whoever put it in. An amount after an investment verb with no company after it ("and
 * Nvidia will invest up to $10 billion") goes to the company of the investment before it in the
 * same sentence.
 */
final class Investments {
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\binvest(?:s|ed|ing|ment of)?\\s+(?:(?:up to|another"
            + "|a further|an additional|a fresh|about|around|roughly|nearly|almost|more than|over|as much as|a total of"
            + "|at least)\\s+)*$");
    private static final Pattern INTO_AFTER = Pattern.compile("(?i)^\\s*(?:more\\s+)?(?:in|into)\\s+$");
    private static final int INTO_REACH = 12;

    private Investments() {}

    /**
     * The company that receives amount {@code k} of a sentence, when the sentence says it was
     * invested in it; else null.
     */
    static @Nullable String investee(View view, List<Money> amounts, int k) {
        String text = view.text();
        Money money = amounts.get(k);
        if (!VERB_BEFORE.matcher(text.substring(Math.max(0, money.start() - 60), money.start())).find()) {
            return null;
        }
        for (Mention party : view.parties()) {
            if (party.start() >= money.end() && party.start() - money.end() <= INTO_REACH
                    && INTO_AFTER.matcher(text.substring(money.end(), party.start())).matches()) {
                return party.org();
            }
        }
        return k > 0 ? investee(view, amounts, k - 1) : null;
    }
}
