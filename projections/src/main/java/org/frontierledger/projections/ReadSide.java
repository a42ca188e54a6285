package org.frontierledger.projections;

/** The switch that turns read models off in processes that only append events (command-line ingest). */
public final class ReadSide {
    /** Property: {@code true} (the default) runs projections in this process. */
    public static final String ENABLED = "ledger.read-side.enabled";

    private ReadSide() {}
}
