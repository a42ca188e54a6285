package org.frontierledger.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    @Test
    void sameSeedGivesTheSameClaims() {
        SyntheticCorpus one = new SyntheticCorpus(7);
        SyntheticCorpus two = new SyntheticCorpus(7);

        for (int i = 0; i < 500; i++) {
            assertThat(one.next()).isEqualTo(two.next());
        }
    }

    @Test
    void claimsHaveTenToFortyWordsAndAThirdCarryAFact() {
        SyntheticCorpus corpus = new SyntheticCorpus(42);
        List<SyntheticCorpus.Claim> claims = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            claims.add(corpus.next());
        }

        assertThat(claims)
                .allSatisfy(c -> assertThat(c.quote().split(" ").length).isBetween(10, 40));
        long withFacts = claims.stream().filter(c -> c.type() != null).count();
        assertThat(withFacts).isBetween(800L, 1200L);
        assertThat(claims)
                .filteredOn(c -> c.amountUsd() != null)
                .allSatisfy(c -> assertThat(c.quote()).contains("$"));
        assertThat(claims.get(49).documentId()).isEqualTo(claims.get(0).documentId());
        assertThat(claims.get(50).documentId()).isNotEqualTo(claims.get(0).documentId());
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(SearchBenchmark.percentile(sorted, 50)).isEqualTo(5);
        assertThat(SearchBenchmark.percentile(sorted, 99)).isEqualTo(10);
    }
}
