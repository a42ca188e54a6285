package org.frontierledger.ingestion.internal.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.ingestion.internal.read.DocumentDates;
import org.jspecify.annotations.Nullable;

/**
 * The date in force on each line: a digest of several episodes heads each one with a line ending in
 * its date ("...Episode titleMay 2"); lines below it were reported on that date.
 */
final class EpisodeDates {
    private static final Pattern HEADER = Pattern.compile("(" + DocumentDates.MONTH + ")\\.? (\\d{1,2})$");

    private EpisodeDates() {}

    /** For each line of the text, the date its statements were reported on. */
    static LocalDate[] byLine(String text, LocalDate documentDate) {
        String[] lines = text.split("\n", -1);
        LocalDate[] dates = new LocalDate[lines.length];
        LocalDate current = documentDate;
        for (int i = 0; i < lines.length; i++) {
            LocalDate header = headerDate(lines[i], documentDate);
            current = header != null ? header : current;
            dates[i] = current;
        }
        return dates;
    }

    private static @Nullable LocalDate headerDate(String line, LocalDate documentDate) {
        if (line.startsWith("-") || line.startsWith("•") || line.split(" ").length < 3) {
            return null;
        }
        Matcher m = HEADER.matcher(line.length() > 24 ? line.substring(line.length() - 24) : line);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate date =
                    LocalDate.of(documentDate.getYear(), DocumentDates.month(m.group(1)), Integer.parseInt(m.group(2)));
            return date.isAfter(documentDate) ? date.minusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
