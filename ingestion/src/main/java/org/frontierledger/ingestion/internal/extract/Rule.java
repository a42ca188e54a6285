package org.frontierledger.ingestion.internal.extract;

import java.util.List;

/**
 * One rule of the extractor's cascade. Rules run stage by stage (tables, then prices and ratios,
 * then releases and hardware, then money), each over every sentence; a rule sees what earlier
 * stages found, so a sentence whose figures a table or price rule already read is not read again
 * as money. Every finding carries its rule's name into the event's provenance ("why this event").
 */
interface Rule {
    /** Stages, in the order they run. */
    int TABLES = 1;

    int PRICES = 2;
    int MODELS = 3;
    int MONEY = 4;

    /** A short dotted name, unique in the cascade: {@code money.funding}, {@code price.per-token}. */
    String name();

    /** The stage the rule runs in. */
    int stage();

    /** Which of two findings of the same fact stays: the higher priority. */
    int priority();

    /** What the rule finds in sentence {@code i} of the document. */
    List<Finding> apply(DocContext doc, int i);
}
