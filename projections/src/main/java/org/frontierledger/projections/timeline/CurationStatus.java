package org.frontierledger.projections.timeline;

/** Where a market event stands with the analysts. */
public enum CurationStatus {
    /** As the extractor found it; waiting in the review queue. */
    EXTRACTED,
    /** An analyst confirmed it. */
    CONFIRMED,
    /** An analyst corrected one or more fields; the corrected values are shown. */
    CORRECTED,
    /** An analyst rejected it; it leaves every view but the review history. */
    REJECTED
}
