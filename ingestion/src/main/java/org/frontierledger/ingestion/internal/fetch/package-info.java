/** HTTP fetching with limits on size, time and redirects. Not API; may change. */
@NullMarked
package org.frontierledger.ingestion.internal.fetch;

import org.jspecify.annotations.NullMarked;
