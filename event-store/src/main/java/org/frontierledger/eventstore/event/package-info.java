/**
 * The event vocabulary: immutable, past-tense, versioned records. Class names and packages are
 * stored with every event, forever: a change of shape is a new {@code @Revision} and an upcaster,
 * never an edit in place.
 *
 * <p>The store records <em>that a source said something</em>, not that it happened in the world:
 * hence {@code CapexReported}, not {@code CapexSpent}. Amounts are US dollars, fully expanded
 * ({@code 190000000000} for "$190 billion"); token prices are US dollars per one million tokens.
 */
@NullMarked
package org.frontierledger.eventstore.event;

import org.jspecify.annotations.NullMarked;
