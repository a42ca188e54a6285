package org.frontierledger.eventstore.command;

import java.time.Duration;

/** The rules every source schedule follows. */
final class SourceSchedules {
    /** The shortest interval between two runs of a source. */
    static final Duration SHORTEST = Duration.ofMinutes(1);

    private SourceSchedules() {}

    static void requireValid(Duration interval) {
        if (interval.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("a source is read at most once a minute, not every " + interval);
        }
    }
}
