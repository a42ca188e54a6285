package org.frontierledger.ingestion;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ComputeCommitmentReported;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceRatioReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.RevenueReported;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.frontierledger.ingestion.internal.read.TextDecoding;
import org.frontierledger.ingestion.internal.read.UnreadableDocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Extracts the market events of one local file as JSON lines in the format of the corpus's
 * {@code EVENTS.md}: one object per event with {@code doc} (the file's base name), {@code type},
 * the type's fields, {@code speaker} where known and {@code quote}. Amounts ({@code amountUsd},
 * {@code amountUsdHigh}) are US dollars, fully expanded, written as plain integers; token prices
 * ({@code inputUsdPerMTok}, {@code outputUsdPerMTok}) are US dollars per one million tokens. Capex
 * carries {@code basis} ("guidance" or "reported") where the sentence says, named like a valuation's
 * basis; the corpus's scorer matches on names and numbers and ignores it. Fields without a value are
 * left out, never written as null. {@code rule} names the extractor rule that found the event (the scorer
 * ignores it).
 */
public final class EventExtraction {
    /** The largest file read, in bytes (20 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private EventExtraction() {}

    /**
     * Reads a file (HTML, Markdown, plain text or a price-list CSV, UTF-8) and returns its market
     * events as JSON lines.
     * Dates the document does not state are taken as today.
     *
     * @param file the document
     * @return one JSON object per market event, in document order
     * @throws IllegalArgumentException when the file is missing, not a regular file, larger than
     *     {@value #MAX_BYTES} bytes, or of an unsupported format
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<String> jsonLines(Path file) {
        return jsonLines(file, Clock.systemDefaultZone());
    }

    /** The same, with "today" (for undated documents) taken from {@code clock}. */
    public static List<String> jsonLines(Path file, Clock clock) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        String content = read(file);
        ParsedDocument doc;
        try {
            doc = DocumentReaders.read(name, null, content);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        DocumentId id = DocumentId.ofText(doc.text());
        List<MarketEvent> events =
                new RuleBasedExtractor().extract(doc, id, LocalDate.now(clock)).marketEvents();
        return events.stream().map(event -> toJson(name, event)).toList();
    }

    private static String read(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IllegalArgumentException(
                        file + ": " + size + " bytes is more than the " + MAX_BYTES + " bytes (20 MB) read at most");
            }
            return TextDecoding.decode(file.toString(), null, Files.readAllBytes(file));
        } catch (UnreadableDocumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String toJson(String doc, MarketEvent event) {
        return write(node(doc, event));
    }

    /** An event as the JSON object of a line of {@link #jsonLines}, for the gold export and evaluation. */
    static ObjectNode node(String doc, MarketEvent event) {
        ObjectNode node = JSON.createObjectNode();
        node.put("doc", doc);
        node.put("type", event.type().name());
        fields(node, event);
        put(node, "speaker", event.provenance().speaker());
        node.put("quote", event.provenance().quote());
        put(node, "rule", event.provenance().rule());
        return node;
    }

    /** One JSON line, numbers written plainly (190000000000, not 1.9E+11). */
    static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    private static void fields(ObjectNode node, MarketEvent event) {
        switch (event) {
            case ModelReleaseReported e -> {
                put(node, "model", e.model());
                put(node, "org", e.org());
                if (e.openWeights() != null) {
                    node.put("openWeights", e.openWeights());
                }
                put(node, "license", e.license());
            }
            case CapexReported e ->
                orgAmount(node, e.org(), e.amount())
                        .put("period", e.period())
                        .put("basis", e.basis() == null ? null : e.basis().wireName());
            case PriceReported e -> {
                put(node, "org", e.org());
                put(node, "model", e.model());
                put(node, "inputUsdPerMTok", e.inputUsdPerMTok());
                put(node, "outputUsdPerMTok", e.outputUsdPerMTok());
                put(node, "provider", e.provider());
            }
            case PriceRatioReported e -> {
                put(node, "subject", e.subject());
                put(node, "ratio", e.ratio());
                put(node, "baseline", e.baseline());
                put(node, "org", e.org());
            }
            case ValuationReported e -> orgAmount(node, e.org(), e.amount()).put("basis", e.basis());
            case FundingReported e -> orgAmount(node, e.org(), e.amount());
            case RevenueReported e ->
                orgAmount(node, e.org(), e.amount()).put("period", e.period()).put("metric", e.metric());
            case TrainingCostReported e -> {
                put(node, "org", e.org());
                put(node, "model", e.model());
                amount(node, e.amount());
                if (e.gpus() != null) {
                    node.put("gpus", e.gpus());
                }
            }
            case ComputeCommitmentReported e -> orgAmount(node, e.org(), e.amount());
        }
    }

    private static Fields orgAmount(ObjectNode node, String org, UsdAmount amount) {
        node.put("org", org);
        amount(node, amount);
        return new Fields(node);
    }

    private static void amount(ObjectNode node, @Nullable UsdAmount amount) {
        if (amount != null) {
            node.put("amountUsd", amount.usd().stripTrailingZeros().toBigInteger());
            if (amount.usdHigh() != null) {
                node.put("amountUsdHigh", amount.usdHigh().stripTrailingZeros().toBigInteger());
            }
        }
    }

    private static void put(ObjectNode node, String field, @Nullable Object value) {
        if (value instanceof BigDecimal number) {
            node.put(field, number.stripTrailingZeros());
        } else if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** Puts optional text fields, skipping nulls. */
    private record Fields(ObjectNode node) {
        Fields put(String field, @Nullable String value) {
            EventExtraction.put(node, field, value);
            return this;
        }
    }
}
