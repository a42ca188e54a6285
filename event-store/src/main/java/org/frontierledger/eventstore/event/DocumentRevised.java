package org.frontierledger.eventstore.event;

import org.axonframework.serialization.Revision;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.SourceId;

/**
 * A watched page's main text changed: {@code revision} is the document now at {@code url}, and it
 * supersedes {@code previous}. Both documents keep their own streams (a document's id is the hash
 * of its text); this event, in the source's stream, links them.
 *
 * @param sourceId the page's subscription
 * @param previous the document the page showed before
 * @param revision the document it shows now
 * @param url where the page is
 */
@Revision("1")
public record DocumentRevised(SourceId sourceId, DocumentId previous, DocumentId revision, String url)
        implements SourceRegistryEvent {}
