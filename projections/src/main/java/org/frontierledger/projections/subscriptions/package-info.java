/**
 * The source registry as a table: one row per subscribed feed, page or folder, with its schedule,
 * status, last and next run, counts and last error. Rebuilt from the registry's events on demand.
 * It also tells the scheduler (over the query bus) which sources are due.
 */
@NullMarked
package org.frontierledger.projections.subscriptions;

import org.jspecify.annotations.NullMarked;
