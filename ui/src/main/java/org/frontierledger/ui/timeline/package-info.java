/**
 * The timeline page: market events by reported date, filtered by type, company and dates (filters
 * live in the URL), as of a date.
 */
@NullMarked
package org.frontierledger.ui.timeline;

import org.jspecify.annotations.NullMarked;
