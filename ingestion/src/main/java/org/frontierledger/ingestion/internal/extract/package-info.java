/**
 * The rule-based extractor: splits a document into attributed claims and finds typed market events
 * (releases, capex, prices, valuations, funding, revenue, training costs, compute commitments) in
 * them. Not API; may change.
 */
@NullMarked
package org.frontierledger.ingestion.internal.extract;

import org.jspecify.annotations.NullMarked;
