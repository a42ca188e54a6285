/**
 * Running the server: Actuator health (liveness, and readiness that needs the store to answer and
 * every streaming processor near the head of the event stream), the ledger's Micrometer metrics
 * (scraped at {@code /actuator/prometheus}), and the filter chain that guards the management
 * endpoints and the OpenAPI description.
 */
@NullMarked
package org.frontierledger.ops;

import org.jspecify.annotations.NullMarked;
