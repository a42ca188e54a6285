package org.frontierledger.projections.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.StepClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The digest over real read models, on every database. */
abstract class DigestReadModelContract {
    /** The store's clock: stepped, not slept, to tell two moments apart. */
    @RegisterExtension
    final StepClock clock = new StepClock();

    private static final String PRICE = "Globex now charges $3 per million input tokens and $12 per million output.";
    private static final String OLD_PRICE = "Globex charged $4 per million input tokens and $16 per million output.";
    private static final String VALUE = "Investors valued Globex at $70 billion this week.";
    private static final String OLD_VALUE = "Globex was valued at $60 billion in its last round.";
    private static final String QUOTE = "We expect to spend $30 billion on compute next year.";

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    WeeklyDigests digests;

    private DocumentFixture thisWeek;
    private MarketEventId priceId;

    private void ingest(DocumentFixture document) throws Exception {
        commands.sendAndWait(document.command());
        replayer.awaitCaughtUp(Duration.ofSeconds(30));
    }

    /** Each test has its own week and company, so tests sharing a database never meet. */
    private IsoWeek ingestTwoWeeks(String tag, LocalDate day) throws Exception {
        String org = "Globex " + tag;
        DocumentFixture earlier = DocumentFixture.text(tag + " earlier\n" + OLD_PRICE + "\n" + OLD_VALUE)
                .titled(tag + " earlier notes")
                .reportedOn(day.minusDays(35))
                .valuation(OLD_VALUE, org, 60_000_000_000L, "round");
        earlier.event(price(earlier, org, OLD_PRICE, "4", "16"));
        ingest(earlier);
        thisWeek = DocumentFixture.text(tag + " now\n" + PRICE + "\n" + VALUE + "\n" + QUOTE)
                .titled(tag + " <weekly> notes")
                .from("https://example.com/" + tag)
                .reportedOn(day)
                .valuation(VALUE, org, 70_000_000_000L, null)
                .claim(QUOTE, "Dana Chief")
                .claim(VALUE, null);
        PriceReported price = price(thisWeek, org, PRICE, "3", "12");
        priceId = price.id();
        thisWeek.event(price);
        ingest(thisWeek);
        return IsoWeek.of(day);
    }

    private static PriceReported price(DocumentFixture document, String org, String quote, String in, String out) {
        return new PriceReported(
                MarketEventId.derive(document.id(), "PRICE", org + " Max", in),
                document.provenance(quote, null),
                org,
                org + " Max",
                new BigDecimal(in),
                new BigDecimal(out),
                null);
    }

    @Test
    void digestCitesEachItemAndComparesPricesAndConflictingValuations() throws Exception {
        IsoWeek week = ingestTwoWeeks("cites", LocalDate.of(2026, 5, 6));

        WeeklyDigest digest = digests.build(week, clock.instant(), clock.instant());

        assertThat(digest.events()).hasSize(2);
        PriceMove move = digest.priceMoves().getFirst();
        assertThat(move.price().blended()).isEqualByComparingTo("5.25");
        assertThat(move.previousPrice().blended()).isEqualByComparingTo("7");
        assertThat(move.blendedChangePercent()).isEqualByComparingTo("-25.0");
        assertThat(digest.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.items())
                        .extracting(i -> i.event().figure())
                        .containsExactly("$60B", "$70B"));
        assertThat(digest.quotes()).singleElement().satisfies(q -> {
            assertThat(q.citation().speaker()).isEqualTo("Dana Chief");
            assertThat(q.citation().title()).isEqualTo("cites <weekly> notes");
            assertThat(q.citation().source()).isEqualTo("https://example.com/cites");
        });
        assertThat(digests.weeksWithEvents(100)).contains(week, IsoWeek.of(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void asOfAnEarlierInstantLeavesOutWhatWasRecordedLater() throws Exception {
        Instant before = clock.between();
        IsoWeek week = ingestTwoWeeks("asof", LocalDate.of(2026, 6, 10));

        WeeklyDigest then = digests.build(week, before, before);

        assertThat(then.isEmpty()).isTrue();
    }

    @Test
    void correctedPriceIsUsedAndRebuildGivesTheSameDigest() throws Exception {
        IsoWeek week = ingestTwoWeeks("rebuild", LocalDate.of(2026, 7, 8));
        commands.sendAndWait(new CurateMarketEvent(
                thisWeek.id(),
                priceId,
                CurateMarketEvent.Decision.CORRECT,
                "analyst",
                List.of(new FieldChange("outputUsdPerMTok", "12", "8")),
                "typo"));
        replayer.awaitCaughtUp(Duration.ofSeconds(30));
        Instant asOf = clock.instant();
        WeeklyDigest before = digests.build(week, asOf, asOf);

        replayer.replayAll();
        replayer.awaitCaughtUp(Duration.ofSeconds(60));

        assertThat(before.priceMoves().getFirst().price().output()).isEqualByComparingTo("8");
        assertThat(digests.build(week, asOf, asOf)).isEqualTo(before);
    }

    @Test
    void curationRecordedAfterAsOfDoesNotShowInThatDigest() throws Exception {
        // given a week as of an instant, read from the read models
        IsoWeek week = ingestTwoWeeks("curated", LocalDate.of(2026, 8, 12));
        MarketEventId valuationId = thisWeek.command().marketEvents().stream()
                .filter(e -> e.type() == MarketEventType.VALUATION)
                .findFirst()
                .orElseThrow()
                .id();
        Instant asOf = clock.between();
        WeeklyDigest before = digests.build(week, asOf, asOf);

        // when the price is corrected and the valuation rejected after that instant
        commands.sendAndWait(new CurateMarketEvent(
                thisWeek.id(),
                priceId,
                CurateMarketEvent.Decision.CORRECT,
                "analyst",
                List.of(new FieldChange("outputUsdPerMTok", "12", "8")),
                "typo"));
        commands.sendAndWait(new CurateMarketEvent(
                thisWeek.id(),
                valuationId,
                CurateMarketEvent.Decision.REJECT,
                "analyst",
                List.of(),
                "not a valuation"));
        replayer.awaitCaughtUp(Duration.ofSeconds(30));

        // then the digest as of that instant is the one it was, and the current one shows the curation
        WeeklyDigest then = digests.build(week, asOf, asOf);
        WeeklyDigest now = digests.build(week, clock.instant(), asOf);
        assertThat(then).isEqualTo(before);
        assertThat(then.priceMoves().getFirst().price().output()).isEqualByComparingTo("12");
        assertThat(then.events()).anyMatch(i -> i.event().eventId().equals(valuationId.value()));
        assertThat(now.priceMoves().getFirst().price().output()).isEqualByComparingTo("8");
        assertThat(now.priceMoves().getFirst().item().event().figure()).contains("$8");
        assertThat(now.events()).noneMatch(i -> i.event().eventId().equals(valuationId.value()));
        assertThat(now.conflicts()).isEmpty();
    }
}
