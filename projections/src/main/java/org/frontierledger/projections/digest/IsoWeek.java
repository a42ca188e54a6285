package org.frontierledger.projections.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week: Monday to Sunday, numbered within its week-based year ("2026-W19").
 *
 * @param year the week-based year (may differ from the calendar year around New Year)
 * @param week the week number, 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-[Ww](\\d{1,2})");

    public IsoWeek {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("week year " + year + " is out of range 1900-9999");
        }
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in " + year + ", which has " + weeks + " ISO weeks");
        }
    }

    /** Parses "2026-W19" (or "2026-w19"); throws a clear message for anything else. */
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week; write it like 2026-W19");
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The week a date falls in. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended on {@code today}: the week before today's. */
    public static IsoWeek lastComplete(LocalDate today) {
        return of(today).previous();
    }

    /** Its first day. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    /** Its last day. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** The week before. */
    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    /** "2026-W19". */
    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
