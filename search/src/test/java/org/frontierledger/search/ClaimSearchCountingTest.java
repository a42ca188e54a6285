package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontierledger.search.internal.index.IndexFixture;
import org.frontierledger.search.internal.index.IndexFixture.Line;
import org.frontierledger.search.internal.query.ClaimQueryParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The total of a search is exact whichever way it is counted (index statistics, the ranking pass,
 * a separate count, the facet pass), and paging through the hits shows each exactly once. The
 * claims are written so each query's number of matches is known; a threshold of 1 forces the
 * ranking to stop counting after the page, as it does past 10,000 matches in the product.
 */
class ClaimSearchCountingTest {

    @TempDir
    Path folder;

    private IndexFixture fixture;

    @BeforeEach
    void indexKnownCounts() {
        fixture = IndexFixture.open(folder);
        List<Line> spring = new ArrayList<>();
        List<Line> autumn = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? spring : autumn)
                    .add(IndexFixture.line("Hyperscalers keep building data centers in region " + i + ".", null));
        }
        for (int i = 0; i < 12; i++) {
            (i % 3 == 0 ? spring : autumn)
                    .add(IndexFixture.line("HBM supply stays tight for vendor " + i + ".", "Jensen Huang"));
        }
        for (int i = 0; i < 8; i++) {
            (i % 2 == 0 ? spring : autumn)
                    .add(IndexFixture.line("Power supply limits data center growth at site " + i + ".", null));
        }
        for (int i = 0; i < 5; i++) {
            spring.add(IndexFixture.line("GPT-4o pricing fell again in market " + i + ".", null));
        }
        fixture.ingest("Spring notes", LocalDate.of(2025, 4, 1), spring.toArray(Line[]::new));
        fixture.ingest("Autumn notes", LocalDate.of(2025, 10, 1), autumn.toArray(Line[]::new));
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @ParameterizedTest(name = "exact count while ranking up to {0}")
    @ValueSource(ints = {1, 4, 10_000})
    void everyWayOfCountingGivesTheExactTotalAndPagesShowEachHitOnce(int exactCountWhileRanking) {
        ClaimSearch search = new ClaimSearch(fixture.index(), exactCountWhileRanking);
        record Expected(String text, long total) {}
        List<Expected> expected = List.of(
                new Expected("supply", 20), // one word: counted from the index statistics
                new Expected("hbm supply", 12), // a conjunction: ranking pass, then a separate count
                new Expected("\"data centers\"", 38), // a phrase: one exact pass
                new Expected("\"data centers\" OR hbm", 50),
                new Expected("supply NEAR/3 power", 8),
                new Expected("gpt-4o", 5), // split by the analyzer into a phrase
                new Expected("hyper*", 30),
                new Expected("supply -hbm", 8),
                new Expected("", 55)); // every claim
        for (Expected query : expected) {
            for (SortOrder sort : SortOrder.values()) {
                for (boolean facets : new boolean[] {false, true}) {
                    Set<String> seen = new HashSet<>();
                    for (int offset = 0; offset < query.total() + 4; offset += 4) {
                        ClaimQuery page = new ClaimQuery(query.text(), offset, 4, Map.of(), sort, facets);
                        SearchResult result = search.search(page);
                        String what =
                                query.text() + " sorted " + sort + (facets ? " with facets" : "") + " at " + offset;
                        assertThat(result.total()).as(what).isEqualTo(query.total());
                        assertThat(result.hits()).as(what).hasSize((int)
                                Math.max(0, Math.min(4, query.total() - offset)));
                        result.hits()
                                .forEach(hit -> assertThat(seen.add(hit.claimId()))
                                        .as(what)
                                        .isTrue());
                    }
                    assertThat(seen).as(query.text()).hasSize((int) query.total());
                }
            }
            assertThat(search.count(ClaimQuery.firstPage(query.text(), 1))).isEqualTo(query.total());
        }
    }

    @Test
    void aSingleWordIsCountedFromTheStatisticsAndAConjunctionIsNot() {
        ClaimQueryParser parser = new ClaimQueryParser(fixture.index().analyzer());
        long supply = fixture.index()
                .withSearcher(searcher -> ClaimSearch.countFromStatistics(searcher, parser.parse("supply")));
        long both = fixture.index()
                .withSearcher(searcher -> ClaimSearch.countFromStatistics(searcher, parser.parse("hbm supply")));

        assertThat(supply).isEqualTo(20);
        assertThat(both).isEqualTo(-1);
    }

    @Test
    void phrasesSplitNamesAndNearNeedPositionsWordsAndPrefixesDoNot() {
        ClaimQueryParser parser = new ClaimQueryParser(fixture.index().analyzer());

        List<String> positional = List.of(
                "\"data centers\"",
                "gpt-4o",
                "supply NEAR/3 power",
                "hbm OR \"data centers\"",
                "hbm -\"data centers\"");
        List<String> plain =
                List.of("supply", "hbm supply", "hyper*", "\"supply\"", "org:microsoft amount:>=50B", "hbm OR supply");

        assertThat(positional).allMatch(text -> ClaimSearch.checksPositions(parser.parse(text)));
        assertThat(plain).noneMatch(text -> ClaimSearch.checksPositions(parser.parse(text)));
    }
}
