package org.frontierledger.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.search.internal.index.ClaimDocuments;
import org.frontierledger.search.internal.index.ClaimEntry;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.frontierledger.search.internal.index.DocumentEntry;
import org.frontierledger.search.internal.index.FactEntry;
import org.jspecify.annotations.Nullable;

/**
 * An index written directly rather than by the {@code claim-index} projection: entries are added
 * from one thread to an index of their own, made searchable by {@link #commit()} and searched with
 * the product's {@link ClaimSearch}. For tools that load an index in bulk, such as the benchmarks;
 * the server's index is always the projection's. Entries are added, never replaced, so the folder
 * should start empty. Not thread-safe.
 */
public final class DirectIndex implements AutoCloseable {
    private final ClaimIndex index;
    private final ClaimSearch search;

    /**
     * A claim as the index holds it.
     *
     * @param id the claim's id
     * @param documentId its document's id
     * @param quote the sentence
     * @param speaker who said it, where known
     * @param reportedOn the date the source reported it
     * @param recordedAt when the ledger recorded it
     * @param title its document's title
     * @param show its document's show or publication, where known
     * @param source its document's address
     */
    public record Claim(
            String id,
            String documentId,
            String quote,
            @Nullable String speaker,
            LocalDate reportedOn,
            Instant recordedAt,
            String title,
            @Nullable String show,
            String source) {}

    /**
     * The facts of a market event stated by the whole of a claim's sentence.
     *
     * @param eventId the market event's id
     * @param type its kind
     * @param org the company, where known
     * @param model the model, where known
     * @param amountUsd the USD amount, whole dollars; null when none
     * @param inputUsdPerMTok USD per million input tokens; null when none
     */
    public record Fact(
            String eventId,
            MarketEventType type,
            @Nullable String org,
            @Nullable String model,
            @Nullable Long amountUsd,
            @Nullable Double inputUsdPerMTok) {}

    private DirectIndex(Path folder) {
        this.index = ClaimIndex.open(folder, false);
        this.search = ClaimSearch.over(index);
    }

    /** Opens (creating it if needed) the index in {@code folder} for writing; one writer per folder. */
    public static DirectIndex open(Path folder) {
        return new DirectIndex(folder);
    }

    /** Adds a document's entry (what {@code doc:} and {@code source:} find). */
    public void addDocument(String documentId, String title, String source, @Nullable String show) {
        index.add(ClaimDocuments.document(new DocumentEntry(documentId, title, source, show)));
    }

    /** Adds a claim carrying these facts. */
    public void addClaim(Claim claim, List<Fact> facts) {
        ClaimEntry entry = new ClaimEntry(
                claim.id(),
                claim.documentId(),
                claim.quote(),
                0,
                claim.quote().length(),
                claim.speaker(),
                claim.reportedOn(),
                claim.recordedAt().toEpochMilli(),
                claim.title(),
                claim.show(),
                claim.source());
        List<FactEntry> entries = facts.stream()
                .map(f -> new FactEntry(
                        f.eventId(),
                        claim.documentId(),
                        0,
                        claim.quote().length(),
                        f.type(),
                        f.org(),
                        f.model(),
                        f.amountUsd(),
                        null,
                        f.inputUsdPerMTok(),
                        null))
                .toList();
        index.add(ClaimDocuments.claim(entry, entries));
    }

    /**
     * Adds one document's events as the projection would index them: its entry, each claim with
     * the facts of the market events whose quotes overlap its sentence, and those facts.
     *
     * @param document the document's event; null when only its claims are known
     * @param claims its claims, each with the instant it was recorded
     * @param marketEvents its market events
     * @return the number of claims added
     */
    public int addDocumentEvents(
            @Nullable DocumentIngested document, List<Recorded<ClaimRecorded>> claims, List<MarketEvent> marketEvents) {
        DocumentEntry documentEntry = null;
        if (document != null) {
            documentEntry = new DocumentEntry(
                    document.documentId().value(), document.title(), document.source(), document.show());
            index.add(ClaimDocuments.document(documentEntry));
        }
        List<FactEntry> facts = new ArrayList<>();
        marketEvents.forEach(m -> facts.add(FactEntry.of(m)));
        for (Recorded<ClaimRecorded> claim : claims) {
            ClaimEntry entry = ClaimEntry.of(claim.event(), claim.at(), documentEntry);
            index.add(ClaimDocuments.claim(
                    entry,
                    facts.stream()
                            .filter(entry::carries)
                            .sorted(Comparator.comparing(FactEntry::eventId))
                            .toList()));
        }
        facts.forEach(fact -> index.add(ClaimDocuments.fact(fact)));
        return claims.size();
    }

    /**
     * An event with the instant the store recorded it.
     *
     * @param event the event
     * @param at its timestamp
     * @param <T> the event's type
     */
    public record Recorded<T>(T event, Instant at) {}

    /** Makes everything added durable and searchable. */
    public void commit() {
        index.commit();
    }

    /** Merges the index into one segment and commits, as an index is after a full rebuild. */
    public void forceMerge() {
        index.forceMerge();
    }

    /** The product's search over this index. */
    public ClaimSearch search() {
        return search;
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the Lucene index at " + index.path(), e);
        }
    }
}
