/** Commands: imperative records sent through Axon's command bus to the document aggregate. */
@NullMarked
package org.frontierledger.eventstore.command;

import org.jspecify.annotations.NullMarked;
