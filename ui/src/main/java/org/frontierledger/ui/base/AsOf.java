package org.frontierledger.ui.base;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.frontierledger.api.AsOfParameter;
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
        return date == null ? null : AsOfParameter.endOfDay(date);
    }

    /** A picker labelled the same way on every view, no later than today, typed as 2026-12-05. */
    public static DatePicker picker() {
        DatePicker picker = isoPicker("As of (known by the end of)");
        picker.setHelperText("empty: now");
        picker.setMax(LocalDate.now());
        picker.addClassName("as-of");
        return picker;
    }

    /**
     * A date picker that shows and takes ISO dates (2026-12-05, as in URLs and the README; 2026-12-5
     * too), and says what it wants when the text typed is not a date or is after today.
     */
    public static DatePicker isoPicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setClearButtonVisible(true);
        picker.setPlaceholder("yyyy-mm-dd");
        picker.setI18n(isoI18n());
        return picker;
    }

    /** Texts of a date picker for ISO dates. */
    public static DatePicker.DatePickerI18n isoI18n() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd");
        i18n.setBadInputErrorMessage("Not a date: type it as yyyy-mm-dd, e.g. 2025-03-01");
        i18n.setMaxErrorMessage("No later than today, please: the ledger cannot know the future");
        i18n.setMinErrorMessage("That date is too early");
        return i18n;
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
