package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.ingestion.internal.read.DocumentDates;
import org.jspecify.annotations.Nullable;

/**
 * The fiscal or calendar period a figure is for: "Q1 2026" is "2026-Q1", "fiscal 2025" and
 * "FY25" are "FY2025", "for 2026" and "2026 capex" are "2026", "this year" is the report date's
 * year; a month and year ("March 2024") is "2024-03".
 */
final class Periods {
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])\\s?(?:of\\s)?(?:FY\\s?|fiscal\\s)?'?(\\d{4}|\\d{2})\\b"
            + "|\\b(first|second|third|fourth) quarter(?: of)?(?: fiscal)? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL = Pattern.compile("\\b(?:fiscal(?: year)?\\s|FY\\s?'?)(\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + DocumentDates.MONTH + ")\\.? (20\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:for|in|during|through|of|over)(?: (?:calendar|the))? (20\\d{2})\\b(?!-)"
                    + "|\\b(20\\d{2})(?=(?:'s)? (?:capital|capex|cap-ex|revenue|sales|guidance|spending|budget|ARR))");
    private static final Pattern RELATIVE = Pattern.compile("\\b(this|next) (?:calendar |fiscal )?year\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private Periods() {}

    /** The period a sentence gives its figures, or null. */
    static @Nullable String of(String sentence, LocalDate reportedOn) {
        Matcher q = QUARTER.matcher(sentence);
        if (q.find()) {
            return q.group(1) != null ? year(q.group(2)) + "-Q" + q.group(1)
                    : q.group(4) + "-Q" + (1 + java.util.Arrays.asList(ORDINALS).indexOf(
                            q.group(3).toLowerCase(Locale.ROOT)));
        }
        Matcher fy = FISCAL.matcher(sentence);
        if (fy.find()) {
            return "FY" + year(fy.group(1));
        }
        Matcher y = YEAR.matcher(sentence);
        if (y.find()) {
            return y.group(1) != null ? y.group(1) : y.group(2);
        }
        Matcher relative = RELATIVE.matcher(sentence);
        if (relative.find()) {
            int offset = relative.group(1).equalsIgnoreCase("next") ? 1 : 0;
            return String.valueOf(reportedOn.getYear() + offset);
        }
        return null;
    }

    /** The month periods ("2024-01", "2024-03") of a span like "between January and March 2024". */
    static java.util.List<String> months(String sentence) {
        Matcher m = Pattern.compile("\\b(" + DocumentDates.MONTH + ")\\.?(?: (20\\d{2}))? (?:and|to|through) ("
                + DocumentDates.MONTH + ")\\.? (20\\d{2})\\b").matcher(sentence);
        if (!m.find()) {
            Matcher single = MONTH_YEAR.matcher(sentence);
            return single.find() ? java.util.List.of(month(single.group(2), single.group(1)))
                    : java.util.List.of();
        }
        String firstYear = m.group(2) != null ? m.group(2) : m.group(4);
        return java.util.List.of(month(firstYear, m.group(1)), month(m.group(4), m.group(3)));
    }

    private static String month(String year, String name) {
        return String.format(Locale.ROOT, "%s-%02d", year, DocumentDates.month(name));
    }

    private static String year(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }
}
