package org.frontierledger.ui.review;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.frontierledger.ui.base.Readable;

/**
 * The names people read for the fields of a market event ("Amount (USD)" for {@code amountUsd}),
 * and a correction's trail written with them and with readable figures. Pure.
 */
final class FieldLabels {
    /** Fields that hold dollars, typed and shown as "$1.5B" or "$2.50". */
    static final Set<String> DOLLARS = Set.of("amountUsd", "amountUsdHigh", "inputUsdPerMTok", "outputUsdPerMTok");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("org", "Company"),
            Map.entry("model", "Model"),
            Map.entry("subject", "Subject"),
            Map.entry("amountUsd", "Amount (USD)"),
            Map.entry("amountUsdHigh", "High end of a range (USD)"),
            Map.entry("period", "Period"),
            Map.entry("ratio", "Price ratio"),
            Map.entry("baseline", "Compared with"),
            Map.entry("inputUsdPerMTok", "Input price (USD per 1M tokens)"),
            Map.entry("outputUsdPerMTok", "Output price (USD per 1M tokens)"),
            Map.entry("gpus", "GPUs"),
            Map.entry("basis", "Basis"),
            Map.entry("metric", "Metric"),
            Map.entry("openWeights", "Open weights"),
            Map.entry("license", "Licence"),
            Map.entry("speaker", "Speaker"),
            Map.entry("reportedOn", "Reported on"));
    private static final Pattern CHANGE = Pattern.compile("^(\\w+): (.*) → (.*)$");

    private FieldLabels() {}

    /** The label of a field; the field name itself when it has none. */
    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** A stored value of a field for reading: dollars as "$75B" or "$2.50", anything else as it is. */
    static String shown(String field, String value) {
        if (DOLLARS.contains(field) && !value.isBlank() && !value.equals("–")) {
            try {
                return Readable.usd(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /**
     * A correction as recorded ("amountUsd: 75000000000 → 76500000000; period: – → 2025") for
     * reading: "Amount (USD): $75B → $76.5B; Period: – → 2025".
     */
    static String changes(String recorded) {
        return Arrays.stream(recorded.split("; "))
                .map(change -> {
                    Matcher m = CHANGE.matcher(change);
                    return m.matches()
                            ? label(m.group(1)) + ": " + shown(m.group(1), m.group(2)) + " → "
                                    + shown(m.group(1), m.group(3))
                            : change;
                })
                .collect(Collectors.joining("; "));
    }
}
