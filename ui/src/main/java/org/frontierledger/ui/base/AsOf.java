package org.frontierledger.ui.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The "as of" date pickers of the views: a date means "what had been recorded by the end of that day". */
public final class AsOf {
    private AsOf() {}

    /** The last instant of that day in the server's time zone; null (now) for no date. */
    public static @Nullable Instant endOf(@Nullable LocalDate date) {
        return date == null ? null : date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant().minusNanos(1);
    }
}
