/** The Subscriptions view: feeds, watched pages and folders the ledger keeps itself current from. */
@NullMarked
package org.frontierledger.ui.subscriptions;

import org.jspecify.annotations.NullMarked;
