package org.frontierledger.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.digest.WeeklyDigests;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/** A week's digest in a format, as the REST API, the CLI and the digest page ask for it. Thread-safe. */
@Service
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
public class DigestRendering {
    private final WeeklyDigests digests;
    private final DigestExporters exporters;
    private final Clock clock;

    DigestRendering(WeeklyDigests digests, DigestExporters exporters, Clock clock) {
        this.digests = digests;
        this.exporters = exporters;
        this.clock = clock;
    }

    /**
     * The digest of {@code week} as the ledger knew it at {@code asOf} (now when null), in
     * {@code format}, stamped as generated now.
     */
    public byte[] render(IsoWeek week, DigestFormat format, @Nullable Instant asOf) {
        return exporters.export(digest(week, asOf), format);
    }

    /**
     * The digest itself, at {@code asOf} (now when null). "Now" is taken to the second, so the
     * instant in the digest's header can be given back as {@code asOf} to render it again.
     */
    public WeeklyDigest digest(IsoWeek week, @Nullable Instant asOf) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return digests.build(week, asOf == null ? now : asOf, now);
    }

    /** The last complete ISO week on the server's clock: the default week everywhere. */
    public IsoWeek lastCompleteWeek() {
        return IsoWeek.lastComplete(LocalDate.now(clock));
    }

    /** Weeks worth offering in a picker: the last complete one and those with events, newest first. */
    public List<IsoWeek> weeksToOffer() {
        TreeSet<IsoWeek> weeks = new TreeSet<>(Comparator.reverseOrder());
        weeks.add(lastCompleteWeek());
        weeks.addAll(digests.weeksWithEvents(104));
        return List.copyOf(weeks);
    }

    /** Parses an instant such as {@code 2026-05-11T06:00:00Z}, with a clear message otherwise. */
    public static Instant parseInstant(String text) {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an instant; write it like 2026-05-11T06:00:00Z", e);
        }
    }
}
