/** The sample documents loaded on the first start, so a new dashboard is not empty. */
@NullMarked
package org.frontierledger.sample;

import org.jspecify.annotations.NullMarked;
