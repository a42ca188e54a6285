/**
 * RSS and Atom feeds read with ROME: entries with their links, oldest first. Not API; may change.
 */
@NullMarked
package org.frontierledger.ingestion.internal.feed;

import org.jspecify.annotations.NullMarked;
