/** Price per million tokens over time: the chart, its blends and the table of points with sources. */
@NullMarked
package org.frontierledger.ui.prices;

import org.jspecify.annotations.NullMarked;
