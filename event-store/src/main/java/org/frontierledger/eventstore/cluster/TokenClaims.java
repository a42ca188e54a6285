package org.frontierledger.eventstore.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Axon's token store says about every node's event processors: for each segment, who holds
 * its claim, since when, and how far its stored token has come. Read without claiming anything, so
 * a node can tell whether the segments it does not hold are held by a live node and caught up.
 *
 * <p>A claim is live when its owner refreshed it within the claim timeout (Axon refreshes the
 * claims of a running processor at least every few seconds, and another node takes a segment over
 * once its claim is older than that timeout). Node clocks are assumed to be in step, as Axon does.
 *
 * <p>Thread-safe; every call reads the table afresh.
 */
public class TokenClaims {

    /**
     * One segment of one processor in the token store.
     *
     * @param owner who holds the claim (node id / process id), null when released
     * @param claimedAt when the owner last stored or refreshed it
     * @param position the stored token's position: -1 before the first event, empty when unknown
     */
    public record Claim(
            String processor,
            int segment,
            @Nullable String owner,
            @Nullable Instant claimedAt,
            OptionalLong position) {}

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String ownOwner;
    private final Duration claimTimeout;
    private final Clock clock;

    /**
     * @param serializer the token store's serializer
     * @param ownOwner the owner name this process's token store writes
     */
    public TokenClaims(
            DataSource dataSource, Serializer serializer, String ownOwner, Duration claimTimeout, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
        this.ownOwner = ownOwner;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
    }

    /** How long a claim stays live without being refreshed. */
    public Duration claimTimeout() {
        return claimTimeout;
    }

    /** The owner name of this process's claims. */
    public String ownOwner() {
        return ownOwner;
    }

    /** Every segment of one processor, by segment number. */
    public List<Claim> of(String processor) {
        return jdbc.query(
                "SELECT segment, owner, timestamp, token, tokenType FROM TokenEntry WHERE processorName = ?"
                        + " ORDER BY segment",
                (row, i) -> new Claim(
                        processor,
                        row.getInt(1),
                        row.getString(2),
                        instant(row.getString(3)),
                        position(row.getBytes(4), row.getString(5))),
                processor);
    }

    /** Every segment of every processor. */
    public List<Claim> all() {
        return jdbc.query(
                "SELECT processorName, segment, owner, timestamp, token, tokenType FROM TokenEntry"
                        + " ORDER BY processorName, segment",
                (row, i) -> new Claim(
                        row.getString(1),
                        row.getInt(2),
                        row.getString(3),
                        instant(row.getString(4)),
                        position(row.getBytes(5), row.getString(6))));
    }

    /** True when another process holds this claim and refreshed it within the claim timeout. */
    public boolean heldLiveElsewhere(Claim claim) {
        return claim.owner() != null
                && !claim.owner().equals(ownOwner)
                && claim.claimedAt() != null
                && claim.claimedAt().isAfter(clock.instant().minus(claimTimeout));
    }

    /** The other processes (node id / process id) that hold a live claim on any processor's segment now. */
    public Set<String> otherLiveOwners() {
        Set<String> owners = new TreeSet<>();
        for (Claim claim : all()) {
            if (heldLiveElsewhere(claim)) {
                owners.add(claim.owner());
            }
        }
        return owners;
    }

    private static @Nullable Instant instant(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private OptionalLong position(byte @Nullable [] token, @Nullable String type) {
        if (token == null || type == null) {
            return OptionalLong.of(-1);
        }
        try {
            Object deserialized = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
            return deserialized instanceof TrackingToken tracking ? tracking.position() : OptionalLong.empty();
        } catch (RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
