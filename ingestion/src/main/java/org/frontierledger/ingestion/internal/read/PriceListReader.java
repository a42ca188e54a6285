package org.frontierledger.ingestion.internal.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads price lists: CSV with the header {@value #HEADER}, one dated list price per row, in US
 * dollars per one million tokens. The document's text is the CSV itself, so each row is the quote of
 * its price; the document's date is its latest row's. A malformed row makes the whole list unreadable,
 * with its line number. Not API; may change.
 */
public final class PriceListReader {
    /** The reader's format name. */
    public static final String FORMAT = "price-list";
    /** The header a price list starts with (case and spaces around names ignored). */
    public static final String HEADER =
            "date,org,model,provider,input_usd_per_mtok,output_usd_per_mtok,note,source_url";

    private PriceListReader() {}

    /** Whether the content's first line is the price-list header. */
    static boolean isPriceList(String content) {
        String first = content.stripLeading().lines().findFirst().orElse("");
        return normaliseHeader(first).equals(HEADER);
    }

    static ParsedDocument read(String sourceName, String content) {
        String text = TextNormaliser.normalise(content);
        List<PriceRow> rows = rows(sourceName, text);
        if (rows.isEmpty()) {
            throw new UnreadableDocumentException(sourceName + ": the price list has a header but no rows");
        }
        LocalDate latest =
                rows.stream().map(PriceRow::date).max(Comparator.naturalOrder()).orElseThrow();
        return new ParsedDocument(title(sourceName), text, FORMAT, latest, null);
    }

    /**
     * The rows of a price list's normalised text, with their offsets into it.
     *
     * @throws UnreadableDocumentException naming the line of the first malformed row
     */
    public static List<PriceRow> rows(String sourceName, String text) {
        List<PriceRow> rows = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            lineNumber++;
            String line = text.substring(lineStart, lineEnd);
            if (lineNumber > 1 && !line.isBlank()) {
                rows.add(row(sourceName, lineNumber, line, lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return rows;
    }

    private static PriceRow row(String sourceName, int lineNumber, String line, int start, int end) {
        List<String> fields = CsvLine.fields(line);
        String where = sourceName + ", line " + lineNumber + ": ";
        if (fields.size() != 8) {
            throw new UnreadableDocumentException(where + "expected 8 fields (" + HEADER + "), found " + fields.size());
        }
        try {
            LocalDate date = LocalDate.parse(fields.get(0));
            if (fields.get(1).isBlank() || fields.get(2).isBlank()) {
                throw new UnreadableDocumentException(where + "org and model must not be empty");
            }
            BigDecimal input = price(fields.get(4), where);
            BigDecimal output = price(fields.get(5), where);
            if (input == null && output == null) {
                throw new UnreadableDocumentException(where + "a row needs an input or an output price");
            }
            return new PriceRow(
                    start,
                    end,
                    date,
                    fields.get(1),
                    fields.get(2),
                    blankToNull(fields.get(3)),
                    input,
                    output,
                    blankToNull(fields.get(6)),
                    blankToNull(fields.get(7)));
        } catch (DateTimeParseException e) {
            throw new UnreadableDocumentException(where + "'" + fields.get(0) + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static @Nullable BigDecimal price(String field, String where) {
        if (field.isBlank()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(field.strip());
            if (price.signum() < 0) {
                throw new UnreadableDocumentException(where + "a price must not be negative: " + field);
            }
            return price;
        } catch (NumberFormatException e) {
            throw new UnreadableDocumentException(where + "'" + field + "' is not a price in USD per million tokens");
        }
    }

    private static @Nullable String blankToNull(String field) {
        return field.isBlank() ? null : field.strip();
    }

    private static String normaliseHeader(String line) {
        return String.join(
                ",",
                CsvLine.fields(line).stream()
                        .map(f -> f.strip().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static String title(String sourceName) {
        String name = sourceName.replaceFirst("[?#].*$", "");
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
