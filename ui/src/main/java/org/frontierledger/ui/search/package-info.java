/** The dashboard's claim search: query, facets, sorting, similar claims and saved searches. */
@NullMarked
package org.frontierledger.ui.search;

import org.jspecify.annotations.NullMarked;
