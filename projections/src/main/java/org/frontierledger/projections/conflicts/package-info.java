/**
 * Conflicting figures: when statements of the same thing (the same type of market event about the
 * same company or model, and for capex and revenue the same period) give values that differ by
 * more than 2%, every statement is kept and {@link org.frontierledger.projections.conflicts.ConflictQueries}
 * lists them together, each with its source. A projection of market events, rebuilt from them on
 * demand; superseded and rejected events leave it, corrected ones count with their corrected values.
 */
@NullMarked
package org.frontierledger.projections.conflicts;

import org.jspecify.annotations.NullMarked;
