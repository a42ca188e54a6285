/**
 * The REST API for scripts, under {@code /api}, behind the same accounts (HTTP Basic). Errors are
 * JSON {@code {"error": "..."}} with a 4xx status for bad input, never a stack trace.
 */
@NullMarked
package org.frontierledger.api;

import org.jspecify.annotations.NullMarked;
