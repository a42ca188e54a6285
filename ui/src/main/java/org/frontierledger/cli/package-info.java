/** The command line: {@code extract}, {@code ingest}, {@code rebuild}, {@code digest}, {@code user add}. */
@NullMarked
package org.frontierledger.cli;

import org.jspecify.annotations.NullMarked;
