/**
 * Format readers: turn HTML, Markdown and plain text into one normalised text with a title, date
 * and show. Not API; may change.
 */
@NullMarked
package org.frontierledger.ingestion.internal.read;

import org.jspecify.annotations.NullMarked;
