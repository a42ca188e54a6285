package org.frontierledger.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.frontierledger.search.ClaimFact;
import org.frontierledger.search.ClaimHit;
import org.jspecify.annotations.Nullable;

/**
 * One claim as {@code GET /api/search} and {@code ledger search --json} give it, the same fields
 * written the same way: {@code fragment} is HTML-escaped text with {@code <mark>} around matches;
 * {@code facts} are the market events reported in its sentence.
 */
public record SearchHit(
        String id,
        String quote,
        @Nullable String speaker,
        String document,
        String documentTitle,
        String source,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        String type,
        String fragment,
        float score,
        List<Fact> facts) {

    /** Writes a hit as the REST API's JSON does, for a writer without the application's mapper. */
    private static final ObjectMapper JSON =
            JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** The hit of a search result. */
    public static SearchHit of(ClaimHit h) {
        return new SearchHit(
                h.claimId(),
                h.quote(),
                h.speaker(),
                h.documentId(),
                h.documentTitle(),
                h.source(),
                h.reportedOn(),
                "claim",
                h.fragmentHtml(),
                h.score(),
                h.facts().stream().map(Fact::of).toList());
    }

    /** This hit as one line of JSON, field for field as in an {@code /api/search} answer. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A market event of a claim; amounts in whole USD, prices in USD per million tokens. */
    public record Fact(
            String eventId,
            String type,
            @Nullable String org,
            @Nullable String model,
            @Nullable Long amountUsd,
            @Nullable Long amountUsdHigh,
            @Nullable Double inputUsdPerMTok,
            @Nullable Double outputUsdPerMTok) {
        static Fact of(ClaimFact f) {
            return new Fact(
                    f.eventId(),
                    f.type().name(),
                    f.org(),
                    f.model(),
                    f.amountUsd(),
                    f.amountUsdHigh(),
                    f.inputUsdPerMTok(),
                    f.outputUsdPerMTok());
        }
    }
}
