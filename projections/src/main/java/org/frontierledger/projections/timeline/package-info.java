/** Market events by reported date, with their figure, subject and quote: the analyst's timeline. */
@NullMarked
package org.frontierledger.projections.timeline;

import org.jspecify.annotations.NullMarked;
