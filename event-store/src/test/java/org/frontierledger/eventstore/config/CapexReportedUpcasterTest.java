package org.frontierledger.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.testing.LegacyEvents;
import org.junit.jupiter.api.Test;

/** Golden JSON per revision: the stored revision-1 payload becomes the revision-2 one. */
class CapexReportedUpcasterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(MAPPER).build();
    private final CapexReportedUpcaster upcaster = new CapexReportedUpcaster();

    private IntermediateEventRepresentation stored(String payloadType, String revision, String json) {
        return new InitialEventRepresentation(
                new GenericDomainEventEntry<>(
                        "DocumentAggregate",
                        LegacyEvents.DOCUMENT.value(),
                        1,
                        "e1",
                        LegacyEvents.RECORDED_AT,
                        payloadType,
                        revision,
                        json.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8)),
                serializer);
    }

    @Test
    void revisionOnePayloadBecomesTheRevisionTwoPayloadWithAnUnknownBasis() throws Exception {
        IntermediateEventRepresentation old =
                stored(CapexReported.class.getName(), "1", LegacyEvents.json("CapexReported-1"));

        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(old)).toList();

        assertThat(upcast).singleElement().satisfies(event -> {
            assertThat(event.getType().getName()).isEqualTo(CapexReported.class.getName());
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat(event.getData(JsonNode.class).getData())
                    .isEqualTo(MAPPER.readTree(LegacyEvents.json("CapexReported-2")));
            CapexReported capex = serializer.deserialize(event.getData());
            assertThat(capex.basis()).isNull();
            assertThat(capex.org()).isEqualTo("Raviga");
            assertThat(capex.period()).isEqualTo("2025");
            assertThat(capex.provenance().speaker()).isEqualTo("Laurie Bream");
        });
    }

    @Test
    void otherTypesAndCurrentRevisionsPassUnchanged() {
        IntermediateEventRepresentation current =
                stored(CapexReported.class.getName(), "2", LegacyEvents.json("CapexReported-2"));
        IntermediateEventRepresentation document = stored(
                "org.frontierledger.eventstore.event.DocumentIngested", "1", LegacyEvents.json("DocumentIngested-1"));

        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(current, document)).toList();

        assertThat(upcast).containsExactly(current, document);
    }
}
