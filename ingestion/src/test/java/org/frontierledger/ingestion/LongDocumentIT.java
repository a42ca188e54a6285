package org.frontierledger.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A document far longer than one command may hold is recorded in bounded parts: each part its own
 * document and stream of at most {@code max-events} events, the parts together the whole text, and
 * ingesting it again records nothing.
 */
@SpringBootTest(classes = IngestionTestApplication.class, properties = "ledger.read-side.enabled=false")
class LongDocumentIT {
    private static final int MAX_EVENTS = 300;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useH2(registry, "long-document-it");
        registry.add("ledger.ingest.parts.max-chars", () -> "20000");
        registry.add("ledger.ingest.parts.max-events", () -> String.valueOf(MAX_EVENTS));
    }

    @Autowired
    IngestService ingest;

    @Autowired
    EventStore eventStore;

    @Test
    void aLongDocumentIsRecordedInBoundedPartsOnceAndOnlyOnce() {
        // given: 300 KB, its first 40 KB dense with figures, the rest mostly talk
        String content = transcript(300_000);

        // when
        IngestReport first = ingest.ingestContent(
                "long-transcript.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8), "tester");

        // then: recorded as parts, none holding more than the limit, together the whole text
        assertThat(first.status()).as(first.summary()).isEqualTo(IngestReport.Status.RECORDED);
        assertThat(first.parts()).isGreaterThanOrEqualTo(15);
        assertThat(first.summary()).contains("in " + first.parts() + " parts");
        Map<String, List<DomainEventMessage<?>>> streams = streams();
        assertThat(streams).hasSize(first.parts());
        assertThat(streams.values()).allSatisfy(events -> assertThat(events).hasSizeLessThanOrEqualTo(MAX_EVENTS + 1));
        List<DocumentIngested> parts = streams.values().stream()
                .map(events -> (DocumentIngested) events.getFirst().getPayload())
                .toList();
        assertThat(String.join("", parts.stream().map(DocumentIngested::text).toList()))
                .isEqualTo(DocumentReaders.read("long-transcript.txt", "text/plain", content)
                        .text());
        assertThat(parts)
                .allSatisfy(
                        part -> assertThat(part.title()).matches(Pattern.quote(first.title()) + " \\(part [0-9.]+\\)"));
        assertThat(parts)
                .as("a dense part is cut again")
                .anySatisfy(part -> assertThat(part.title()).contains("."));
        long claims = streams.values().stream()
                .flatMap(List::stream)
                .filter(event -> event.getPayload() instanceof ClaimRecorded)
                .count();
        assertThat(claims).isEqualTo(first.claims()).isGreaterThan(MAX_EVENTS);

        // when: the same text again
        IngestReport again = ingest.ingestContent(
                "long-transcript.txt", "text/plain", content.getBytes(StandardCharsets.UTF_8), "tester");

        // then: known, every part of it, and nothing new
        assertThat(again.status()).isEqualTo(IngestReport.Status.ALREADY_KNOWN);
        assertThat(again.parts()).isEqualTo(first.parts());
        assertThat(eventIds(streams())).isEqualTo(eventIds(streams));
    }

    private static String transcript(int length) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("Long transcript\nDate: 2025-06-01\n\n");
        String[] orgs = {"Microsoft", "Alphabet", "Meta", "Amazon", "Oracle"};
        for (int i = 0; text.length() < length; i++) {
            String org = orgs[random.nextInt(orgs.length)];
            if (text.length() < 40_000 || random.nextInt(5) == 0) {
                text.append(org)
                        .append(" expects to spend $")
                        .append(10 + random.nextInt(80))
                        .append(" billion on capital expenditures in 2025, segment ")
                        .append(i)
                        .append('.');
            } else {
                text.append("Then they talked about the weather and the food at length, segment ")
                        .append(i)
                        .append('.');
            }
            text.append(i % 5 == 4 ? "\n\n" : "\n");
        }
        return text.toString();
    }

    private static Map<String, List<String>> eventIds(Map<String, List<DomainEventMessage<?>>> streams) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        streams.forEach((stream, events) -> ids.put(
                stream, events.stream().map(DomainEventMessage::getIdentifier).toList()));
        return ids;
    }

    /** Every stream in the store, in the order recorded. */
    private Map<String, List<DomainEventMessage<?>>> streams() {
        Map<String, List<DomainEventMessage<?>>> streams = new LinkedHashMap<>();
        try (BlockingStream<TrackedEventMessage<?>> all = eventStore.openStream(null)) {
            while (all.hasNextAvailable()) {
                if (all.nextAvailable() instanceof DomainEventMessage<?> event) {
                    streams.computeIfAbsent(event.getAggregateIdentifier(), id -> new ArrayList<>())
                            .add(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return streams;
    }
}
