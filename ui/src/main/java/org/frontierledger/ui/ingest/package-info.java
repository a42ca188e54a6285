/** The dashboard's ingest viewingest. */
@NullMarked
package org.frontierledger.ui.ingest;

import org.jspecify.annotations.NullMarked;
