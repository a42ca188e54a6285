package org.frontierledger.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.EventLog;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.sample-data.enabled=false", "spring.main.web-application-type=none"})
class CurationServiceIT {
    private static final String QUOTE = "Umbrella Corp will spend $9 billion on data centers in 2026.";

    @Autowired
    CurationService curation;

    @Autowired
    CommandGateway commands;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    EventLog log;

    private TimelineEntry entry;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("curation"));
    }

    @BeforeEach
    void eventOnTheTimeline() throws Exception {
        DocumentFixture document = DocumentFixture.text("Notes " + System.nanoTime() + "\n" + QUOTE)
                .capex(QUOTE, "Umbrella Corp", 9_000_000_000L, "2026");
        commands.sendAndWait(document.command());
        replayer.awaitCaughtUp(Duration.ofSeconds(30));
        entry = timeline.find(document.command().marketEvents().get(0).id().value())
                .orElseThrow();
    }

    @Test
    void correctionRecordsOnlyTheFieldsThatDiffer() throws Exception {
        Map<String, String> values = new LinkedHashMap<>(CurationService.currentValues(entry));
        values.put("amountUsd", "9000000000.00");
        values.put("period", "FY2026");

        List<FieldChange> changes = curation.correct(entry, "ana", values, "fiscal year per the filing");
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(changes).containsExactly(new FieldChange("period", "2026", "FY2026"));
        TimelineEntry corrected = timeline.get(entry.eventId());
        assertThat(corrected.period()).isEqualTo("FY2026");
        assertThat(corrected.status()).isEqualTo(CurationStatus.CORRECTED);
    }

    @Test
    void formValuesAreTheFieldsOfTheEventsTypeAndTheBasisCanBeCorrected() throws Exception {
        Map<String, String> values = new LinkedHashMap<>(CurationService.currentValues(entry));
        values.put("basis", "reported");

        List<FieldChange> changes = curation.correct(entry, "ana", values, "the filing says spent");
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        assertThat(CurationService.currentValues(entry).keySet())
                .containsExactly("org", "amountUsd", "amountUsdHigh", "period", "basis", "speaker", "reportedOn");
        assertThat(changes).containsExactly(new FieldChange("basis", null, "reported"));
        assertThat(timeline.get(entry.eventId()).detail()).isEqualTo("reported");
        assertThat(CurationService.currentValues(timeline.get(entry.eventId()))).containsEntry("basis", "reported");
    }

    @Test
    void aFieldTheTypeLacksOrAnUnknownBasisIsRefusedAndRecordsNothing() {
        long before = log.count();

        assertThatThrownBy(() -> curation.correct(entry, "ana", Map.of("gpus", "2000"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gpus' is not a field of a capex");
        assertThatThrownBy(() -> curation.correct(entry, "ana", Map.of("basis", "rumoured"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("guidance or reported");
        assertThat(log.count()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndRecordsNothing() {
        long before = log.count();
        Map<String, String> values = new LinkedHashMap<>(CurationService.currentValues(entry));
        values.put("amountUsd", "nine billion");

        assertThatThrownBy(() -> curation.correct(entry, "ana", values, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain number");
        assertThatThrownBy(() -> curation.reject(entry, "ana", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThat(curation.correct(entry, "ana", CurationService.currentValues(entry), null))
                .isEmpty();
        assertThat(log.count()).isEqualTo(before);
    }
}
