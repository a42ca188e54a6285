/**
 * Axon storage wiring: the JDBC storage engine on the application's data source, Jackson
 * serialisation, pooled streaming processors that stop and retry on a failing handler, and the
 * defaults every Frontier Ledger process shares.
 */
@NullMarked
package org.frontierledger.eventstore.config;

import org.jspecify.annotations.NullMarked;
