/** The landing page: what changed in the last seven days. */
@NullMarked
package org.frontierledger.ui.overview;

import org.jspecify.annotations.NullMarked;
