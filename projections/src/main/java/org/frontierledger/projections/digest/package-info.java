/**
 * The weekly digest: what was reported in the AI market in one ISO week (by reported date), with
 * every item cited. {@link org.frontierledger.projections.digest.WeeklyDigests} assembles a
 * {@link org.frontierledger.projections.digest.WeeklyDigest} from the timeline, the sources and this
 * package's own small read model (attributed claims and numeric token prices, processing group
 * {@code digest}, rebuilt from events on demand). Rendering into formats is the ui's job.
 */
@NullMarked
package org.frontierledger.projections.digest;

import org.jspecify.annotations.NullMarked;
