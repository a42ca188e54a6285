/** Axon aggregates. Not API; may change. */
@NullMarked
package org.frontierledger.eventstore.internal;

import org.jspecify.annotations.NullMarked;
