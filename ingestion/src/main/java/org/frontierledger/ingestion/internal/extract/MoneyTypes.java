package org.frontierledger.ingestion.internal.extract;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;

/**
 * Which kind of market event a dollar amount reports, by the nearest keyword of each kind ("capital
 * expenditures", "valuation", "raised", "revenue", "commitments", "trained").
 */
final class MoneyTypes {
    private static final Map<MarketEventType, Pattern> KEYWORDS = new EnumMap<>(Map.of(
            MarketEventType.TRAINING_COST, Pattern.compile("(?i)\\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing))\\b"),
            MarketEventType.COMPUTE_COMMITMENT, Pattern.compile("(?i)\\b(?:commitments?|committed|commits? to"
                    + "|(?:compute|cloud|gpu|capacity|power|hosting|cloud computing) (?:deals?|contracts?|agreements?)"
                    + "|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|multi)[- ]years?,? (?:deals?|contracts?"
                    + "|agreements?|commitments?)|computing power|(?:compute|cloud|gpu|azure compute) capacity"
                    + "|power purchase agreements?|offtake|(?:deal|contract|agreement) (?:with [\\w.]+ )?(?:to (?:buy"
                    + "|purchase|rent|spend)|for (?:compute|cloud|gpus|chips|capacity|servers)))\\b"),
            MarketEventType.CAPEX, Pattern.compile("(?i)\\b(?:cap[- ]?ex|capital (?:expenditures?|spending|investments?"
                    + "|outlays?)|infrastructure (?:spending|investments?)|data[- ]?cent(?:er|re)s?|build-?outs?|fabs?"
                    + "|fabrication|foundr(?:y|ies)|(?:spend(?:s|ing)?|spent)\\b[^.;]{0,40}?\\bon (?:ai\\b|data|infrastructure"
                    + "|chips|gpus|servers|compute|capacity|hardware)|invest(?:s|ed|ing)?\\b[^.;]{0,40}?\\bin (?:ai |new "
                    + "|digital |cloud )?(?:infrastructure|capex|data cent(?:er|re)s|chips|compute))\\b"),
            MarketEventType.VALUATION, Pattern.compile("(?i)\\b(?:valuations?|valued|valuing"
                    + "|(?<!\\b(?:contracts?|deals?|agreements?|orders?)\\b[^.;]{0,40})worth(?! of)"
                    + "|market (?:cap|capitali[sz]ation|value)|trad(?:e|es|ing) (?:at|around|near)|(?:pre|post)-money"
                    + "|priced at)\\b"),
            MarketEventType.FUNDING, Pattern.compile("(?i)\\b(?:rais(?:e|es|ed|ing)|funding|financing|series [a-h]"
                    + "|seed round|round|invest(?:s|ed|ment)? (?:of|in)|backed by)\\b"),
            MarketEventType.REVENUE, Pattern.compile("(?i)\\b(?:revenues?|sales|ARR|recurring revenue|run[- ]rate"
                    + "|bookings|annuali[sz]ed|brought in|took in|generated)\\b")));
    private static final Pattern EQUAL_TO_VALUATION = Pattern.compile("(?i)^[^.;]{0,80}?\\b(?:equal|equivalent"
            + "|comparable|similar|close) to (?:its|the company's|their) (?:[\\w-]+ ){0,3}valuation\\b");
    private static final int MAX_DISTANCE = 150;
    private static final int TRAINING_PRECEDENCE = 80;

    private MoneyTypes() {}

    /** The kinds the amount at [start, end) reports, most likely first; empty when none. */
    static Set<MarketEventType> of(String sentence, int start, int end) {
        Set<MarketEventType> types = new LinkedHashSet<>();
        MarketEventType best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (Map.Entry<MarketEventType, Pattern> e : KEYWORDS.entrySet()) {
            int distance = distance(e.getValue(), sentence, start, end);
            if (e.getKey() == MarketEventType.TRAINING_COST && distance <= TRAINING_PRECEDENCE) {
                distance = -1;
            }
            if (distance < bestDistance) {
                best = e.getKey();
                bestDistance = distance;
            }
        }
        if (best != null) {
            types.add(best);
        }
        if (EQUAL_TO_VALUATION.matcher(sentence.substring(end)).find()) {
            types.add(MarketEventType.VALUATION);
        }
        return types;
    }

    private static int distance(Pattern keyword, String sentence, int start, int end) {
        int best = Integer.MAX_VALUE;
        Matcher m = keyword.matcher(sentence);
        while (m.find()) {
            int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
            best = Math.min(best, d);
        }
        return best;
    }
}
