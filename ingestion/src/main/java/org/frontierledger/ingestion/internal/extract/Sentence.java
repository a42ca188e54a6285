package org.frontierledger.ingestion.internal.extract;

/**
 * A sentence, bullet or transcript chunk of a document's text.
 *
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param line the index of the text line it is on
 * @param claimWorthy whether it is worth recording as a claim (not a short heading)
 */
record Sentence(int start, int end, int line, boolean claimWorthy) {}
