/**
 * Several servers on one database: the node's name, the token claims of its event processors, and
 * the lock that runs a scheduled task once per cluster.
 */
@NullMarked
package org.frontierledger.eventstore.cluster;

import org.jspecify.annotations.NullMarked;
