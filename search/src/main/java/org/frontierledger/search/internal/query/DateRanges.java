package org.frontierledger.search.internal.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of {@code date:}: a year ({@code 2025}), a month ({@code 2025-03}) or a day
 * ({@code 2025-03-14}). A year or month stands for all its days, so {@code date:2025-01..2025-03}
 * runs from January 1 to March 31.
 */
final class DateRanges {

    /** A period of whole days, both ends included. */
    record Period(LocalDate first, LocalDate last) {}

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateRanges() {}

    static Period parse(String text) {
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            throw notADate(text);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new Period(day, day);
        } catch (DateTimeException e) {
            throw notADate(text);
        }
    }

    private static QueryRejected notADate(String text) {
        return new QueryRejected("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, as in"
                + " date:2025-01..2025-03, date:>=2025-06-01 or date:2025.");
    }
}
