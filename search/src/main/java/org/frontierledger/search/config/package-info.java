/**
 * Spring wiring of the search module: the index location and the beans that exist only when the
 * read side is enabled.
 */
@NullMarked
package org.frontierledger.search.config;

import org.jspecify.annotations.NullMarked;
