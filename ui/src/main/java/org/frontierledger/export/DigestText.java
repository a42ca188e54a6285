package org.frontierledger.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.digest.TokenPrice;
import org.jspecify.annotations.Nullable;

/** Wording and number formats shared by the document formats (fixed locale, so output never varies). */
final class DigestText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cc}\\p{Cf}&&[^\\u200d]]+");

    private DigestText() {}

    /** Text from a source on one line: runs of white space, control and format characters as one space. */
    static String clean(@Nullable String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** "3 February 2025". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Monday 3 February 2025". */
    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** A section heading for a kind of figure. */
    static String plural(MarketEventType type) {
        return switch (type) {
            case MODEL_RELEASE -> "New models";
            case CAPEX -> "Capex";
            case PRICE -> "Price points";
            case PRICE_RATIO -> "Relative prices";
            case VALUATION -> "Valuations";
            case FUNDING -> "Funding";
            case REVENUE -> "Revenue";
            case TRAINING_COST -> "Training costs";
            case COMPUTE_COMMITMENT -> "Compute commitments";
        };
    }

    /** "3 capex", "1 model release": a count with the type's label in lower case. */
    static String count(MarketEventType type, int count) {
        String label = type.label().toLowerCase(Locale.ROOT);
        boolean plural = count != 1
                && type != MarketEventType.CAPEX
                && type != MarketEventType.FUNDING
                && type != MarketEventType.REVENUE;
        return count + " " + label + (plural ? "s" : "");
    }

    /** "1 claim", "12 claims". */
    static String claims(long count) {
        return count + (count == 1 ? " claim" : " claims");
    }

    /** USD with two to four decimals: "$0.55", "$15.00", "$0.875". */
    static String dollars(BigDecimal value) {
        BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return "$"
                + rounded.setScale(Math.max(2, rounded.scale()), RoundingMode.UNNECESSARY)
                        .toPlainString();
    }

    /** "$0.55 in / $2.19 out, blended $0.96"; the parts that are known. */
    static String price(TokenPrice price) {
        StringBuilder text = new StringBuilder();
        if (price.input() != null) {
            text.append(dollars(price.input())).append(" in");
        }
        if (price.output() != null) {
            text.append(text.isEmpty() ? "" : " / ")
                    .append(dollars(price.output()))
                    .append(" out");
        }
        BigDecimal blended = price.blended();
        if (blended != null) {
            text.append(", blended ").append(dollars(blended));
        }
        return text.isEmpty() ? "price not known" : text.toString();
    }

    /** "+12.5%" or "-25%". */
    static String percent(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + change.stripTrailingZeros().toPlainString() + "%";
    }

    /** Parts joined with " · ", blanks left out. */
    static String join(@Nullable String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String clean = clean(part);
            if (!clean.isEmpty()) {
                text.append(text.isEmpty() ? "" : " · ").append(clean);
            }
        }
        return text.toString();
    }
}
