package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.jspecify.annotations.Nullable;

/**
 * Dollar amounts that report capex, valuations, funding, revenue, training costs or compute
 * commitments, with their companies, periods and details. Token prices are left to
 * {@link PriceRule}; numbers near non-market words are skipped.
 */
final class MoneyRule {
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^\\s?(?:per|/|a|an|each|for every)\\s");
    private static final Pattern COUNTERPARTY = Pattern.compile("\\bwith\\s+$");
    /** A running total restated after the news: "doubling its total investment to $8 billion". */
    private static final Pattern CUMULATIVE = Pattern.compile("(?i)\\b(?:bringing|doubling|tripling|raising|lifting"
            + "|taking|pushing) (?:its|their|the|his|her) (?:total|overall|cumulative)(?: [\\w-]+){0,2} to (?:about "
            + "|roughly |nearly |more than |over )?$");

    private MoneyRule() {}

    static List<Finding> apply(List<View> views, int i) {
        View view = views.get(i);
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        if (text.endsWith("?") || NonMarket.sentence(text)) {
            return found;
        }
        List<Money> amounts = MoneyParser.find(text);
        List<String> months = Periods.months(text);
        for (int k = 0; k < amounts.size(); k++) {
            Money money = amounts.get(k);
            if (PER_UNIT.matcher(text.substring(money.end())).lookingAt() || NonMarket.near(text, money.start(),
                    money.end()) || CUMULATIVE.matcher(text.substring(0, money.start())).find()) {
                continue;
            }
            String period = months.size() == amounts.size() && months.size() > 1 ? months.get(k)
                    : Periods.near(text, money.start(), money.end(), view.reportedOn());
            String investee = Investments.investee(view, amounts, k);
            if (investee != null) {
                found.add(Finding.money(MarketEventType.FUNDING, view, investee, null, money));
                continue;
            }
            for (MarketEventType type : MoneyTypes.of(text, money.start(), money.end())) {
                for (Finding f : findings(views, i, amounts, k, type)) {
                    Finding detailed = details(f, text, type == MarketEventType.CAPEX || type == MarketEventType.REVENUE
                            ? period : null);
                    found.add(type == MarketEventType.CAPEX ? withBasis(detailed, text, money) : detailed);
                }
            }
        }
        return found;
    }

    private static List<Finding> findings(List<View> views, int i, List<Money> amounts, int k, MarketEventType type) {
        View view = views.get(i);
        Money money = amounts.get(k);
        if (type == MarketEventType.TRAINING_COST) {
            TrainingSubject subject = TrainingSubject.of(views, i, money.start(), money.end());
            return subject == null ? List.of()
                    : List.of(Finding.money(type, view, subject.org(), subject.model(), money));
        }
        return OrgResolver.resolve(views, i, amounts, k).stream()
                .map(org -> type == MarketEventType.COMPUTE_COMMITMENT ? buyer(view, org) : org)
                .distinct()
                .map(org -> Finding.money(type, view, org, null, money))
                .toList();
    }

    /** A commitment belongs to the buyer: "Meta signed a contract with Google worth $10 billion" is Meta's. */
    private static String buyer(View view, String org) {
        List<Mention> parties = view.parties();
        for (Mention m : parties) {
            String before = view.text().substring(Math.max(0, m.start() - 6), m.start());
            if (org.equals(m.org()) && COUNTERPARTY.matcher(before).find() && !parties.getFirst().equals(m)) {
                return parties.getFirst().org();
            }
        }
        return org;
    }

    private static Finding details(Finding f, String text, @Nullable String period) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (f.type()) {
            case VALUATION -> f.withDetail(basis(lower));
            case REVENUE -> f.withPeriod(period).withDetail(metric(lower));
            case CAPEX -> f.withPeriod(period);
            case COMPUTE_COMMITMENT -> f.withDetail(counterparty(f, text));
            default -> f;
        };
    }

    /** A capex finding with its basis, guidance or reported, where the wording near the amount says. */
    private static Finding withBasis(Finding f, String text, Money money) {
        var basis = CapexBases.of(text, money.start(), money.end());
        return f.withDetail(basis == null ? null : basis.wireName());
    }

    private static @Nullable String basis(String lower) {
        if (lower.matches("(?s).*\\b(could|would|might|may|will|forecast|predicts?|thesis|expects?|argu\\w*)\\b.*")) {
            return "forecast";
        }
        if (lower.contains("secondary") || lower.contains("tender")) {
            return "secondary";
        }
        if (lower.matches("(?s).*\\b(round|raised|raising|funding|post-money|pre-money)\\b.*")) {
            return "round";
        }
        return lower.matches("(?s).*\\b(public|publicly|market cap\\w*|shares|stock|trade[sd]?)\\b.*") ? "public" : null;
    }

    private static @Nullable String metric(String lower) {
        if (lower.contains("arr") && lower.matches("(?s).*\\barr\\b.*") || lower.contains("recurring revenue")) {
            return "ARR";
        }
        if (lower.matches("(?s).*\\brun[- ]rate\\b.*")) {
            return "run-rate";
        }
        return lower.matches("(?s).*\\brevenues?\\b.*") ? "revenue" : lower.contains("sales") ? "sales" : null;
    }

    private static @Nullable String counterparty(Finding f, String text) {
        for (Mention m : f.view().parties()) {
            String before = text.substring(Math.max(0, m.start() - 6), m.start());
            if (COUNTERPARTY.matcher(before).find() && !m.org().equals(f.org())) {
                return m.org();
            }
        }
        return null;
    }
}
