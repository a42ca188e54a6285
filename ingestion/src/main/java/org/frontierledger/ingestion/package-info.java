/**
 * Ingestion's API: {@link org.frontierledger.ingestion.IngestService} reads files, folders and
 * http(s) URLs, extracts claims and market events and records them as one command per document;
 * {@link org.frontierledger.ingestion.EventExtraction} runs the extractor without a store;
 * {@link org.frontierledger.ingestion.CuratedGold} scores the extractor against the analysts' curation
 * and exports it as gold files. Fetchers,
 * readers and extractors live in {@code internal} and are not API.
 */
@NullMarked
package org.frontierledger.ingestion;

import org.jspecify.annotations.NullMarked;
