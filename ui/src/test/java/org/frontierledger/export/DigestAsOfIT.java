package org.frontierledger.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.frontierledger.eventstore.testing.StepClock;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.SavedSearchHits;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.digest.WeeklyDigests;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.SavedSearches;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The digest over a real H2 store and Lucene index, as known at an instant: saved searches list
 * the week's claims recorded by then (issue 6), and curation recorded later does not apply. Each
 * test has its own week, so the two never meet.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.sample-data.enabled=false", "spring.main.web-application-type=none"})
class DigestAsOfIT {
    /** The store's clock: stepped, not slept, to tell two moments apart. */
    @RegisterExtension
    final StepClock clock = new StepClock();

    private static final Instant GENERATED = Instant.parse("2026-06-01T06:00:00Z");

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    WeeklyDigests digests;

    @Autowired
    DigestExporters exporters;

    @Autowired
    SavedSearches savedSearches;

    @Autowired
    ClaimSearch search;

    @Autowired
    UserAccounts accounts;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("digest-as-of"));
    }

    private void ingest(DocumentFixture document, String query, long claimsExpected) throws Exception {
        commands.sendAndWait(document.command());
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        // The index shows a batch's claims once it is committed; wait for them rather than guess.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(search.count(ClaimQuery.firstPage(query, 1))).isEqualTo(claimsExpected));
    }

    private Map<DigestFormat, byte[]> render(IsoWeek week, Instant asOf) {
        WeeklyDigest digest = digests.build(week, asOf, GENERATED);
        Map<DigestFormat, byte[]> formats = new EnumMap<>(DigestFormat.class);
        for (DigestFormat format : DigestFormat.values()) {
            formats.put(format, exporters.export(digest, format));
        }
        return formats;
    }

    private static String text(Map<DigestFormat, byte[]> formats, DigestFormat format) {
        return new String(formats.get(format), StandardCharsets.UTF_8);
    }

    private static void assertSameBytes(Map<DigestFormat, byte[]> actual, Map<DigestFormat, byte[]> expected) {
        for (DigestFormat format : DigestFormat.values()) {
            if (format.isText()) {
                assertThat(text(actual, format)).as(format.name()).isEqualTo(text(expected, format));
            }
            assertThat(actual.get(format)).as(format.name()).isEqualTo(expected.get(format));
        }
    }

    @Test
    void savedSearchesListTheWeeksClaimsRecordedByThenWithTheirOwners() throws Exception {
        // given claims about HBM in week 2026-W23, one in an earlier week, and two analysts' searches
        String hbm = "HBM supply is the bottleneck for every accelerator shipped this year.";
        String sold = "Micron said its HBM supply is sold out through 2027.";
        DocumentFixture week23 = DocumentFixture.text("Memory notes\n" + hbm + "\n" + sold + "\nThe weather was fine.")
                .titled("Memory notes")
                .from("https://example.com/memory")
                .reportedOn(LocalDate.of(2026, 6, 3))
                .claim(hbm, "Dana Chief")
                .claim(sold, null)
                .claim("The weather was fine.", null);
        DocumentFixture earlier = DocumentFixture.text("Older memory notes\nHBM supply was easing in spring.")
                .reportedOn(LocalDate.of(2026, 4, 1))
                .claim("HBM supply was easing in spring.", null);
        ingest(earlier, "hbm", 1);
        ingest(week23, "hbm", 3);
        accounts.create("ana", "ana-password-1", Role.ANALYST);
        accounts.create("ben", "ben-password-1", Role.ANALYST);
        savedSearches.save("ben", "Quantum", ClaimQuery.firstPage("quantum", 20));
        savedSearches.save("ana", "HBM supply", ClaimQuery.firstPage("hbm supply", 20));
        savedSearches.save(
                "ana",
                "=cmd|' /C calc'!A0 <script>",
                ClaimQuery.firstPage("", 20).withFilter(FacetDimension.SPEAKER, "Dana Chief"));
        Instant asOf = clock.between();
        IsoWeek week = IsoWeek.of(LocalDate.of(2026, 6, 3));

        // when the week is rendered as of now, twice
        Map<DigestFormat, byte[]> first = render(week, asOf);
        Map<DigestFormat, byte[]> second = render(week, asOf);

        // then each owner's searches come with the week's hits only, the same bytes both times
        WeeklyDigest digest = digests.build(week, asOf, GENERATED);
        assertThat(digest.savedSearches())
                .extracting(
                        SavedSearchHits.Section::owner, SavedSearchHits.Section::name, SavedSearchHits.Section::total)
                .containsExactly(
                        Tuple.tuple("ana", "=cmd|' /C calc'!A0 <script>", 1L),
                        Tuple.tuple("ana", "HBM supply", 2L),
                        Tuple.tuple("ben", "Quantum", 0L));
        assertThat(digest.savedSearches().get(1).hits())
                .extracting(c -> c.quote())
                .containsExactly(hbm, sold);
        assertThat(digest.savedSearches().get(1).hits().getFirst().title()).isEqualTo("Memory notes");
        assertThat(digest.savedSearches().get(1).query()).isEqualTo("hbm supply");
        assertThat(digest.savedSearches().getFirst().query()).isEqualTo("all claims · Speaker: Dana Chief");
        assertSameBytes(second, first);
        String markdown = text(first, DigestFormat.MD);
        assertThat(markdown)
                .contains(
                        "## Saved searches",
                        "**HBM supply (ana)**: query: hbm supply · 2 claims",
                        "Dana Chief",
                        "**No hits this week**: Quantum (ben)")
                .doesNotContain("easing in spring", "<script>");
        assertThat(text(first, DigestFormat.HTML))
                .contains("=cmd|&#39; /C calc&#39;!A0 &lt;script&gt; (ana)")
                .doesNotContain("<script>");
        assertThat(text(first, DigestFormat.CSV))
                .contains("\"'=cmd|' /C calc'!A0 <script>\"")
                .doesNotContain("\"=cmd");

        // when a claim of the same week is recorded later
        String later = "HBM supply will stay tight, the supplier said.";
        ingest(
                DocumentFixture.text("Late memory notes\n" + later)
                        .reportedOn(LocalDate.of(2026, 6, 5))
                        .claim(later, null),
                "hbm",
                4);

        // then the digest as of then is unchanged, and the current one has the new hit
        assertSameBytes(render(week, asOf), first);
        WeeklyDigest now = digests.build(week, clock.instant(), GENERATED);
        assertThat(now.savedSearches().get(1).hits()).extracting(c -> c.quote()).containsExactly(hbm, sold, later);
        assertThat(now.savedSearches().get(1).total()).isEqualTo(3);
    }

    @Test
    void curationRecordedAfterAsOfDoesNotChangeThatDigest() throws Exception {
        // given a capex figure and two valuations that disagree, reported in week 2026-W25
        String capex = "Initech will spend $12 billion on data centres in 2026.";
        String value = "Investors valued Initech at $50 billion this week.";
        DocumentFixture news = DocumentFixture.text("Initech news\n" + capex + "\n" + value)
                .titled("Initech news")
                .from("https://example.com/initech")
                .reportedOn(LocalDate.of(2026, 6, 17))
                .capex(capex, "Initech", 12_000_000_000L, "2026")
                .valuation(value, "Initech", 50_000_000_000L, null)
                .claim(capex, "Pat Lee");
        String otherValue = "Initech is worth $40 billion, a filing shows.";
        DocumentFixture filing = DocumentFixture.text("Initech filing\n" + otherValue)
                .titled("Initech filing")
                .reportedOn(LocalDate.of(2026, 6, 18))
                .valuation(otherValue, "Initech", 40_000_000_000L, null);
        ingest(news, "initech", 1);
        ingest(filing, "initech", 1);
        Instant asOf = clock.between();
        IsoWeek week = IsoWeek.of(LocalDate.of(2026, 6, 17));
        Map<DigestFormat, byte[]> before = render(week, asOf);
        assertThat(text(before, DigestFormat.MD))
                .contains("$12B", "$50B", "$40B", "## Conflicts", "Valuation of Initech");

        // when the capex is corrected and the $40B valuation rejected after that instant
        MarketEvent capexEvent = event(news, MarketEventType.CAPEX);
        MarketEvent rejected = event(filing, MarketEventType.VALUATION);
        commands.sendAndWait(new CurateMarketEvent(
                news.id(),
                capexEvent.id(),
                CurateMarketEvent.Decision.CORRECT,
                "ana",
                List.of(new FieldChange("amountUsd", "12000000000", "15000000000")),
                "per the filing"));
        commands.sendAndWait(new CurateMarketEvent(
                filing.id(), rejected.id(), CurateMarketEvent.Decision.REJECT, "ana", List.of(), "misread"));
        replayer.awaitCaughtUp(Duration.ofSeconds(60));

        // then the digest as of that instant is byte for byte the one it was; now it shows the curation
        assertSameBytes(render(week, asOf), before);
        String current = text(render(week, clock.instant()), DigestFormat.MD);
        assertThat(current).contains("$15B").doesNotContain("$12B", "$40B", "Valuation of Initech");
    }

    private static MarketEvent event(DocumentFixture document, MarketEventType type) {
        return document.command().marketEvents().stream()
                .filter(e -> e.type() == type)
                .findFirst()
                .orElseThrow();
    }
}
