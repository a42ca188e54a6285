/** Money over time by company: capex, and valuations, funding and revenue, each with its sources. */
@NullMarked
package org.frontierledger.ui.figures;

import org.jspecify.annotations.NullMarked;
