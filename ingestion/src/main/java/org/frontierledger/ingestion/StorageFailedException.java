package org.frontierledger.ingestion;

/**
 * The store could not record a document: its disk is full, the database is down or closed, a
 * commit failed. Unlike a bad document, this stops an ingest at once: every later document would
 * fail the same way, and a store that failed mid-write must not be written to again before someone
 * has looked. Everything reported recorded before it is in the store; the document it names and
 * those after it are not.
 */
public class StorageFailedException extends RuntimeException {
    private final boolean diskFull;
    private final String detail;
    private final int notRecorded;

    StorageFailedException(boolean diskFull, String detail, int notRecorded, Throwable cause) {
        super((diskFull ? "the disk is full (" : "the store failed (") + detail + ")", cause);
        this.diskFull = diskFull;
        this.detail = detail;
        this.notRecorded = notRecorded;
    }

    /** True when the store ran out of disk space. */
    public boolean diskFull() {
        return diskFull;
    }

    /** What the store said, for people: "No space left on device". */
    public String detail() {
        return detail;
    }

    /**
     * The documents of the interrupted ingest that were not recorded: the failing one and the
     * ones not tried after it.
     */
    public int notRecorded() {
        return notRecorded;
    }

    /** The same failure, counting {@code documents} as not recorded. */
    StorageFailedException notRecording(int documents) {
        StorageFailedException copy = new StorageFailedException(diskFull, detail, documents, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
