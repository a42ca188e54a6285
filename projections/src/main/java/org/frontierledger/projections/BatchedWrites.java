package org.frontierledger.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A projection's SQL writes during one batch of its processor, sent to the database as JDBC
 * batches: statements are queued in order, and consecutive statements of the same SQL go in one
 * round trip. The queue is flushed in the batch's prepare-commit phase, inside the batch's
 * transaction and before its token is committed with it, so a batch is still all or nothing.
 *
 * <p>A handler that reads its own tables calls {@link #flush()} first, so it sees every write
 * queued before. Outside an Axon unit of work (a test or a tool calling a handler) each statement
 * runs at once.
 *
 * <p>Each queue belongs to the unit of work of the thread that filled it, so segments processed in
 * parallel never share one; an instance itself is thread-safe.
 */
public final class BatchedWrites {
    private final JdbcTemplate jdbc;
    /** The key of this instance's queue among the unit of work's resources. */
    private final String key = BatchedWrites.class.getName() + "@" + Integer.toHexString(System.identityHashCode(this));
    private final List<Consumer<BatchedWrites>> beforeFlush = new ArrayList<>();

    /** Writes through {@code jdbc}. */
    public BatchedWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code step} at the start of every flush, before the queued statements: for a projection
     * that folds many events into fewer statements (counters) and queues them there.
     */
    public synchronized BatchedWrites beforeEachFlush(Consumer<BatchedWrites> step) {
        beforeFlush.add(step);
        return this;
    }

    /** Queues a statement (runs it at once outside a unit of work). */
    public void update(String sql, Object... args) {
        List<Statement> queue = queue();
        if (queue == null) {
            jdbc.update(sql, args);
        } else {
            queue.add(new Statement(sql, args));
        }
    }

    /** Sends every queued statement of this thread's unit of work now, in order. */
    public void flush() {
        List<Statement> queue = queue();
        List<Consumer<BatchedWrites>> steps;
        synchronized (this) {
            steps = List.copyOf(beforeFlush);
        }
        steps.forEach(step -> step.accept(this));
        if (queue == null || queue.isEmpty()) {
            return;
        }
        int from = 0;
        while (from < queue.size()) {
            String sql = queue.get(from).sql();
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < queue.size() && queue.get(to).sql().equals(sql)) {
                args.add(queue.get(to).args());
                to++;
            }
            if (args.size() == 1) {
                jdbc.update(sql, args.getFirst());
            } else {
                jdbc.batchUpdate(sql, args);
            }
            from = to;
        }
        queue.clear();
    }

    /**
     * State a projection keeps for the current batch of this thread (such as counters it folds
     * into one statement per row in a {@link #beforeEachFlush} step), made by {@code initial} on
     * first use; null outside a unit of work, where the caller writes at once instead.
     */
    public <T> @Nullable T batchState(String name, Supplier<T> initial) {
        if (queue() == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T state = (T) CurrentUnitOfWork.get().root().resources().computeIfAbsent(key + "/" + name,
                k -> initial.get());
        return state;
    }

    private @Nullable List<Statement> queue() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        @SuppressWarnings("unchecked")
        List<Statement> queue = (List<Statement>) root.resources().get(key);
        if (queue == null) {
            List<Statement> fresh = new ArrayList<>();
            root.resources().put(key, fresh);
            root.onPrepareCommit(unitOfWork -> flush());
            queue = fresh;
        }
        return queue;
    }

    private record Statement(String sql, Object[] args) {}
}
