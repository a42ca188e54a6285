package org.frontierledger.ingestion.internal.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * "Microsoft invested $10 billion in OpenAI": money put into a named company is that company's
 * funding, whoever put it in. An amount after an investment verb with no company after it ("and
 * Nvidia will invest up to $10 billion") goes to the company of the investment before it in the
 * same sentence. A price paid for a stake ("$14.3 billion for a 49% stake") is funding of the company
 * the stake is in.
 */
final class Investments {
    private static final Pattern VERB_BEFORE = Pattern.compile("(?i)\\binvest(?:s|ed|ing|ment of)?\\s+(?:(?:up to|another"
            + "|a further|an additional|a fresh|about|around|roughly|nearly|almost|more than|over|as much as|a total of"
            + "|at least)\\s+)*$");
    private static final Pattern INTO_AFTER = Pattern.compile("(?i)^\\s*(?:more\\s+)?(?:in|into)\\s+$");
    /** "$14.3 billion for a 49% stake": the price of part of a company is money put into it. */
    private static final Pattern STAKE_AFTER = Pattern.compile("(?i)^\\s*(?:for|in exchange for)\\s+an?\\s+"
            + "(?:\\d+(?:\\.\\d+)?\\s?%\\s+|minority\\s+|majority\\s+|small\\s+)?(?:equity\\s+)?stake\\b");
    private static final int INTO_REACH = 12;

    private Investments() {}

    /**
     * The company that receives amount {@code k} of a sentence, when the sentence says it was
     * invested in it; else null.
     */
    static @Nullable String investee(View view, List<Money> amounts, int k) {
        String text = view.text();
        Money money = amounts.get(k);
        if (STAKE_AFTER.matcher(text.substring(money.end())).lookingAt()) {
            return stakeHolder(view, money);
        }
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

    /** The company a stake is in: named after "stake in", else the last one named before the price. */
    private static @Nullable String stakeHolder(View view, Money money) {
        String after = view.text().substring(money.end());
        int in = after.toLowerCase(java.util.Locale.ROOT).indexOf("stake in ");
        for (Mention party : view.parties()) {
            if (in >= 0 && party.start() == money.end() + in + "stake in ".length()) {
                return party.org();
            }
        }
        Mention before = null;
        for (Mention party : view.parties()) {
            if (party.end() <= money.start()) {
                before = party;
            }
        }
        return before == null ? null : before.org();
    }
}
