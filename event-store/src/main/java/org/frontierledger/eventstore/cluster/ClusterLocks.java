package org.frontierledger.eventstore.cluster;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs a task on one node of the cluster at a time, with ShedLock's lock in the shared database
 * (table {@code shedlock}, times taken from the database's clock): a node that finds the lock held
 * skips its run rather than waiting. On a single node it only keeps two runs from overlapping.
 *
 * <p>A lock is held while the task runs and at least {@code atLeast} from its start, so nodes
 * whose schedules fire at the same instant run it once; a node that dies holding it frees it after
 * {@code atMost} from the start.
 *
 * <p>Thread-safe.
 */
public class ClusterLocks {
    private final LockingTaskExecutor executor;

    public ClusterLocks(LockProvider provider) {
        this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /**
     * Runs the task here unless another node (or another run here) holds the lock of that name.
     *
     * @return whether the task ran here
     */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable task) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(
                    () -> {
                        task.run();
                        return Boolean.TRUE;
                    },
                    new LockConfiguration(Instant.now(), name, atMost, atLeast));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.wasExecuted();
    }
}
