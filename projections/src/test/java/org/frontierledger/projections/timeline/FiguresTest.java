package org.frontierledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.frontierledger.eventstore.event.UsdAmount;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void shortensDollarAmountsWithSuffixes() {
        assertThat(Figures.usd(BigDecimal.valueOf(190_000_000_000L))).isEqualTo("$190B");
        assertThat(Figures.usd(BigDecimal.valueOf(6_000_000))).isEqualTo("$6M");
        assertThat(Figures.usd(BigDecimal.valueOf(1_250_000_000))).isEqualTo("$1.25B");
        assertThat(Figures.usd(BigDecimal.valueOf(950))).isEqualTo("$950");
    }

    @Test
    void writesRangesWithAnEnDash() {
        UsdAmount range =
                new UsdAmount(BigDecimal.valueOf(5_000_000_000_000L), BigDecimal.valueOf(13_000_000_000_000L));
        assertThat(Figures.usd(range)).isEqualTo("$5T–$13T");
    }

    @Test
    void writesRatiosGpusAndTokenPrices() {
        assertThat(Figures.ratio(new BigDecimal("0.2"))).isEqualTo("0.2×");
        assertThat(Figures.gpus(2000)).isEqualTo("2,000 GPUs");
        assertThat(Figures.tokenPrice(new BigDecimal("2.5"), new BigDecimal("10")))
                .isEqualTo("$2.5 in / $10 out per 1M tokens");
        assertThat(Figures.tokenPrice(null, new BigDecimal("0.6"))).isEqualTo("$0.6 out per 1M tokens");
    }
}
