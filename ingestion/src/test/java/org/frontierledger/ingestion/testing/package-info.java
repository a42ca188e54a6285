/** Test support: a loopback HTTP server with a request log. */
@NullMarked
package org.frontierledger.ingestion.testing;

import org.jspecify.annotations.NullMarked;
