package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Token prices in tables, whose rows the readers render as cells joined by " | " (HTML tables,
 * Markdown and text tables): a header row names the input and output columns and their unit
 * ("Input (USD / 1M tok)", "Output price (per MTok)", "per 1K tokens"), and each row below names a
 * model in its first cell. Cells in another currency (¥, €, £) are not US dollars and are skipped.
 */
final class TableRule {
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern INPUT = Pattern.compile("(?i)\\b(?:input|prompt)\\b");
    private static final Pattern OUTPUT = Pattern.compile("(?i)\\b(?:output|completion)\\b");
    private static final Pattern SKIPPED_COLUMN = Pattern.compile("(?i)\\b(?:cached|cache|batch|context|long)\\b");
    private static final Pattern OTHER_CURRENCY = Pattern.compile("(?i)[¥€£₩]|\\b(?:RMB|CNY|EUR|GBP|JPY|yuan)\\b");
    private static final Pattern PER_THOUSAND = Pattern.compile("(?i)(?:\\b1\\s?K\\b|\\bthousand\\b|\\b1,000\\b)");
    private static final Pattern PRICE_CELL = Pattern.compile("(?i)^(?:US)?\\$?\\s?(\\d+(?:\\.\\d+)?)\\s*(?:(?:/|per)"
            + "\\s*(?:(1\\s?M|1\\s?K|MTok|million|thousand|1,000,000|1,000)\\b)?\\s*(?:tokens?|toks?)?)?$");
    private static final int HEADER_REACH = 30;

    private TableRule() {}

    /** The price of the row at {@code i}, when it is a row of a price table; else nothing. */
    static List<Finding> apply(List<View> views, int i) {
        View row = views.get(i);
        List<String> cells = cells(row.text());
        if (cells.size() < 2) {
            return List.of();
        }
        List<String> header = header(views, i);
        int firstCellEnd = row.text().indexOf('|', row.text().startsWith("|") ? 1 : 0);
        Mention model = row.subjectModels().stream().filter(m -> m.start() < firstCellEnd).findFirst().orElse(null);
        if (header == null || model == null) {
            return List.of();
        }
        BigDecimal input = null;
        BigDecimal output = null;
        for (int c = 1; c < Math.min(cells.size(), header.size()); c++) {
            String head = header.get(c);
            BigDecimal price = price(cells.get(c), head);
            if (price == null || SKIPPED_COLUMN.matcher(head).find()) {
                continue;
            }
            if (INPUT.matcher(head).find() && input == null) {
                input = price;
            } else if (OUTPUT.matcher(head).find() && output == null) {
                output = price;
            }
        }
        if (input == null && output == null) {
            return List.of();
        }
        return List.of(Finding.price(row, model.org(), model.name(), input, output));
    }

    /** The nearest row above, within the same table, that names input or output columns. */
    private static @Nullable List<String> header(List<View> views, int i) {
        for (int j = i - 1; j >= Math.max(0, i - HEADER_REACH); j--) {
            List<String> cells = cells(views.get(j).text());
            if (cells.size() < 2) {
                return null;
            }
            boolean names = cells.stream().anyMatch(c -> INPUT.matcher(c).find() || OUTPUT.matcher(c).find());
            boolean prices = cells.stream().skip(1).anyMatch(c -> PRICE_CELL.matcher(c).matches());
            if (names && !prices) {
                return cells;
            }
        }
        return null;
    }

    private static List<String> cells(String row) {
        if (!row.contains("|")) {
            return List.of();
        }
        List<String> cells = new ArrayList<>(Arrays.asList(CELL_SPLIT.split(row.strip(), -1)));
        if (!cells.isEmpty() && cells.getFirst().isEmpty()) {
            cells.removeFirst();
        }
        if (!cells.isEmpty() && cells.getLast().isEmpty()) {
            cells.removeLast();
        }
        return cells;
    }

    /** A cell's price in USD per million tokens, the unit taken from the cell, else from its header. */
    private static @Nullable BigDecimal price(String cell, String head) {
        if (OTHER_CURRENCY.matcher(cell).find() || OTHER_CURRENCY.matcher(head).find()) {
            return null;
        }
        Matcher m = PRICE_CELL.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(2) != null ? m.group(2) : head;
        BigDecimal amount = new BigDecimal(m.group(1));
        boolean perThousand = PER_THOUSAND.matcher(unit).find() || unit.toLowerCase(Locale.ROOT).startsWith("thousand");
        return perThousand ? amount.multiply(BigDecimal.valueOf(1000), MathContext.DECIMAL64).stripTrailingZeros()
                : amount.stripTrailingZeros();
    }
}
