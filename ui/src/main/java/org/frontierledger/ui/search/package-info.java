/** The dashboard's search viewsearch. */
@NullMarked
package org.frontierledger.ui.search;

import org.jspecify.annotations.NullMarked;
