/** Ingestion's Spring wiring and its settings ({@code ledger.ingest.*}). */
@NullMarked
package org.frontierledger.ingestion.config;

import org.jspecify.annotations.NullMarked;
