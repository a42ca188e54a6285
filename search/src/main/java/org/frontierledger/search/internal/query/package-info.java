/**
 * Turning what an analyst types into a Lucene query, and a hit's quote into escaped, highlighted
 * HTML. Not API; may change.
 */
@NullMarked
package org.frontierledger.search.internal.query;

import org.jspecify.annotations.NullMarked;
