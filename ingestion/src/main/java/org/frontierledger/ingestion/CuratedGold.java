package org.frontierledger.ingestion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.event.Curation;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventCorrected;
import org.frontierledger.eventstore.event.MarketEventRejected;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.springframework.stereotype.Service;

/**
 * The analysts' curation as gold: in every document with at least one decision, a confirmed event
 * is gold as recorded, a corrected one is gold with its corrected values (every correction, in
 * order), and a rejected one is a false positive. Events nobody has curated are neither. It reads
 * the whole store (only appends elsewhere, never writes), so it can run beside a server.
 * Thread-safe.
 */
@Service
public class CuratedGold {
    private final EventStore eventStore;
    private final RuleBasedExtractor extractor;

    CuratedGold(EventStore eventStore, RuleBasedExtractor extractor) {
        this.eventStore = eventStore;
        this.extractor = extractor;
    }

    /**
     * Scores the current extractor (with this process's lexicon) against the curated documents: each
     * document's stored text is extracted again and its predictions matched to its gold events by
     * the rules of the corpus's {@code EVENTS.md} and {@code score.py}.
     */
    public Evaluation evaluate() {
        Store store = read();
        Map<String, int[]> tally = new TreeMap<>();
        int[] extras = new int[3]; // hit rejected, unjudged, incomplete gold
        for (StoredDocument document : store.curated()) {
            score(document, tally, extras);
        }
        List<Evaluation.TypeScore> types = new ArrayList<>();
        int[] total = new int[3];
        tally.forEach((type, counts) -> {
            types.add(new Evaluation.TypeScore(type, counts[0], counts[1], counts[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
        });
        return new Evaluation(
                ReextractService.extractorName(),
                store.documents(),
                store.curated().size(),
                types,
                new Evaluation.TypeScore("overall", total[0], total[1], total[2]),
                extras[0],
                extras[1],
                extras[2]);
    }

    /**
     * Writes every curated document as {@code folder/docs/<name>.txt} (its stored text) and
     * {@code folder/gold/<name>.jsonl} (its confirmed and corrected events, one gold line each, the
     * quote being the event's sentence), the layout the corpus's {@code check_gold.py} and
     * {@code score.py} read. A document whose events were all rejected gets an empty gold file.
     *
     * @throws IllegalArgumentException when {@code folder/docs} or {@code folder/gold} holds files
     *     already, which the scorer would mix in
     * @throws UncheckedIOException when a file cannot be written
     */
    public GoldExport export(Path folder) {
        Path docs = folder.resolve("docs");
        Path gold = folder.resolve("gold");
        requireEmpty(docs);
        requireEmpty(gold);
        Store store = read();
        List<GoldExport.Document> written = new ArrayList<>();
        int rejected = 0;
        int incomplete = 0;
        try {
            Files.createDirectories(docs);
            Files.createDirectories(gold);
            for (StoredDocument document : store.curated()) {
                String name = document.name();
                List<ObjectNode> lines = document.gold(name + ".txt");
                List<String> complete = lines.stream()
                        .filter(GoldEvents::complete)
                        .map(EventExtraction::write)
                        .toList();
                Files.writeString(
                        docs.resolve(name + ".txt"), document.ingested().text(), StandardCharsets.UTF_8);
                Files.write(gold.resolve(name + ".jsonl"), complete, StandardCharsets.UTF_8);
                written.add(new GoldExport.Document(name, document.ingested().title(), complete.size()));
                rejected += document.rejectedCount();
                incomplete += lines.size() - complete.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder + ": " + e.getMessage(), e);
        }
        return new GoldExport(folder, written, rejected, incomplete);
    }

    private void score(StoredDocument document, Map<String, int[]> tally, int[] extras) {
        String doc = document.name() + ".txt";
        List<ObjectNode> all = document.gold(doc);
        List<ObjectNode> gold = all.stream().filter(GoldEvents::complete).toList();
        extras[2] += all.size() - gold.size();
        DocumentIngested stored = document.ingested();
        ParsedDocument parsed =
                new ParsedDocument(stored.title(), stored.text(), stored.format(), stored.reportedOn(), stored.show());
        List<ObjectNode> predictions =
                extractor.extract(parsed, stored.documentId(), stored.reportedOn()).marketEvents().stream()
                        .map(e -> GoldEvents.prediction(doc, e))
                        .toList();
        boolean[] used = new boolean[predictions.size()];
        for (ObjectNode g : gold) {
            int[] counts = tally.computeIfAbsent(g.get("type").asText(), t -> new int[3]);
            counts[0]++;
            int hit = firstMatch(g, predictions, used);
            if (hit >= 0) {
                used[hit] = true;
                counts[2]++;
            }
        }
        List<ObjectNode> rejected = document.rejected(doc);
        List<ObjectNode> uncurated = document.uncurated(doc);
        boolean[] rejectedTaken = new boolean[rejected.size()];
        boolean[] uncuratedTaken = new boolean[uncurated.size()];
        for (int i = 0; i < predictions.size(); i++) {
            if (used[i]) {
                tally.get(predictions.get(i).get("type").asText())[1]++;
                continue;
            }
            ObjectNode p = predictions.get(i);
            if (take(rejected, p, rejectedTaken)) {
                extras[0]++;
            } else if (take(uncurated, p, uncuratedTaken)) {
                extras[1]++;
                continue;
            }
            tally.computeIfAbsent(p.get("type").asText(), t -> new int[3])[1]++;
        }
    }

    private static int firstMatch(ObjectNode gold, List<ObjectNode> predictions, boolean[] used) {
        for (int i = 0; i < predictions.size(); i++) {
            if (!used[i] && GoldEvents.matches(gold, predictions.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Matches a prediction to the first event not taken yet, which it then takes. */
    private static boolean take(List<ObjectNode> events, ObjectNode prediction, boolean[] taken) {
        for (int i = 0; i < events.size(); i++) {
            if (!taken[i] && GoldEvents.matches(events.get(i), prediction)) {
                taken[i] = true;
                return true;
            }
        }
        return false;
    }

    private static void requireEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            if (files.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty; export into a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Every document's events and decisions, from the start of the store. */
    private Store read() {
        Map<DocumentId, StoredDocument> documents = new LinkedHashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> message = stream.nextAvailable();
                Class<?> type = message.getPayloadType();
                if (DocumentIngested.class.equals(type)) {
                    DocumentIngested ingested = (DocumentIngested) message.getPayload();
                    documents.putIfAbsent(ingested.documentId(), new StoredDocument(ingested));
                } else if (MarketEvent.class.isAssignableFrom(type)) {
                    MarketEvent event = (MarketEvent) message.getPayload();
                    StoredDocument document = documents.get(event.documentId());
                    if (document != null) {
                        document.add(event);
                    }
                } else if (Curation.class.isAssignableFrom(type)) {
                    Curation curation = (Curation) message.getPayload();
                    StoredDocument document = documents.get(curation.documentId());
                    if (document != null) {
                        document.add(curation);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the store was interrupted", e);
        }
        return new Store(
                documents.size(),
                documents.values().stream().filter(StoredDocument::curated).toList());
    }

    private record Store(int documents, List<StoredDocument> curated) {}

    /** One document's market events and the latest decision on each (a rejection is final). */
    private static final class StoredDocument {
        private final DocumentIngested ingested;
        private final Map<MarketEventId, MarketEvent> events = new LinkedHashMap<>();
        private final Map<MarketEventId, List<FieldChange>> corrections = new HashMap<>();
        private final Map<MarketEventId, Curation> decisions = new HashMap<>();

        StoredDocument(DocumentIngested ingested) {
            this.ingested = ingested;
        }

        DocumentIngested ingested() {
            return ingested;
        }

        void add(MarketEvent event) {
            events.putIfAbsent(event.id(), event);
        }

        void add(Curation curation) {
            if (curation instanceof MarketEventCorrected corrected) {
                corrections
                        .computeIfAbsent(corrected.eventId(), id -> new ArrayList<>())
                        .addAll(corrected.changes());
            }
            decisions.put(curation.eventId(), curation);
        }

        boolean curated() {
            return !decisions.isEmpty();
        }

        /** A file name for people and the scorer: the source's base name and the id's short form. */
        String name() {
            String source = ingested.source().replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
            String base = source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
            String slug =
                    base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
            return (slug.isEmpty() ? "document" : slug) + "_"
                    + ingested.documentId().shortForm();
        }

        List<ObjectNode> gold(String doc) {
            List<ObjectNode> gold = new ArrayList<>();
            events.forEach((id, event) -> {
                Curation decision = decisions.get(id);
                if (decision != null && !(decision instanceof MarketEventRejected)) {
                    gold.add(GoldEvents.gold(doc, event, corrections.getOrDefault(id, List.of())));
                }
            });
            return gold;
        }

        List<ObjectNode> rejected(String doc) {
            return events.values().stream()
                    .filter(e -> decisions.get(e.id()) instanceof MarketEventRejected)
                    .map(e -> GoldEvents.prediction(doc, e))
                    .toList();
        }

        int rejectedCount() {
            return (int) decisions.values().stream()
                    .filter(MarketEventRejected.class::isInstance)
                    .count();
        }

        List<ObjectNode> uncurated(String doc) {
            return events.values().stream()
                    .filter(e -> !decisions.containsKey(e.id()))
                    .map(e -> GoldEvents.prediction(doc, e))
                    .toList();
        }
    }
}
