/** The raw event stream, for audit by administrators. */
@NullMarked
package org.frontierledger.ui.eventlog;

import org.jspecify.annotations.NullMarked;
