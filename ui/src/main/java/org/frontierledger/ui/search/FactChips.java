package org.frontierledger.ui.search;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontierledger.search.ClaimFact;
import org.jspecify.annotations.Nullable;

/** A claim's market facts as small labels: "Capex · Microsoft · $80B". */
final class FactChips {
    private FactChips() {}

    static Div of(List<ClaimFact> facts) {
        Div chips = new Div();
        chips.addClassName("claim-facts");
        for (ClaimFact fact : facts) {
            Span chip = new Span(describe(fact));
            chip.addClassName("claim-fact");
            chip.getElement().getThemeList().add("badge small");
            chip.getStyle().set("margin-right", "var(--lumo-space-xs)");
            chips.add(chip);
        }
        return chips;
    }

    static String describe(ClaimFact fact) {
        List<String> parts = new ArrayList<>();
        parts.add(fact.type().label());
        if (fact.org() != null) {
            parts.add(fact.org());
        }
        if (fact.model() != null) {
            parts.add(fact.model());
        }
        if (fact.amountUsd() != null) {
            parts.add(
                    fact.amountUsdHigh() == null
                            ? usd(fact.amountUsd())
                            : usd(fact.amountUsd()) + "–" + usd(fact.amountUsdHigh()));
        }
        if (fact.inputUsdPerMTok() != null || fact.outputUsdPerMTok() != null) {
            parts.add(price(fact.inputUsdPerMTok()) + " in / " + price(fact.outputUsdPerMTok()) + " out per 1M tokens");
        }
        return String.join(" · ", parts);
    }

    /** Whole dollars as "$80B", "$1.5T", "$250M", "$6,000". */
    static String usd(long dollars) {
        String[] units = {"T", "B", "M"};
        long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
        for (int i = 0; i < units.length; i++) {
            if (dollars >= scales[i]) {
                BigDecimal scaled = BigDecimal.valueOf(dollars).divide(BigDecimal.valueOf(scales[i]));
                return "$" + scaled.stripTrailingZeros().toPlainString() + units[i];
            }
        }
        return "$" + String.format(Locale.ROOT, "%,d", dollars);
    }

    private static String price(@Nullable Double usdPerMTok) {
        return usdPerMTok == null
                ? "–"
                : "$" + BigDecimal.valueOf(usdPerMTok).stripTrailingZeros().toPlainString();
    }
}
