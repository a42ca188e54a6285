package org.frontierledger.export;

import org.frontierledger.projections.digest.WeeklyDigest;

/** Renders a digest in one format. Implementations are stateless and thread-safe. */
public interface DigestExporter {

    /** The format this exporter writes. */
    DigestFormat format();

    /** The digest in this format; text formats are UTF-8. Deterministic for equal digests. */
    byte[] export(WeeklyDigest digest);
}
