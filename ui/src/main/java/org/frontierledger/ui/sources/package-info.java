/**
 * The documents in the ledger: the list of sources and one document with its claims and market
 * events.
 */
@NullMarked
package org.frontierledger.ui.sources;

import org.jspecify.annotations.NullMarked;
