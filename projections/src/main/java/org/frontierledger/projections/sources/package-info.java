/** The documents in the ledger: one row per document with its date, format and counts. */
@NullMarked
package org.frontierledger.projections.sources;

import org.jspecify.annotations.NullMarked;
