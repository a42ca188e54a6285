package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.ingestion.internal.read.DocumentDates;
import org.jspecify.annotations.Nullable;

/**
 * The fiscal or calendar period a figure is for: "Q1 2026" is "2026-Q1", "fiscal 2025" and
 * "FY25" are "FY2025", "for 2026" and "2026 capex" are "2026", "this year" is the report date's
 * year and "last year" the one before; a month and year ("March 2024") is "2024-03". Where a sentence
 * names several periods, each figure takes the one nearest to it.
 */
final class Periods {
    private static final Pattern QUARTER = Pattern.compile(
            "\\bQ([1-4])\\s?(?:of\\s)?(?:FY\\s?|fiscal\\s)?'?(\\d{4}|\\d{2})\\b"
                    + "|\\b(first|second|third|fourth) quarter(?: of)?(?: fiscal)? (\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL = Pattern.compile("\\b(?:fiscal(?: year)?\\s|FY\\s?'?)(\\d{4}|\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + DocumentDates.MONTH + ")\\.? (20\\d{2})\\b");
    private static final Pattern YEAR =
            Pattern.compile("\\b(?:for|in|during|through|of|over)(?: (?:calendar|the))? (20\\d{2})\\b(?!-)"
                    + "|\\b(20\\d{2})(?=(?:'s)? (?:capital|capex|cap-ex|revenue|sales|guidance|spending|budget|ARR))");
    private static final Pattern RELATIVE =
            Pattern.compile("\\b(this|next|last|past) (?:calendar |fiscal )?year\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private Periods() {}

    /** The period a sentence gives its figures (the first it names), or null. */
    static @Nullable String of(String sentence, LocalDate reportedOn) {
        List<Span> spans = spans(sentence, reportedOn);
        return spans.isEmpty() ? null : spans.getFirst().period();
    }

    /** The period named nearest to a figure at [start, end) of the sentence, or null. */
    static @Nullable String near(String sentence, int start, int end, LocalDate reportedOn) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span span : spans(sentence, reportedOn)) {
            int distance = span.end() <= start ? start - span.end() : Math.max(0, span.start() - end);
            if (distance < bestDistance) {
                best = span;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.period();
    }

    /** Every period the sentence names, in order; a more specific one hides those inside it. */
    private static List<Span> spans(String sentence, LocalDate reportedOn) {
        List<Span> found = new ArrayList<>();
        Matcher q = QUARTER.matcher(sentence);
        while (q.find()) {
            String period = q.group(1) != null
                    ? year(q.group(2)) + "-Q" + q.group(1)
                    : q.group(4) + "-Q"
                            + (1 + Arrays.asList(ORDINALS).indexOf(q.group(3).toLowerCase(Locale.ROOT)));
            add(found, new Span(q.start(), q.end(), period));
        }
        Matcher fy = FISCAL.matcher(sentence);
        while (fy.find()) {
            add(found, new Span(fy.start(), fy.end(), "FY" + year(fy.group(1))));
        }
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
            add(found, new Span(y.start(), y.end(), y.group(1) != null ? y.group(1) : y.group(2)));
        }
        Matcher relative = RELATIVE.matcher(sentence);
        while (relative.find()) {
            String which = relative.group(1).toLowerCase(Locale.ROOT);
            int offset = which.equals("next") ? 1 : which.equals("this") ? 0 : -1;
            add(found, new Span(relative.start(), relative.end(), String.valueOf(reportedOn.getYear() + offset)));
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    private static void add(List<Span> found, Span span) {
        if (found.stream().noneMatch(f -> f.start() < span.end() && span.start() < f.end())) {
            found.add(span);
        }
    }

    private record Span(int start, int end, String period) {}

    /** The month periods ("2024-01", "2024-03") of a span like "between January and March 2024". */
    static List<String> months(String sentence) {
        Matcher m = Pattern.compile("\\b(" + DocumentDates.MONTH + ")\\.?(?: (20\\d{2}))? (?:and|to|through) ("
                        + DocumentDates.MONTH + ")\\.? (20\\d{2})\\b")
                .matcher(sentence);
        if (!m.find()) {
            Matcher single = MONTH_YEAR.matcher(sentence);
            return single.find() ? List.of(month(single.group(2), single.group(1))) : List.of();
        }
        String firstYear = m.group(2) != null ? m.group(2) : m.group(4);
        return List.of(month(firstYear, m.group(1)), month(m.group(4), m.group(3)));
    }

    private static String month(String year, String name) {
        return String.format(Locale.ROOT, "%s-%02d", year, DocumentDates.month(name));
    }

    private static String year(String digits) {
        return digits.length() == 2 ? "20" + digits : digits;
    }
}
