package org.frontierledger.search.internal.index;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Feeds the claim index from events. Every write is an upsert by id, so processing an event twice
 * (after a crash, or in a replay) leaves one entry.
 *
 * <p>The Lucene commit rides on Axon's unit of work: the first write of a unit of work registers
 * one prepare-commit hook that commits the index, so a batch is durable in Lucene before the
 * processor's token is stored in the same unit of work. If the process dies in between, the batch
 * is processed again, which the upserts make harmless.
 *
 * <p>The group name is permanent: Axon stores this processor's tokens under it.
 */
@Component
@ProcessingGroup("claim-index")
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
class ClaimIndexProjection {

    /** Marks a unit of work whose commit hook is registered already. */
    private static final String COMMIT_HOOK = ClaimIndexProjection.class.getName() + ".commitHook";

    private final ClaimIndex index;

    ClaimIndexProjection(ClaimIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(DocumentIngested event) {
        index.upsert(event.documentId().value(), ClaimDocuments.document(event));
        commitWithUnitOfWork();
    }

    @EventHandler
    void on(ClaimRecorded event) {
        DocumentEntry document = index.findDocumentIncludingUncommitted(event.documentId().value());
        String title = document == null ? null : document.title();
        index.upsert(event.claimId().value(), ClaimDocuments.claim(event, title));
        commitWithUnitOfWork();
    }

    /** Empties the index before a replay, so it is rebuilt from events alone. */
    @ResetHandler
    void reset() {
        index.deleteAll();
    }

    private void commitWithUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            index.commit(); // called outside Axon, e.g. by a tool: nothing else will commit
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (root.resources().putIfAbsent(COMMIT_HOOK, Boolean.TRUE) == null) {
            root.onPrepareCommit(unitOfWork -> index.commit());
        }
    }
}
