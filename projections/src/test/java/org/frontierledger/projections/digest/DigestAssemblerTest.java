package org.frontierledger.projections.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DigestAssemblerTest {
    private static final IsoWeek WEEK = IsoWeek.parse("2026-W19");
    private static final Instant AS_OF = Instant.parse("2026-05-11T06:00:00Z");
    private static final Instant RECORDED = Instant.parse("2026-05-08T12:00:00Z");
    private static final String DOC_A = "a".repeat(32);
    private static final String DOC_B = "b".repeat(32);
    private static final String DOC_OLD = "c".repeat(32);

    private static TimelineEntry entry(
            String id,
            String doc,
            MarketEventType type,
            String subject,
            @Nullable Long usd,
            String figure,
            @Nullable String detail,
            LocalDate reportedOn) {
        return new TimelineEntry(
                id.repeat(24).substring(0, 24),
                doc,
                type,
                subject,
                subject,
                null,
                usd == null ? null : BigDecimal.valueOf(usd),
                null,
                null,
                null,
                null,
                null,
                null,
                figure,
                null,
                detail,
                reportedOn,
                RECORDED,
                null,
                "The sentence about " + subject + ".",
                0,
                10,
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    private static Map<String, SourceDocument> documents() {
        return Map.of(
                DOC_A, source(DOC_A, "Weekly notes", "https://example.com/notes"),
                DOC_B, source(DOC_B, "Other notes", "/data/other.txt"),
                DOC_OLD, source(DOC_OLD, "Old notes", "/data/old.txt"));
    }

    private static SourceDocument source(String id, String title, String source) {
        return new SourceDocument(id, title, source, "text", LocalDate.of(2026, 5, 6), null, RECORDED, null, 100, 1, 1);
    }

    private static WeeklyDigest assemble(
            List<TimelineEntry> week,
            List<TimelineEntry> related,
            Map<String, TokenPrice> prices,
            List<AttributedClaim> claims) {
        return WeeklyDigests.assemble(
                new DigestData(WEEK, AS_OF, AS_OF, week, related, prices, claims, documents(), List.of()));
    }

    @Test
    void emptyWeekIsAnEmptyDigestNotAFailure() {
        WeeklyDigest digest = assemble(List.of(), List.of(), Map.of(), List.of());

        assertThat(digest.isEmpty()).isTrue();
        assertThat(digest.headline().total()).isZero();
        assertThat(digest.from()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void priceMoveComparesTheBlendAgainstThePreviousPointOfTheSameModelAndProvider() {
        TimelineEntry old = entry(
                "1",
                DOC_OLD,
                MarketEventType.PRICE,
                "Widget-2",
                null,
                "$2 in / $8 out",
                null,
                LocalDate.of(2026, 3, 2));
        TimelineEntry otherProvider = entry(
                "2",
                DOC_OLD,
                MarketEventType.PRICE,
                "Widget-2",
                null,
                "$1 in / $1 out",
                "Reseller",
                LocalDate.of(2026, 4, 2));
        TimelineEntry now = entry(
                "3", DOC_A, MarketEventType.PRICE, "Widget-2", null, "$1 in / $4 out", null, LocalDate.of(2026, 5, 6));
        Map<String, TokenPrice> prices = Map.of(
                old.eventId(), new TokenPrice(new BigDecimal("2"), new BigDecimal("8")),
                otherProvider.eventId(), new TokenPrice(BigDecimal.ONE, BigDecimal.ONE),
                now.eventId(), new TokenPrice(BigDecimal.ONE, new BigDecimal("4")));

        WeeklyDigest digest = assemble(List.of(now), List.of(old, otherProvider, now), prices, List.of());

        PriceMove move = digest.priceMoves().getFirst();
        assertThat(move.previous().event().eventId()).isEqualTo(old.eventId());
        assertThat(move.price().blended()).isEqualByComparingTo("1.75");
        assertThat(move.previousPrice().blended()).isEqualByComparingTo("3.5");
        assertThat(move.blendedChangePercent()).isEqualByComparingTo("-50.0");
    }

    @Test
    void aModelSpelledWithAHyphenInOneSourceAndASpaceInAnotherHasOnePriceHistory() {
        TimelineEntry listed = entry(
                "b",
                DOC_OLD,
                MarketEventType.PRICE,
                "Widget-2",
                null,
                "$1 in / $4 out",
                null,
                LocalDate.of(2026, 5, 4));
        TimelineEntry reported = entry(
                "c", DOC_A, MarketEventType.PRICE, "widget 2", null, "$1 in / $4 out", null, LocalDate.of(2026, 5, 6));
        TimelineEntry other = entry(
                "d", DOC_B, MarketEventType.PRICE, "Widget-20", null, "$9 in / $9 out", null, LocalDate.of(2026, 5, 5));
        TokenPrice price = new TokenPrice(BigDecimal.ONE, new BigDecimal("4"));
        Map<String, TokenPrice> prices = Map.of(
                listed.eventId(),
                price,
                reported.eventId(),
                price,
                other.eventId(),
                new TokenPrice(new BigDecimal("9"), new BigDecimal("9")));

        WeeklyDigest digest =
                assemble(List.of(listed, other, reported), List.of(listed, other, reported), prices, List.of());

        assertThat(digest.priceMoves())
                .extracting(
                        m -> m.previous() == null ? null : m.previous().event().eventId())
                .containsExactly(null, null, listed.eventId());
        assertThat(digest.priceMoves().get(2).blendedChangePercent()).isEqualByComparingTo("0");
    }

    @Test
    void conflictPutsDifferentFiguresFromDifferentDocumentsSideBySide() {
        TimelineEntry ours = entry(
                "4",
                DOC_A,
                MarketEventType.VALUATION,
                "Initech",
                90_000_000_000L,
                "$90B",
                null,
                LocalDate.of(2026, 5, 6));
        TimelineEntry theirs = entry(
                "5",
                DOC_OLD,
                MarketEventType.VALUATION,
                "initech",
                80_000_000_000L,
                "$80B",
                null,
                LocalDate.of(2026, 4, 1));
        TimelineEntry agreeing = entry(
                "6", DOC_B, MarketEventType.CAPEX, "Initech", 12_000_000_000L, "$12B", null, LocalDate.of(2026, 5, 7));
        TimelineEntry sameFigure = entry(
                "7",
                DOC_OLD,
                MarketEventType.CAPEX,
                "Initech",
                12_000_000_000L,
                "$12B",
                null,
                LocalDate.of(2026, 4, 1));

        WeeklyDigest digest =
                assemble(List.of(ours, agreeing), List.of(theirs, sameFigure, ours, agreeing), Map.of(), List.of());

        assertThat(digest.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.type()).isEqualTo(MarketEventType.VALUATION);
            assertThat(conflict.items()).extracting(i -> i.event().figure()).containsExactly("$80B", "$90B");
            assertThat(conflict.items())
                    .extracting(i -> i.citation().title())
                    .containsExactly("Old notes", "Weekly notes");
        });
    }

    @Test
    void headlineCountsByTypeAndPicksTheBiggestFigures() {
        TimelineEntry small = entry(
                "8", DOC_A, MarketEventType.CAPEX, "Initech", 1_000_000_000L, "$1B", null, LocalDate.of(2026, 5, 4));
        TimelineEntry big = entry(
                "9", DOC_B, MarketEventType.CAPEX, "Globex", 50_000_000_000L, "$50B", null, LocalDate.of(2026, 5, 5));
        TimelineEntry release = entry(
                "a",
                DOC_A,
                MarketEventType.MODEL_RELEASE,
                "Widget-3",
                null,
                "open weights",
                "MIT",
                LocalDate.of(2026, 5, 4));

        WeeklyDigest digest = assemble(List.of(small, big, release), List.of(), Map.of(), List.of());

        assertThat(digest.headline().counts())
                .containsExactly(Map.entry(MarketEventType.MODEL_RELEASE, 1), Map.entry(MarketEventType.CAPEX, 2));
        assertThat(digest.headline().biggest())
                .extracting(i -> i.event().figure())
                .containsExactly("$50B");
        assertThat(digest.figures().getFirst().items())
                .extracting(i -> i.event().figure())
                .containsExactly("$50B", "$1B");
        assertThat(digest.newModels())
                .extracting(i -> i.citation().source())
                .containsExactly("https://example.com/notes");
    }

    @Test
    void quotesWithFiguresComeFirstAndRepeatsAreDropped() {
        AttributedClaim plain = claim("c1", "Pat Smith", "We think this is a very exciting time for the industry.", 0);
        AttributedClaim figure = claim("c2", "Lee Jones", "We will double our spend to $20 billion next year.", 50);
        AttributedClaim repeat = claim("c3", "Lee Jones", "We will double our spend to $20 billion next year.", 90);

        WeeklyDigest digest = assemble(List.of(), List.of(), Map.of(), List.of(plain, figure, repeat));

        assertThat(digest.quotes()).extracting(q -> q.citation().speaker()).containsExactly("Lee Jones", "Pat Smith");
        assertThat(digest.isEmpty()).isFalse();
    }

    private static AttributedClaim claim(String id, String speaker, String quote, int start) {
        return new AttributedClaim(id, DOC_A, speaker, quote, start, LocalDate.of(2026, 5, 6), RECORDED);
    }

    @Test
    void aPriceListRowIsCitedWithTheSourceItNamesNotTheListFile() {
        String list = "d".repeat(32);
        TimelineEntry row = new TimelineEntry(
                "e".repeat(24),
                list,
                MarketEventType.PRICE,
                "Widget-3",
                "Acme",
                "Widget-3",
                null,
                null,
                BigDecimal.ONE,
                new BigDecimal("4"),
                null,
                null,
                null,
                "$1 in / $4 out",
                null,
                null,
                LocalDate.of(2026, 5, 6),
                RECORDED,
                null,
                "2026-05-06,Acme,Widget-3,Acme,1,4,launch price,https://acme.example/pricing",
                0,
                70,
                CurationStatus.EXTRACTED,
                null,
                null);
        Map<String, SourceDocument> documents = Map.of(
                list,
                new SourceDocument(
                        list,
                        "Price list",
                        "/data/prices.csv",
                        "price-list",
                        LocalDate.of(2026, 5, 6),
                        null,
                        RECORDED,
                        null,
                        100,
                        0,
                        1));

        WeeklyDigest digest = WeeklyDigests.assemble(new DigestData(
                WEEK,
                AS_OF,
                AS_OF,
                List.of(row),
                List.of(row),
                Map.of(row.eventId(), new TokenPrice(BigDecimal.ONE, new BigDecimal("4"))),
                List.of(),
                documents,
                List.of()));

        assertThat(digest.priceMoves()).singleElement().satisfies(move -> {
            assertThat(move.item().citation().source()).isEqualTo("https://acme.example/pricing");
            assertThat(move.item().citation().isWebLink()).isTrue();
            assertThat(move.item().citation().title()).isEqualTo("Price list");
        });
    }
}
