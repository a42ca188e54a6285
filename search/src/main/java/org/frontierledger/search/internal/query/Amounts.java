package org.frontierledger.search.internal.query;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of {@code amount:} and {@code price:}: a number with an optional {@code $}, an
 * optional scale K, M, B (or BN) or T, and thousands separators, as in {@code 100B}, {@code $1.5T},
 * {@code 750m}, {@code 2,000,000} or, for prices, {@code 0.15}.
 */
final class Amounts {

    private static final Pattern FIGURE =
            Pattern.compile("\\$?(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)(k|m|mn|b|bn|t|tn)?", Pattern.CASE_INSENSITIVE);

    private Amounts() {}

    /** The figure in USD. */
    static BigDecimal usd(String text, String field) {
        Matcher m = FIGURE.matcher(text.trim());
        if (!m.matches()) {
            throw new QueryRejected("'" + text + "' is not an amount for " + field + ": write a number with an"
                    + " optional unit K, M, B or T, as in amount:>=100B, amount:[1B TO 10B] or price:<1.");
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "k" -> number.movePointRight(3);
            case "m", "mn" -> number.movePointRight(6);
            case "b", "bn" -> number.movePointRight(9);
            case "t", "tn" -> number.movePointRight(12);
            default -> number;
        };
    }
}
