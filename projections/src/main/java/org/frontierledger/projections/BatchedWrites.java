package org.frontierledger.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Statements on different tables are sent table by table, each table's in the order queued: a
 * projection that writes a row and its version for every event (two tables, alternating) then
 * sends two JDBC batches per flush, not two round trips per event. That is safe because a plain
 * {@code INSERT INTO}, {@code UPDATE} or {@code DELETE FROM} one table does not read or change
 * another (the read models have no foreign keys or triggers between their tables); any other
 * statement (one with a {@code SELECT} in it, say) is a barrier that everything queued before it
 * is sent ahead of.
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
        // Statements on one table each, in queued order, by table in order of first use.
        Map<String, List<Statement>> byTable = new LinkedHashMap<>();
        for (Statement statement : queue) {
            String table = tableOf(statement.sql());
            if (table == null) {
                send(byTable);
                send(List.of(statement));
            } else {
                byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(statement);
            }
        }
        send(byTable);
        queue.clear();
    }

    private static final Pattern ONE_TABLE = Pattern.compile(
            "\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([A-Za-z_][A-Za-z0-9_]*)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The one table a plain insert, update or delete writes; null for any other statement. */
    static @Nullable String tableOf(String sql) {
        Matcher matcher = ONE_TABLE.matcher(sql);
        if (!matcher.matches() || sql.toUpperCase(Locale.ROOT).contains("SELECT")) {
            return null;
        }
        return matcher.group(1).toLowerCase(Locale.ROOT);
    }

    /** Sends each table's statements, table after table, and forgets them. */
    private void send(Map<String, List<Statement>> byTable) {
        byTable.values().forEach(this::send);
        byTable.clear();
    }

    /** Sends the statements in order, consecutive ones of the same SQL as one JDBC batch. */
    private void send(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                args.add(statements.get(to).args());
                to++;
            }
            if (args.size() == 1) {
                jdbc.update(sql, args.getFirst());
            } else {
                jdbc.batchUpdate(sql, args);
            }
            from = to;
        }
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
        T state = (T) CurrentUnitOfWork.get().root().resources().computeIfAbsent(key + "/" + name, k -> initial.get());
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
