package org.frontierledger.export;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.PriceMove;
import org.frontierledger.projections.digest.TokenPrice;
import org.frontierledger.projections.digest.WeeklyDigest;

/**
 * The full structure of the digest as JSON (Jackson), pretty-printed, dates and instants in ISO
 * form, amounts as plain decimal numbers (USD; token prices in USD per 1M tokens). The marked
 * field {@code generatedAt} is the only one that differs between renderings.
 */
final class JsonDigestExporter implements DigestExporter {
    /** Bumped when the shape changes in a way readers must know about. */
    static final int VERSION = 1;

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addMixIn(WeeklyDigest.class, DigestMixIn.class)
            .addMixIn(IsoWeek.class, IsoWeekMixIn.class)
            .addMixIn(Citation.class, CitationMixIn.class)
            .addMixIn(TokenPrice.class, TokenPriceMixIn.class)
            .addMixIn(PriceMove.class, PriceMoveMixIn.class)
            .build();

    @Override
    public DigestFormat format() {
        return DigestFormat.JSON;
    }

    @Override
    public byte[] export(WeeklyDigest digest) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "frontier-ledger-weekly-digest");
        document.put("version", VERSION);
        document.put("units", "amounts in USD; token prices in USD per 1M tokens; " + TokenPrice.BLEND);
        document.put("digest", digest);
        try {
            return (json.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the digest of " + digest.week() + " as JSON", e);
        }
    }

    abstract static class DigestMixIn {
        @JsonIgnore
        abstract boolean isEmpty();
    }

    abstract static class IsoWeekMixIn {
        @JsonValue
        @Override
        public abstract String toString();
    }

    abstract static class CitationMixIn {
        @JsonProperty("sourceIsWebLink")
        abstract boolean isWebLink();
    }

    abstract static class TokenPriceMixIn {
        @JsonProperty("blended")
        abstract BigDecimal blended();
    }

    abstract static class PriceMoveMixIn {
        @JsonProperty("blendedChangePercent")
        abstract BigDecimal blendedChangePercent();
    }
}
