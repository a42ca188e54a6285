package org.frontierledger.ingestion.internal.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.CapexBasis;
import org.jspecify.annotations.Nullable;

/**
 * Whether a capex amount is guidance or reported, by the wording nearest to it: "expects to spend
 * $80 billion" is guidance, "spent $26.3 billion" reported. One sentence may hold both ("spent $29.8
 * billion last year and budgeted $38 billion for this year"), so each amount takes the closest cue,
 * a cue before it counting more than one after it. No cue, no basis: the text does not say.
 */
final class CapexBases {
    private static final Pattern GUIDANCE = Pattern.compile("(?i)\\b(?:expects?|expected|expecting|plans?|planned"
            + "|planning|guid(?:e|es|ed|ing|ance)|outlook|forecasts?|forecast(?:ed|ing)|projected|budget(?:s|ed|ing)?"
            + "|earmark(?:s|ed|ing)?|allocat(?:es?|ed|ing)|set aside|intends?|intended|aims?|aimed|targets?|targeted"
            + "|anticipates?|anticipated|signall?(?:s|ed|ing)?|pledg(?:es?|ed)|vow(?:s|ed)|estimates?|will|would"
            + "|could|might|is set to|on track|to (?:spend|invest))\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:spent|reported|posted|recorded|booked"
            + "|came in at|totall?ed|amounted to|(?:rose|grew|climbed|jumped|increased|fell|declined) to)\\b");
    /** How much farther a cue after the amount is taken to be: verbs mostly come first. */
    private static final int AFTER_PENALTY = 30;

    private CapexBases() {}

    /** The basis of the amount at [start, end) of the sentence; null when its wording says neither. */
    static @Nullable CapexBasis of(String sentence, int start, int end) {
        int guidance = distance(GUIDANCE, sentence, start, end);
        int reported = distance(REPORTED, sentence, start, end);
        if (guidance == Integer.MAX_VALUE && reported == Integer.MAX_VALUE) {
            return null;
        }
        return reported < guidance ? CapexBasis.REPORTED : CapexBasis.GUIDANCE;
    }

    private static int distance(Pattern cue, String sentence, int start, int end) {
        int best = Integer.MAX_VALUE;
        Matcher m = cue.matcher(sentence);
        while (m.find()) {
            int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end + AFTER_PENALTY : 0;
            best = Math.min(best, d);
        }
        return best;
    }
}
