/** Typed identities of documents, claims and market events; all derived from content. */
@NullMarked
package org.frontierledger.eventstore.id;

import org.jspecify.annotations.NullMarked;
