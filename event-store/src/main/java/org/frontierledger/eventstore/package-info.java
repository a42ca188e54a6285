/**
 * The event store of Frontier Ledger: the event vocabulary ({@code event}), the commands that
 * produce it ({@code command}), typed identities ({@code id}) and the Axon storage wiring
 * ({@code config}). Every other module depends on this one; it depends on Axon and Spring only.
 */
@NullMarked
package org.frontierledger.eventstore;

import org.jspecify.annotations.NullMarked;
