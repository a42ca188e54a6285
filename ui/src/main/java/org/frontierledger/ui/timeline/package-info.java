/** The dashboard's timeline viewtimeline. */
@NullMarked
package org.frontierledger.ui.timeline;

import org.jspecify.annotations.NullMarked;
