/** Test fixtures shared with other modules through the event-store test-jar. */
@NullMarked
package org.frontierledger.eventstore.testing;

import org.jspecify.annotations.NullMarked;
