package org.frontierledger.projections.digest;

/**
 * An attributed claim worth reading: who said what, where and when.
 *
 * @param citation the source, the speaker and the sentence
 */
public record NotableQuote(Citation citation) {}
