/** The dashboard's sources viewsources. */
@NullMarked
package org.frontierledger.ui.sources;

import org.jspecify.annotations.NullMarked;
