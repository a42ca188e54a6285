package org.frontierledger.ui.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * Figures and quotes as people read them: "$1.5B" rather than 1500000000, "$0.80" rather than
 * $0.8, "12×", and a price-list row as "GPT-4o · input $2.50 · output $10.00" rather than its CSV
 * line; and back: "$1.5B", "1.5 billion" or "1,500,000,000" typed for an amount. Pure.
 */
public final class Readable {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};
    /** A price-list row: date, org, model, provider, input, output[, note, url]. */
    private static final Pattern PRICE_ROW =
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2},[^,]*,([^,]+),[^,]*,[^,]*,[^,]*(?:,.*)?$");

    private static final Pattern AMOUNT = Pattern.compile(
            "^(?:us)?\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)\\s*(k|thousand|m|mn|mln|million|b|bn|billion"
                    + "|t|tn|trillion)?\\s*(?:usd|dollars)?$");

    private Readable() {}

    /**
     * Dollars for reading: amounts of a thousand and more shortened with K, M, B or T and up to two
     * decimals ("$1.5B", "$52.5B"); smaller ones with cents ("$0.80", "$2.19", "$15.00"), more
     * digits only when the amount has them ("$0.075").
     */
    public static String usd(BigDecimal amount) {
        if (amount.abs().compareTo(THOUSAND) < 0) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return "$"
                    + (stripped.scale() <= 2
                            ? amount.setScale(2, RoundingMode.HALF_UP).toPlainString()
                            : stripped.toPlainString());
        }
        BigDecimal value = amount;
        int suffix = 0;
        while (value.abs().compareTo(THOUSAND) >= 0 && suffix < SUFFIXES.length - 1) {
            value = value.divide(THOUSAND);
            suffix++;
        }
        return "$"
                + value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + SUFFIXES[suffix];
    }

    /** An amount or range: "$60B–$65B". */
    public static String usd(BigDecimal low, @Nullable BigDecimal high) {
        return high == null ? usd(low) : usd(low) + "–" + usd(high);
    }

    /** A ratio: "12×", "0.2×". */
    public static String ratio(BigDecimal ratio) {
        return ratio.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "×";
    }

    /** The figure of an event for reading, from its numbers; the stored figure where it has none. */
    public static String figure(TimelineEntry e) {
        if (e.type() == MarketEventType.PRICE && (e.inputUsdPerMTok() != null || e.outputUsdPerMTok() != null)) {
            return shortTokenPrice(e.inputUsdPerMTok(), e.outputUsdPerMTok());
        }
        if (e.type() == MarketEventType.PRICE_RATIO && e.ratio() != null) {
            return ratio(e.ratio());
        }
        if (e.amountUsd() != null) {
            String money = usd(e.amountUsd(), e.amountUsdHigh());
            return e.gpus() == null ? money : money + " · " + String.format(Locale.US, "%,d GPUs", e.gpus());
        }
        return e.figure();
    }

    /** "$2.50 in · $10.00 out": a price per 1M tokens short enough for a table's figure column. */
    public static String shortTokenPrice(@Nullable BigDecimal input, @Nullable BigDecimal output) {
        StringBuilder text = new StringBuilder();
        if (input != null) {
            text.append(usd(input)).append(" in");
        }
        if (output != null) {
            text.append(text.isEmpty() ? "" : " · ").append(usd(output)).append(" out");
        }
        return text.toString();
    }

    /** "input $2.50 · output $10.00 per 1M tokens". */
    public static String tokenPrice(@Nullable BigDecimal input, @Nullable BigDecimal output) {
        StringBuilder text = new StringBuilder();
        if (input != null) {
            text.append("input ").append(usd(input));
        }
        if (output != null) {
            text.append(text.isEmpty() ? "" : " · ").append("output ").append(usd(output));
        }
        return text.append(" per 1M tokens").toString();
    }

    /**
     * The sentence of an event for reading: a price-list row becomes "GPT-4o · input $2.50 · output
     * $10.00"; any other quote is itself.
     */
    public static String quote(TimelineEntry e) {
        Matcher row = PRICE_ROW.matcher(e.quote().strip());
        if (e.type() == MarketEventType.PRICE
                && row.matches()
                && (e.inputUsdPerMTok() != null || e.outputUsdPerMTok() != null)) {
            String model = e.model() != null ? e.model() : row.group(1).strip();
            String price = tokenPrice(e.inputUsdPerMTok(), e.outputUsdPerMTok());
            return model + " · " + price.substring(0, price.length() - " per 1M tokens".length());
        }
        return e.quote();
    }

    /**
     * An amount of dollars as typed: "$1.5B", "1.5 billion", "US$ 80bn", "$750M", "1,500,000,000",
     * "0.80"; empty when it is not one.
     */
    public static Optional<BigDecimal> parseUsd(String text) {
        Matcher m = AMOUNT.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2);
        int zeros = switch (unit) {
            case "k", "thousand" -> 3;
            case "m", "mn", "mln", "million" -> 6;
            case "b", "bn", "billion" -> 9;
            case "t", "tn", "trillion" -> 12;
            default -> 0;
        };
        BigDecimal value = number.movePointRight(zeros).stripTrailingZeros();
        return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
    }
}
