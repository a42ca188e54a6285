package org.frontierledger.search.internal.index;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.event.MarketEventSuperseded;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Feeds the claim index from events. Every write is an upsert by id, so processing an event twice
 * (after a crash, or in a replay) leaves one entry.
 *
 * <p>A claim carries the facts (type, company, model, amount, price) of the market events whose
 * quotes overlap its sentence in the same document. Either may arrive first: a market event is
 * kept as an entry of its own, and the claim's document is written again whenever one of its
 * events is reported, corrected or rejected, so curation shows in search at once.
 *
 * <p>The Lucene commit rides on Axon's unit of work: the first write of a unit of work registers
 * one prepare-commit hook that commits the index, so a batch is durable in Lucene before the
 * processor's token is stored in the same unit of work. If the process dies in between, the batch
 * is processed again, which the upserts make harmless.
 *
 * <p>The group name is permanent: Axon stores this processor's tokens under it with the node id
 * added ({@code claim-index@<node id>}), as each node keeps an index of its own.
 */
@Component
@ProcessingGroup("claim-index")
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
class ClaimIndexProjection {

    /** Marks a unit of work whose commit hook is registered already. */
    private static final String COMMIT_HOOK = ClaimIndexProjection.class.getName() + ".commitHook";

    private final EntryStore entries;

    ClaimIndexProjection(ClaimIndex index) {
        this.entries = new EntryStore(index);
    }

    @EventHandler
    void on(DocumentIngested event) {
        entries.putDocument(new DocumentEntry(event.documentId().value(), event.title(), event.source(), event.show()));
        commitWithUnitOfWork();
    }

    /** {@code recordedAt} is the event's own timestamp, so a replay writes the same value. */
    @EventHandler
    void on(ClaimRecorded event, @Timestamp Instant recordedAt) {
        DocumentEntry document = entries.document(event.documentId().value());
        entries.putClaim(ClaimEntry.of(event, recordedAt, document));
        commitWithUnitOfWork();
    }

    @EventHandler
    void on(MarketEvent event) {
        entries.putFact(FactEntry.of(event));
        commitWithUnitOfWork();
    }

    @EventHandler
    void on(MarketEventCorrected event) {
        FactEntry fact =
                entries.fact(event.documentId().value(), event.eventId().value());
        if (fact != null) {
            entries.putFact(fact.corrected(event.changes()));
            commitWithUnitOfWork();
        }
    }

    /** A rejection is final (the document aggregate refuses any later decision), so the facts go. */
    @EventHandler
    void on(MarketEventRejected event) {
        entries.deleteFact(event.documentId().value(), event.eventId().value());
        commitWithUnitOfWork();
    }

    /** A market event that re-extraction no longer finds leaves its claim's facts, like a rejection. */
    @EventHandler
    void on(MarketEventSuperseded event) {
        entries.deleteFact(event.documentId().value(), event.eventId().value());
        commitWithUnitOfWork();
    }

    /** Empties the index before a replay, so it is rebuilt from events alone. */
    @ResetHandler
    void reset() {
        entries.deleteAll();
    }

    private void commitWithUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            entries.commit(); // called outside Axon, e.g. by a tool: nothing else will commit
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.resources().putIfAbsent(COMMIT_HOOK, Boolean.TRUE) == null) {
            root.onPrepareCommit(unitOfWork -> entries.commit());
        }
    }
}
