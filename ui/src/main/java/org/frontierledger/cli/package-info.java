/**
 * The command line ({@code ./ledger <command>}): {@code extract}, {@code ingest}, {@code search},
 * {@code rebuild}, {@code reextract}, {@code eval}, {@code export-gold}, {@code digest},
 * {@code user}, {@code source} and {@code bench}; without a command the server starts.
 */
@NullMarked
package org.frontierledger.cli;

import org.jspecify.annotations.NullMarked;
