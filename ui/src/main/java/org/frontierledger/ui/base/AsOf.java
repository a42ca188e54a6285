package org.frontierledger.ui.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The "as of" date pickers of the views: a date means "what had been recorded by the end of that
 * day". Its value lives in the URL as {@code asOf=YYYY-MM-DD}, so an as-of view can be bookmarked.
 */
public final class AsOf {
    /** The query parameter every view uses. */
    public static final String PARAMETER = "asOf";

    private AsOf() {}

    /** The last instant of that day in the server's time zone; null (now) for no date. */
    public static @Nullable Instant endOf(@Nullable LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusNanos(1);
    }

    /** A picker labelled the same way on every view, no later than today. */
    public static DatePicker picker() {
        DatePicker picker = new DatePicker("As of (known by the end of)");
        picker.setClearButtonVisible(true);
        picker.setHelperText("empty: now");
        picker.setMax(LocalDate.now());
        picker.addClassName("as-of");
        return picker;
    }

    /** The date of a URL parameter; null when it is missing or not a date. */
    public static @Nullable LocalDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
