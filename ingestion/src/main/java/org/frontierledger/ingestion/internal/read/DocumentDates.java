package org.frontierledger.ingestion.internal.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finds the first full calendar date written near the top of a text. Not API; may change. */
public final class DocumentDates {
    /** How far into a text its own date is looked for, in characters. */
    static final int HEAD = 3000;

    /** Month names and abbreviations, lower-case, to month numbers. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1),
            Map.entry("jan", 1),
            Map.entry("february", 2),
            Map.entry("feb", 2),
            Map.entry("march", 3),
            Map.entry("mar", 3),
            Map.entry("april", 4),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6),
            Map.entry("jun", 6),
            Map.entry("july", 7),
            Map.entry("jul", 7),
            Map.entry("august", 8),
            Map.entry("aug", 8),
            Map.entry("september", 9),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("october", 10),
            Map.entry("oct", 10),
            Map.entry("november", 11),
            Map.entry("nov", 11),
            Map.entry("december", 12),
            Map.entry("dec", 12));

    /** A month name or abbreviation, as a regex alternative (longest first). */
    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b(?=[JFMASOND])(" + MONTH + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (" + MONTH + ")\\.?,? (\\d{4})\\b");

    private DocumentDates() {}

    /** The first full date in the first {@value #HEAD} characters, or null. */
    public static @Nullable LocalDate find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher iso = ISO.matcher(head);
        if (iso.find()) {
            best = date(iso.group(1), iso.group(2), iso.group(3));
            bestAt = best == null ? bestAt : iso.start();
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(head);
        if (mdy.find() && mdy.start() < bestAt) {
            LocalDate found = date(mdy.group(3), String.valueOf(month(mdy.group(1))), mdy.group(2));
            if (found != null) {
                best = found;
                bestAt = mdy.start();
            }
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(head);
        if (dmy.find() && dmy.start() < bestAt) {
            LocalDate found = date(dmy.group(3), String.valueOf(month(dmy.group(2))), dmy.group(1));
            best = found != null ? found : best;
        }
        return best;
    }

    /** An ISO date or date-time's date ("2026-05-05T10:00:00Z"), or null. */
    static @Nullable LocalDate parseIso(@Nullable String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO.matcher(value.strip());
        return iso.lookingAt() ? date(iso.group(1), iso.group(2), iso.group(3)) : null;
    }

    /** The number (1-12) of a month name or abbreviation, or 0. */
    public static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).replace(".", ""), 0);
    }

    private static @Nullable LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
