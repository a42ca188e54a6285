/**
 * Queries sent over Axon's query bus between modules that must not depend on each other (the
 * scheduler in ingestion asks the registry's read model which sources are due).
 */
@NullMarked
package org.frontierledger.eventstore.query;

import org.jspecify.annotations.NullMarked;
