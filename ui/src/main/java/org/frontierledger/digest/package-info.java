/**
 * The weekly digest as the server keeps it: the schedule that writes each finished week once, the
 * archive of written weeks under the data folder, the bridge that adds the team's saved-search hits,
 * and their settings ({@code ledger.digest}). The formats themselves are the exporters of
 * {@code org.frontierledger.export}.
 */
@NullMarked
package org.frontierledger.digest;

import org.jspecify.annotations.NullMarked;
