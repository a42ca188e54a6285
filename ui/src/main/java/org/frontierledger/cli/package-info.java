/**
 * The command line of the jar, on picocli: {@code ledger COMMAND [OPTIONS]} with {@code run} (the
 * server), {@code extract}, {@code ingest}, {@code search}, {@code source ...}, {@code rebuild},
 * {@code reextract}, {@code eval}, {@code export-gold}, {@code digest}, {@code user ...} and
 * {@code bench ...}; {@code help} and {@code --help} at every level.
 */
@NullMarked
package org.frontierledger.cli;

import org.jspecify.annotations.NullMarked;
