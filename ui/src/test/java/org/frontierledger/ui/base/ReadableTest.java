package org.frontierledger.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.junit.jupiter.api.Test;

class ReadableTest {

    private static TimelineEntry price(String model, String in, String out, String quote) {
        return new TimelineEntry(
                "p",
                "doc",
                MarketEventType.PRICE,
                model,
                "OpenAI",
                model,
                null,
                null,
                new BigDecimal(in),
                new BigDecimal(out),
                null,
                null,
                "OpenAI",
                "$" + in + " in",
                null,
                null,
                LocalDate.parse("2024-05-13"),
                Instant.EPOCH,
                null,
                quote,
                0,
                quote.length(),
                CurationStatus.EXTRACTED,
                null,
                null);
    }

    @Test
    void dollarsAreShortenedAndCentsKept() {
        assertThat(Readable.usd(new BigDecimal("1500000000"))).isEqualTo("$1.5B");
        assertThat(Readable.usd(new BigDecimal("52500000000"))).isEqualTo("$52.5B");
        assertThat(Readable.usd(new BigDecimal("0.8"))).isEqualTo("$0.80");
        assertThat(Readable.usd(new BigDecimal("15"))).isEqualTo("$15.00");
        assertThat(Readable.usd(new BigDecimal("0.075"))).isEqualTo("$0.075");
        assertThat(Readable.usd(new BigDecimal("60000000000"), new BigDecimal("65000000000")))
                .isEqualTo("$60B–$65B");
        assertThat(Readable.ratio(new BigDecimal("12.000"))).isEqualTo("12×");
    }

    @Test
    void aPriceListRowReadsAsModelAndPrices() {
        TimelineEntry row =
                price("GPT-4o", "2.5", "10", "2024-08-06,OpenAI,GPT-4o,OpenAI,2.5,10,,https://openai.com/api/pricing");
        assertThat(Readable.quote(row)).isEqualTo("GPT-4o · input $2.50 · output $10.00");
        assertThat(Readable.figure(row)).isEqualTo("$2.50 in · $10.00 out");
        assertThat(Readable.tokenPrice(new BigDecimal("2.5"), null)).isEqualTo("input $2.50 per 1M tokens");
        TimelineEntry sentence = price("R1", "0.55", "2.19", "DeepSeek charges $0.55 per million input tokens.");
        assertThat(Readable.quote(sentence)).isEqualTo("DeepSeek charges $0.55 per million input tokens.");
    }

    @Test
    void amountsAreReadAsPeopleTypeThem() {
        for (String typed : List.of("$1.5B", "1.5 billion", "1,500,000,000", "US$ 1.5bn", "1500 million", "$1.5 B")) {
            assertThat(Readable.parseUsd(typed)).as(typed).contains(new BigDecimal("1500000000"));
        }
        assertThat(Readable.parseUsd("0.80")).contains(new BigDecimal("0.8"));
        assertThat(Readable.parseUsd("$750M")).contains(new BigDecimal("750000000"));
        assertThat(Readable.parseUsd("a lot")).isEmpty();
        assertThat(Readable.parseUsd("1.5 gazillion")).isEmpty();
        assertThat(Readable.parseUsd("")).isEmpty();
    }
}
