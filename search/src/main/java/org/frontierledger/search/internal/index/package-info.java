/**
 * The Lucene index of claims: analyzer, field layout, the index holder and the Axon projection
 * that feeds it. Not API; may change.
 */
@NullMarked
package org.frontierledger.search.internal.index;

import org.jspecify.annotations.NullMarked;
