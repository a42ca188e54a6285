package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontierledger.search.SampleClaims.*;
import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.search.internal.index.IndexFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsSortingAndSimilarTest {

    @TempDir
    Path folder;

    private IndexFixture fixture;
    private ClaimSearch search;

    @BeforeEach
    void indexSampleClaims() {
        fixture = IndexFixture.open(folder);
        search = new ClaimSearch(fixture.index());
        SampleClaims.index(fixture);
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @Test
    void facetsCountEveryMatchingClaim() {
        SearchResult all = search.search(ClaimQuery.firstPage("", 2));

        assertThat(all.total()).isEqualTo(11);
        assertThat(all.hits()).hasSize(2);
        assertThat(all.facet(FacetDimension.TYPE))
                .containsExactly(
                        new FacetValue("CAPEX", 4),
                        new FacetValue("PRICE", 2),
                        new FacetValue("MODEL_RELEASE", 1),
                        new FacetValue("VALUATION", 1));
        assertThat(all.facet(FacetDimension.COMPANY))
                .contains(new FacetValue("OpenAI", 2), new FacetValue("Microsoft", 1));
        assertThat(all.facet(FacetDimension.MODEL))
                .extracting(FacetValue::value)
                .containsExactly("DeepSeek V3.2", "GPT-4o", "o3-mini");
        assertThat(all.facet(FacetDimension.SOURCE))
                .containsExactly(
                        new FacetValue("Model notes", 5),
                        new FacetValue("Market Notes", 4),
                        new FacetValue("Funding wrap", 2));
        assertThat(all.facet(FacetDimension.YEAR)).containsExactly(new FacetValue("2025", 11));
        assertThat(all.facet(FacetDimension.SPEAKER)).hasSize(4);
    }

    @Test
    void facetsFollowTheText() {
        SearchResult spend = search.search(ClaimQuery.firstPage("spend", 10));

        assertThat(spend.total()).isEqualTo(2);
        assertThat(spend.facet(FacetDimension.COMPANY))
                .containsExactly(new FacetValue("Amazon", 1), new FacetValue("Microsoft", 1));
    }

    @Test
    void choosingAFacetValueNarrowsTheHitsAndTheCountsOfOtherDimensions() {
        ClaimQuery capex = ClaimQuery.firstPage("", 20).withFilter(FacetDimension.TYPE, "CAPEX");

        SearchResult narrowed = search.search(capex);

        assertThat(narrowed.total()).isEqualTo(4);
        assertThat(narrowed.hits()).extracting(ClaimHit::quote).containsExactlyInAnyOrder(MSFT, GOOGLE, AWS, META);
        assertThat(narrowed.facet(FacetDimension.SOURCE)).containsExactly(new FacetValue("Market Notes", 4));
        assertThat(narrowed.facet(FacetDimension.COMPANY))
                .extracting(FacetValue::value)
                .containsExactly("Alphabet", "Amazon", "Meta", "Microsoft");
    }

    @Test
    void chosenDimensionStillCountsItsOtherValues() {
        ClaimQuery capex = ClaimQuery.firstPage("", 20).withFilter(FacetDimension.TYPE, "CAPEX");

        SearchResult narrowed = search.search(capex);

        // drill-sideways: the type counts ignore the type filter, so the other types stay clickable
        assertThat(narrowed.facet(FacetDimension.TYPE))
                .containsExactly(
                        new FacetValue("CAPEX", 4),
                        new FacetValue("PRICE", 2),
                        new FacetValue("MODEL_RELEASE", 1),
                        new FacetValue("VALUATION", 1));
    }

    @Test
    void chosenDimensionIsCountedUnderTheOtherDimensionsFiltersAndTheText() {
        ClaimQuery query = ClaimQuery.firstPage("billion", 20)
                .withFilter(FacetDimension.TYPE, "CAPEX")
                .withFilter(FacetDimension.COMPANY, "Meta");

        SearchResult result = search.search(query);

        assertThat(result.hits()).extracting(ClaimHit::quote).containsExactly(META);
        // types among "billion" claims of Meta; companies among "billion" capex claims
        assertThat(result.facet(FacetDimension.TYPE)).containsExactly(new FacetValue("CAPEX", 1));
        assertThat(result.facet(FacetDimension.COMPANY))
                .containsExactly(
                        new FacetValue("Alphabet", 1),
                        new FacetValue("Amazon", 1),
                        new FacetValue("Meta", 1),
                        new FacetValue("Microsoft", 1));
        assertThat(result.facet(FacetDimension.SOURCE)).containsExactly(new FacetValue("Market Notes", 1));
    }

    @Test
    void choosingASecondValueOfADimensionWidensTheHitsNotItsCounts() {
        ClaimQuery one = ClaimQuery.firstPage("billion", 20).withFilter(FacetDimension.TYPE, "VALUATION");
        ClaimQuery two = one.withFilter(FacetDimension.TYPE, "CAPEX");

        SearchResult first = search.search(one);
        SearchResult second = search.search(two);

        assertThat(first.total()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(5);
        assertThat(first.facet(FacetDimension.TYPE))
                .containsExactly(new FacetValue("CAPEX", 4), new FacetValue("VALUATION", 1));
        assertThat(second.facet(FacetDimension.TYPE)).isEqualTo(first.facet(FacetDimension.TYPE));
        assertThat(second.facet(FacetDimension.COMPANY))
                .extracting(FacetValue::value)
                .containsExactly("Alphabet", "Amazon", "Anthropic", "Meta", "Microsoft");
    }

    @Test
    void valuesOfOneDimensionAreOredAndDimensionsAnded() {
        ClaimQuery either = ClaimQuery.firstPage("", 20)
                .withFilter(FacetDimension.TYPE, "CAPEX")
                .withFilter(FacetDimension.TYPE, "VALUATION");
        ClaimQuery both = either.withFilter(FacetDimension.COMPANY, "Meta");

        assertThat(search.search(either).total()).isEqualTo(5);
        assertThat(search.search(both).hits()).extracting(ClaimHit::quote).containsExactly(META);
        assertThat(search.search(both.withoutFilter(FacetDimension.COMPANY, "Meta"))
                        .total())
                .isEqualTo(5);
    }

    @Test
    void filtersCombineWithTheText() {
        ClaimQuery query = ClaimQuery.firstPage("billion", 20).withFilter(FacetDimension.SOURCE, "Funding wrap");

        assertThat(search.search(query).hits()).extracting(ClaimHit::quote).containsExactly(ANTHROPIC);
    }

    @Test
    void hitsSortByRelevanceOrDate() {
        ClaimQuery query = ClaimQuery.firstPage("billion OR tokens OR hbm", 20);

        List<LocalDate> newest = dates(query.sortedBy(SortOrder.NEWEST));
        List<LocalDate> oldest = dates(query.sortedBy(SortOrder.OLDEST));

        assertThat(newest).isSortedAccordingTo(Comparator.reverseOrder()).hasSize(9);
        assertThat(oldest).isSorted().hasSize(9);
        assertThat(search.search(query.sortedBy(SortOrder.NEWEST)).hits())
                .allSatisfy(h -> assertThat(h.score()).isZero());
        assertThat(search.search(query).hits())
                .extracting(ClaimHit::score)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void pagesWalkThroughTheFilteredHits() {
        ClaimQuery capex =
                new ClaimQuery("", 0, 3, Map.of(), SortOrder.OLDEST, true).withFilter(FacetDimension.TYPE, "CAPEX");

        SearchResult first = search.search(capex);
        SearchResult second = search.search(capex.at(3));

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hits()).hasSize(3);
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hits().getFirst().claimId())
                .isNotIn(first.hits().stream().map(ClaimHit::claimId).toList());
    }

    @Test
    void hitsCarryTheirMarketFacts() {
        ClaimHit hit = search.search(ClaimQuery.firstPage("o3-mini", 5)).hits().getFirst();

        assertThat(hit.facts()).singleElement().satisfies(fact -> {
            assertThat(fact.type()).isEqualTo(MarketEventType.PRICE);
            assertThat(fact.model()).isEqualTo("o3-mini");
            assertThat(fact.inputUsdPerMTok()).isEqualTo(1.10);
            assertThat(fact.outputUsdPerMTok()).isEqualTo(4.40);
        });
    }

    @Test
    void facetCountsCanBeLeftOut() {
        SearchResult result = search.search(ClaimQuery.firstPage("hbm", 5).withFacetCounts(false));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.facets()).isEmpty();
    }

    @Test
    void moreLikeThisFindsClaimsSharingTellingWords() {
        String tight = search.search(ClaimQuery.firstPage("\"hbm supply remains\"", 1))
                .hits()
                .getFirst()
                .claimId();

        SearchResult alike = search.moreLikeThis(tight, 5);

        assertThat(alike.hits()).isNotEmpty();
        assertThat(alike.hits().getFirst().quote()).isEqualTo(HBM_SOLD);
        assertThat(alike.hits()).extracting(ClaimHit::claimId).doesNotContain(tight);
        assertThat(alike.hits().getFirst().fragmentHtml()).contains("<mark>");
    }

    @Test
    void moreLikeAnUnknownClaimIsEmpty() {
        assertThat(search.moreLikeThis("no-such-claim", 5).hits()).isEmpty();
    }

    @Test
    void claimsRecordedAfterAnInstantAreCounted() {
        Instant later = IndexFixture.RECORDED.plusSeconds(86_400);
        fixture.recordAt(later);
        fixture.ingest(
                "Late news",
                LocalDate.of(2024, 12, 1),
                line("HBM prices rose again, a supplier said.", null),
                line("Nothing else happened.", null));
        ClaimQuery hbm = ClaimQuery.firstPage("hbm", 10);

        assertThat(search.count(hbm)).isEqualTo(3);
        assertThat(search.countRecordedAfter(hbm, IndexFixture.RECORDED)).isEqualTo(1);
        assertThat(search.countRecordedAfter(hbm, later)).isZero();
        assertThat(search.countRecordedAfter(ClaimQuery.firstPage("", 1), IndexFixture.RECORDED.minusSeconds(1)))
                .isEqualTo(13);
    }

    @Test
    void asOfAnInstantFindsAndCountsOnlyClaimsRecordedByThen() {
        // given
        Instant later = IndexFixture.RECORDED.plusSeconds(86_400);
        fixture.recordAt(later);
        fixture.ingest(
                "Late news",
                LocalDate.of(2024, 12, 1),
                line("HBM prices rose again, a supplier said.", null),
                line("Nothing else happened.", null));
        ClaimQuery hbm = ClaimQuery.firstPage("hbm", 10);
        ClaimQuery all = ClaimQuery.firstPage("", 20);

        // then
        assertThat(search.search(hbm).total()).isEqualTo(3);
        assertThat(search.search(hbm.recordedBy(IndexFixture.RECORDED)).hits())
                .extracting(ClaimHit::quote)
                .containsExactlyInAnyOrder(HBM_TIGHT, HBM_SOLD);
        assertThat(search.search(hbm.recordedBy(later)).total()).isEqualTo(3);
        assertThat(search.search(all.recordedBy(IndexFixture.RECORDED.minusMillis(1)))
                        .total())
                .isZero();
        assertThat(search.search(all.recordedBy(IndexFixture.RECORDED)).facet(FacetDimension.YEAR))
                .containsExactly(new FacetValue("2025", 11));
        assertThat(search.search(all).facet(FacetDimension.YEAR))
                .containsExactly(new FacetValue("2025", 11), new FacetValue("2024", 2));
        assertThat(search.count(hbm.recordedBy(IndexFixture.RECORDED))).isEqualTo(2);
    }

    private List<LocalDate> dates(ClaimQuery query) {
        return search.search(query).hits().stream().map(ClaimHit::reportedOn).toList();
    }
}
