package org.frontierledger.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code asOf} parameter of the REST API: a date ({@code 2025-03-01}, meaning by the end of that
 * day in the server's time zone, as in the dashboard) or an instant ({@code 2025-03-01T12:00:00Z}).
 */
public final class AsOfParameter {
    private AsOfParameter() {}

    /**
     * The as-of rule of the REST API, the command line and the views: a date stands for the last
     * instant of that day in the server's time zone, "what had been recorded by the end of that day".
     */
    public static Instant endOfDay(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusNanos(1);
    }

    /** The instant; null for none; a message naming both accepted forms for anything else. */
    static @Nullable Instant parse(@Nullable String text) {
        return parse(text, "asOf");
    }

    /**
     * The same for a parameter or option of another name, such as the command line's {@code --as-of}.
     *
     * @throws IllegalArgumentException naming {@code name} and both accepted forms
     */
    public static @Nullable Instant parse(@Nullable String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                return endOfDay(LocalDate.parse(value));
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2025-03-01 or an instant like "
                    + "2025-03-01T12:00:00Z, got '" + value + "'");
        }
    }
}
