/** The analysts' curation use case: confirm, reject or correct an extracted market event. */
@NullMarked
package org.frontierledger.curation;

import org.jspecify.annotations.NullMarked;
