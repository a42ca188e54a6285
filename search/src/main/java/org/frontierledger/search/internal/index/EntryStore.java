package org.frontierledger.search.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * The projection's view of the index: reads see every write of the running batch, committed or
 * not, and writes keep claims and the market facts in their sentences in step.
 *
 * <p>Why an overlay: the near-real-time searcher only sees what was written before its last
 * refresh, and refreshing after every event would write a tiny segment per event. So the writes
 * since the last commit are kept here, by id, and merged into every read; a commit hands them to
 * Lucene, refreshes the searcher and empties the overlay.
 *
 * <p>Why Lucene sees the writes only at the commit: within a batch a claim is written again each
 * time a market event of its sentence arrives (usually right after it, in the same document), so
 * writing every version would index most claims twice. At the commit each entry written since the
 * last one goes to Lucene once, in its last state: a claim with the facts it carries then.
 *
 * <p>Why a cache: every event of a document needs the document's entries, and a document's events
 * arrive together, so the entries of the most recent documents are kept decoded here and updated
 * by every write; otherwise a document of n claims would decode its stored entries n times. This
 * store is the index's only writer, so the cache cannot go stale.
 *
 * <p>Used by the one processor thread; synchronized anyway, so a tool calling in is safe.
 */
final class EntryStore {

    /** An entry deleted since the last commit. */
    private record Deleted(String id, String documentId) {}

    private static final Comparator<FactEntry> FACT_ORDER = Comparator.comparing(FactEntry::eventId);

    private final ClaimIndex index;
    /** How many documents' entries are kept decoded. */
    private static final int CACHED_DOCUMENTS = 64;

    /** Writes since the last commit by entry id: an {@link Entry} or a {@link Deleted}. */
    private final Map<String, Object> pending = new LinkedHashMap<>();
    /** The entries of recently used documents by document id, then entry id; least recently used first. */
    private final Map<String, Map<String, Entry>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
                Map.Entry<String, Map<String, org.frontierledger.search.internal.index.Entry>> eldest) {
            return size() > CACHED_DOCUMENTS;
        }
    };

    EntryStore(ClaimIndex index) {
        this.index = index;
    }

    synchronized void putDocument(DocumentEntry document) {
        write(document.id(), document);
    }

    /** Writes the claim with the facts of the market events already known in its sentence. */
    synchronized void putClaim(ClaimEntry claim) {
        write(claim.id(), claim);
    }

    /** Writes the facts, then every claim whose sentence they are in, so the claims carry them. */
    synchronized void putFact(FactEntry fact) {
        write(fact.id(), fact);
        rewriteClaimsCarrying(fact);
    }

    /** Removes a market event's facts from the index and from every claim that carried them. */
    synchronized void deleteFact(String documentId, String eventId) {
        FactEntry fact = fact(documentId, eventId);
        if (fact == null) {
            return;
        }
        write(fact.id(), new Deleted(fact.id(), documentId));
        rewriteClaimsCarrying(fact);
    }

    synchronized @Nullable DocumentEntry document(String documentId) {
        return entryMap(documentId).values().stream()
                .filter(DocumentEntry.class::isInstance)
                .map(DocumentEntry.class::cast)
                .findFirst()
                .orElse(null);
    }

    synchronized @Nullable FactEntry fact(String documentId, String eventId) {
        String id = FactEntry.idOf(eventId);
        return entryMap(documentId).values().stream()
                .filter(e -> e instanceof FactEntry && e.id().equals(id))
                .map(FactEntry.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** Hands every entry written since the last commit to Lucene in its last state, commits, then forgets them here. */
    synchronized void commit() {
        for (Object write : pending.values()) {
            switch (write) {
                case Deleted deleted -> index.delete(deleted.id());
                case DocumentEntry document -> index.upsert(document.id(), ClaimDocuments.document(document));
                case FactEntry fact -> index.upsert(fact.id(), ClaimDocuments.fact(fact));
                case ClaimEntry claim ->
                    index.upsert(
                            claim.id(),
                            ClaimDocuments.claim(
                                    claim,
                                    factsOf(claim, entryMap(claim.documentId()).values())));
                default -> throw new IllegalStateException("not an entry: " + write);
            }
        }
        index.commit();
        pending.clear();
    }

    synchronized void deleteAll() {
        index.deleteAll();
        pending.clear();
        cache.clear();
    }

    private void rewriteClaimsCarrying(FactEntry fact) {
        List<Entry> entries = entriesOf(fact.documentId());
        for (Entry entry : entries) {
            if (entry instanceof ClaimEntry claim && claim.carries(fact)) {
                write(claim.id(), claim); // written again at the commit, with the facts it carries then
            }
        }
    }

    private static List<FactEntry> factsOf(ClaimEntry claim, Collection<Entry> entriesOfItsDocument) {
        return entriesOfItsDocument.stream()
                .filter(e -> e instanceof FactEntry f && claim.carries(f))
                .map(FactEntry.class::cast)
                .sorted(FACT_ORDER)
                .toList();
    }

    private void write(String id, Object entryOrDeletion) {
        pending.remove(id); // keep the map in write order
        pending.put(id, entryOrDeletion);
        switch (entryOrDeletion) {
            case Entry entry -> {
                Map<String, Entry> cached = cache.get(entry.documentId());
                if (cached != null) {
                    cached.put(id, entry);
                }
            }
            case Deleted deleted -> {
                Map<String, Entry> cached = cache.get(deleted.documentId());
                if (cached != null) {
                    cached.remove(id);
                }
            }
            default -> throw new IllegalArgumentException("not an entry: " + entryOrDeletion);
        }
    }

    /** Every entry of a document, from the cache or else decoded from the index and the overlay: a copy. */
    private List<Entry> entriesOf(String documentId) {
        return new ArrayList<>(entryMap(documentId).values());
    }

    /** The cached entries of a document by id, live: only to read, and not while writing. */
    private Map<String, Entry> entryMap(String documentId) {
        return cache.computeIfAbsent(documentId, this::load);
    }

    /** Every entry of a document: what the searcher sees, overlaid with the writes since the last commit. */
    private Map<String, Entry> load(String documentId) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        index.withSearcher(searcher -> {
            readCommitted(searcher, documentId, entries);
            return null;
        });
        for (Object write : pending.values()) {
            switch (write) {
                case Entry entry when entry.documentId().equals(documentId) -> entries.put(entry.id(), entry);
                case Deleted deleted when deleted.documentId().equals(documentId) -> entries.remove(deleted.id());
                default -> {
                    // another document's write
                }
            }
        }
        return entries;
    }

    private static void readCommitted(IndexSearcher searcher, String documentId, Map<String, Entry> entries)
            throws IOException {
        TermQuery query = new TermQuery(new Term(ClaimFields.DOCUMENT_ID, documentId));
        int count = searcher.count(query);
        if (count == 0) {
            return;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
            Entry entry = ClaimDocuments.entry(stored.document(hit.doc));
            if (entry != null) {
                entries.put(entry.id(), entry);
            }
        }
    }
}
