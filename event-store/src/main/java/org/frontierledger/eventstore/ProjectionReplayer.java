package org.frontierledger.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.cluster.TokenClaims;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds read models from the events: every streaming processor is stopped, its tokens reset to
 * the start of the stream (which calls the projections' reset handlers) and started again.
 *
 * <p>On a cluster (several nodes on one database) the SQL projections' segments are spread over the
 * nodes, and a reset must own every segment. A rebuild therefore runs only while no other node
 * holds a live claim in the token store: it refuses, naming the other nodes, until they are
 * stopped. "Caught up" counts the segments other live nodes hold, at the positions they stored.
 *
 * <p>Thread-safe; one rebuild at a time.
 */
public class ProjectionReplayer {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final @Nullable TokenClaims claims;
    /** When the current replay started, and where the slowest segment stood; null until known. */
    private volatile @Nullable Start start;

    private record Start(long nanos, long position) {}

    /** A replayer over the application's event processors and store. */
    public ProjectionReplayer(EventProcessingConfiguration processing, EventStore eventStore) {
        this(processing, eventStore, null);
    }

    /**
     * A replayer that also sees the other nodes' claims in the shared token store.
     *
     * @param claims the token store's claims; null for a single node that sees only its own segments
     */
    public ProjectionReplayer(
            EventProcessingConfiguration processing, EventStore eventStore, @Nullable TokenClaims claims) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.claims = claims;
    }

    /** Names of the processing groups that can be replayed. */
    public List<String> processorNames() {
        return processors().stream()
                .map(StreamingEventProcessor::getName)
                .sorted()
                .toList();
    }

    /**
     * Resets and restarts every streaming processor. Returns once each has picked up its reset
     * tokens (so {@link #awaitCaughtUp} cannot mistake the state before the reset for the end of
     * the replay); the replay itself runs behind.
     *
     * <p>A stopped processor has released its segments and shows no status; so once it shows one
     * again, that status is of the restarted processor: replaying, or (a small store replays in
     * milliseconds) already at the old head or past it.
     */
    public synchronized List<String> replayAll() throws InterruptedException {
        requireNoOtherLiveNode();
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        List<String> names = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (StreamingEventProcessor processor : processors()) {
            processor.shutDown();
            while (!processor.processingStatus().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (!processor.processingStatus().isEmpty()) {
                throw new IllegalStateException("processor " + processor.getName() + " did not release its segments"
                        + " within 30 s of stopping: " + describe());
            }
            processor.resetTokens();
            start = new Start(System.nanoTime(), -1);
            processor.start();
            names.add(processor.getName());
        }
        while (headPosition >= 0 && !allStarted(headPosition) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return names;
    }

    /**
     * Refuses a rebuild while another process holds a live claim in the token store: a reset needs
     * every segment, and a running node would take over the segments this node releases. A node
     * killed a moment ago holds its claims until they time out, so this waits that long first.
     */
    private void requireNoOtherLiveNode() throws InterruptedException {
        if (claims == null) {
            return;
        }
        long deadline = System.nanoTime() + claims.claimTimeout().plusSeconds(2).toNanos();
        java.util.Set<String> others = claims.otherLiveOwners();
        while (!others.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            others = claims.otherLiveOwners();
        }
        if (!others.isEmpty()) {
            throw new IllegalStateException("a rebuild resets every segment of every processor, and other nodes run on"
                    + " this database and hold segments: " + String.join(", ", others) + " (node id / process id)."
                    + " Stop every other node, then rebuild on this one and start the others again");
        }
    }

    /**
     * Rebuilds every read model: {@link #replayAll()}, then waits until each processor has caught up
     * with the head, telling {@code progress} where the slowest one stands every {@code every}. The
     * one rebuild loop of the application (the command line's and the Administration page's).
     *
     * @return the progress at the end (the head reached)
     * @throws TimeoutException when the replay has not caught up within {@code timeout}
     */
    public Progress rebuild(Duration timeout, Duration every, Consumer<Progress> progress)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        replayAll();
        long nextReport = System.nanoTime() + every.toNanos();
        while (!allCaughtUp()) {
            long now = System.nanoTime();
            if (now > deadline) {
                throw new TimeoutException(
                        "the read models did not catch up with the events within " + timeout + ": " + describe());
            }
            if (now >= nextReport) {
                progress.accept(progress());
                nextReport = now + every.toNanos();
            }
            Thread.sleep(50);
        }
        return progress();
    }

    /** True when every segment of every processor shows a status again: replaying, or at the old head or past it. */
    private boolean allStarted(long oldHead) {
        return processors().stream()
                .allMatch(p -> allSegmentsClaimed(p)
                        && p.processingStatus().values().stream()
                                .allMatch(s -> s.isReplaying() || position(s.getCurrentPosition()) >= oldHead));
    }

    /**
     * True when the processor's claimed segments cover the whole stream: a processor claims its
     * segments one at a time, and while one is unclaimed the others' status says nothing about it.
     * (A segment with mask m is 1/(m+1) of the stream.)
     */
    private static boolean allSegmentsClaimed(StreamingEventProcessor processor) {
        return ClusterCoverage.coveredHere(processor.processingStatus());
    }

    /**
     * True when the segments other live nodes hold (if any) and those claimed here cover the whole
     * stream, and the others' stored positions are at the head or past it.
     */
    private boolean elsewhereCaughtUp(StreamingEventProcessor processor, long headPosition) {
        return ClusterCoverage.heldElsewhere(processor, claims)
                .map(positions -> positions.stream().allMatch(p -> p.isPresent() && p.getAsLong() >= headPosition))
                .orElse(false);
    }

    /**
     * Waits until every streaming processor has caught up with the head of the stream.
     *
     * @throws TimeoutException when that takes longer than {@code timeout}
     */
    public void awaitCaughtUp(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allCaughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(
                        "read models did not catch up with the events within " + timeout + ": " + describe());
            }
            Thread.sleep(50);
        }
    }

    /**
     * True when every streaming processor runs, has claimed its work, is not in error, and has
     * handled every event stored when this method was called. (A segment stays flagged "replaying"
     * until an event past its reset point arrives, so that flag cannot tell a finished replay.) On
     * a cluster, the segments other live nodes hold count at the positions they stored.
     */
    public boolean allCaughtUp() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        return processors().stream()
                .allMatch(p -> p.isRunning()
                        && p.processingStatus().values().stream().noneMatch(s -> s.isErrorState())
                        && p.processingStatus().values().stream()
                                .allMatch(s -> position(s.getCurrentPosition()) >= headPosition)
                        && elsewhereCaughtUp(p, headPosition));
    }

    /**
     * How far the slowest processor has come: the lowest position any segment of any processor has
     * handled, against the head of the stream (positions are global sequence numbers, so the
     * fraction is close to, not exactly, the share of events handled), and how fast it moves.
     *
     * @param handled the slowest segment's position, -1 before the first event
     * @param head the position of the last stored event, -1 for an empty store
     * @param eventsPerSecond positions the slowest segment has advanced per second since the replay
     *     started (or since progress was first asked for, when no replay was started here); 0 while unknown
     */
    public record Progress(long handled, long head, double eventsPerSecond) {
        /** Between 0 and 1; 1 for an empty store. */
        public double fraction() {
            return head <= 0 ? 1.0 : Math.max(0, Math.min(1.0, (handled + 1) / (double) (head + 1)));
        }

        /** The time left at the current rate; empty while the rate is unknown. */
        public Optional<Duration> timeLeft() {
            if (eventsPerSecond <= 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) (Math.max(0, head - handled) / eventsPerSecond * 1000)));
        }

        /** For people: "position 12,345 of 1,000,000 (1%), 4,321 events/s, about 3 min 48 s left". */
        public String describe() {
            String rate = eventsPerSecond <= 0 ? "" : String.format(Locale.ROOT, ", %,.0f events/s", eventsPerSecond);
            String left = timeLeft()
                    .map(d -> ", about " + (d.toMinutes() > 0 ? d.toMinutes() + " min " : "") + d.toSecondsPart()
                            + " s left")
                    .orElse("");
            return String.format(Locale.ROOT, "position %,d of %,d (%d%%)", Math.max(0, handled + 1), head + 1, (int)
                            Math.floor(fraction() * 100))
                    + rate
                    + left;
        }
    }

    /** The progress of a replay (or of catching up): the slowest segment against the head, with its rate. */
    public Progress progress() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        long slowest = Math.min(
                processors().stream()
                        .flatMap(p -> p.processingStatus().values().stream())
                        .mapToLong(s -> position(s.getCurrentPosition()))
                        .min()
                        .orElse(headPosition),
                headPosition);
        long now = System.nanoTime();
        Start start = this.start;
        if (start == null) {
            start = new Start(now, slowest);
            this.start = start;
        }
        double seconds = (now - start.nanos()) / 1e9;
        double rate = seconds < 0.5 || slowest <= start.position() ? 0 : (slowest - start.position()) / seconds;
        return new Progress(slowest, headPosition, rate);
    }

    /** Each processor's slowest segment position (-1 before its first event), by name. */
    public Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        for (StreamingEventProcessor p : processors()) {
            positions.put(
                    p.getName(),
                    p.processingStatus().values().stream()
                            .mapToLong(s -> position(s.getCurrentPosition()))
                            .min()
                            .orElse(-1));
        }
        return positions;
    }

    /** {@link #progress()} for a log line or a status text. */
    public String progressLine() {
        return progress().describe();
    }

    /** Each processor's state, for messages and logs. */
    public String describe() {
        TrackingToken head = eventStore.createHeadToken();
        StringBuilder text = new StringBuilder("head ")
                .append(head == null ? "none" : head.position().orElse(-1));
        for (StreamingEventProcessor p : processors()) {
            text.append("; ").append(p.getName()).append(p.isRunning() ? " running" : " stopped");
            p.processingStatus()
                    .forEach((segment, s) -> text.append(" [segment ")
                            .append(segment)
                            .append(" at ")
                            .append(position(s.getCurrentPosition()))
                            .append(s.isReplaying() ? " replaying" : "")
                            .append(s.isErrorState() ? " error " + s.getError() : "")
                            .append("]"));
        }
        return text.toString();
    }

    private static long position(OptionalLong position) {
        return position.orElse(-1);
    }

    private List<StreamingEventProcessor> processors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }
}
