package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.junit.jupiter.api.Test;

/**
 * A property of every extraction: each event's and claim's quote is exactly the document's text
 * at its offsets, and it names the document, a report date and the extractor. Checked over the
 * shared corpus, this module's own documents and the sample data the application ships.
 */
class ProvenanceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    @Test
    void everyQuoteIsTheDocumentTextAtItsOffsets() throws Exception {
        List<Path> documents = new ArrayList<>();
        documents.addAll(ScorerRun.files(ScorerRun.sharedDir().resolve("corpus").resolve("docs")));
        documents.addAll(ScorerRun.files(Path.of("src", "test", "resources", "generalisation", "docs")));
        documents.addAll(ScorerRun.files(Path.of("src", "test", "resources", "documents")));
        documents.addAll(ScorerRun.files(Path.of("..", "ui", "src", "main", "resources", "sample")));
        int events = 0;
        for (Path file : documents) {
            ParsedDocument doc = DocumentReaders.read(
                    file.getFileName().toString(), null, Files.readString(file, StandardCharsets.UTF_8));
            DocumentId id = DocumentId.ofText(doc.text());
            Extraction extraction = new RuleBasedExtractor().extract(doc, id, TODAY);
            for (MarketEvent event : extraction.marketEvents()) {
                assertExact(file, doc, id, event.provenance());
                assertThat(event.provenance().rule())
                        .as("the rule behind %s", event)
                        .isIn(Stream.concat(
                                        RuleBasedExtractor.cascade().stream().map(Rule::name),
                                        Stream.of(PriceListExtractor.RULE))
                                .toList());
                events++;
            }
            for (ClaimRecorded claim : extraction.claims()) {
                assertExact(file, doc, id, claim.provenance());
            }
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(17);
        assertThat(events).isGreaterThan(100);
    }

    private static void assertExact(Path file, ParsedDocument doc, DocumentId id, Provenance p) {
        assertThat(doc.text().substring(p.start(), p.end()))
                .as("quote at [%d, %d) of %s", p.start(), p.end(), file)
                .isEqualTo(p.quote());
        assertThat(p.quote())
                .as("quote in %s", file)
                .isNotBlank()
                .isEqualTo(p.quote().strip());
        assertThat(p.documentId()).isEqualTo(id);
        assertThat(p.reportedOn()).isNotNull();
        assertThat(p.extractor()).isEqualTo(RuleBasedExtractor.NAME);
        assertThat(p.extractorVersion()).isEqualTo(RuleBasedExtractor.VERSION);
    }
}
