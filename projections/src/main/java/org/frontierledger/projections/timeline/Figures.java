package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.frontierledger.eventstore.event.UsdAmount;
import org.jspecify.annotations.Nullable;

/** Figures as analysts write them: "$190B", "$5T–$13T", "0.2×", "2,000 GPUs". */
public final class Figures {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final String[] SUFFIXES = {"", "K", "M", "B", "T"};

    private Figures() {}

    /** An amount or range in US dollars, shortened with K, M, B or T. */
    public static String usd(UsdAmount amount) {
        String low = usd(amount.usd());
        return amount.usdHigh() == null ? low : low + "–" + usd(amount.usdHigh());
    }

    /** One amount in US dollars, shortened with K, M, B or T and up to two decimals. */
    public static String usd(BigDecimal amount) {
        BigDecimal value = amount;
        int suffix = 0;
        while (value.abs().compareTo(THOUSAND) >= 0 && suffix < SUFFIXES.length - 1) {
            value = value.divide(THOUSAND);
            suffix++;
        }
        return "$" + plain(value) + SUFFIXES[suffix];
    }

    /** A ratio: "0.2×", "5×". */
    public static String ratio(BigDecimal ratio) {
        return plain(ratio) + "×";
    }

    /** A count of accelerators: "2,000 GPUs". */
    public static String gpus(long gpus) {
        return NumberFormat.getIntegerInstance(Locale.US).format(gpus) + " GPUs";
    }

    /** Input and output prices in USD per million tokens. */
    public static String tokenPrice(@Nullable BigDecimal input, @Nullable BigDecimal output) {
        StringBuilder text = new StringBuilder();
        if (input != null) {
            text.append("$").append(plain(input)).append(" in");
        }
        if (output != null) {
            text.append(text.isEmpty() ? "" : " / ")
                    .append("$")
                    .append(plain(output))
                    .append(" out");
        }
        return text.append(" per 1M tokens").toString();
    }

    private static String plain(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
