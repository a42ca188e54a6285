package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.frontierledger.ingestion.internal.extract.TokenPrices.Kind;
import org.frontierledger.ingestion.internal.extract.TokenPrices.TokenPrice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Token prices, Duckling-style: a table of notations that are prices and one of notations that are not. */
class TokenPricesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            priced at $0.002 per 1K tokens                          | 2       | ANY
            $0.03/1k tokens                                         | 30      | ANY
            $3 per million input tokens                             | 3       | INPUT
            $15 per 1M output tokens                                | 15      | OUTPUT
            $15/MTok                                                | 15      | ANY
            Cache write: $6.25/M tokens                             | 6.25    | CACHE_WRITE
            75 cents per million tokens                             | 0.75    | ANY
            $0.01 per 1,000 input tokens                            | 10      | INPUT
            Input: $2.50 / 1M tokens                                | 2.5     | INPUT
            the cache-hit price of $0.028 per million tokens        | 0.028   | CACHED_INPUT
            """)
    void readsAPrice(String text, String perMTok, Kind kind) {
        List<TokenPrice> prices = TokenPrices.find(text);

        assertThat(prices).singleElement().satisfies(p -> {
            assertThat(p.perMTok()).isEqualByComparingTo(perMTok);
            assertThat(p.kind()).isEqualTo(kind);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Whisper costs $0.006 per minute of audio",
                "ChatGPT Plus is $20 per month",
                "PaLM 2 costs $0.0005/1K characters",
                "vision is $0.00765 per image",
                "the company raised $6.6 billion",
                "a $40 IPO price"
            })
    void findsNoTokenPriceIn(String text) {
        assertThat(TokenPrices.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $0.15/$0.50 per 1 million tokens input/output           | 0.15 | 0.5
            Input $0.5 / 1M tokens, Output $1.5 / 1M tokens         | 0.5  | 1.5
            $3 / 1M input, $15 / 1M output                          | 3    | 15
            $1.25 input and $10 output per million tokens           | 1.25 | 10
            """)
    void readsAnInputAndAnOutputPrice(String text, String input, String output) {
        List<TokenPrice> prices = TokenPrices.find(text);

        assertThat(prices).hasSize(2);
        assertThat(prices.get(0).kind()).isEqualTo(Kind.INPUT);
        assertThat(prices.get(0).perMTok()).isEqualByComparingTo(input);
        assertThat(prices.get(1).kind()).isEqualTo(Kind.OUTPUT);
        assertThat(prices.get(1).perMTok()).isEqualByComparingTo(output);
    }

    @Test
    void aListOfPricesTakesTheUnitOfItsFirstOne() {
        List<TokenPrice> prices =
                TokenPrices.find("Mini at $0.40 per million input tokens, Pro at $3.00, and Ultra at $12.00.");

        assertThat(prices)
                .extracting(TokenPrice::perMTok)
                .map(BigDecimal::toPlainString)
                .containsExactly("0.4", "3", "12");
        assertThat(prices).extracting(TokenPrice::kind).containsOnly(Kind.INPUT);
    }

    @Test
    void aPerMillionWithoutTheWordTokensCountsOnlyInADocumentAboutTokens() {
        assertThat(TokenPrices.find("With Gemini 2.5 Pro at $1.25/1M, a query costs $0.13.", null, true))
                .extracting(TokenPrice::perMTok)
                .map(BigDecimal::toPlainString)
                .containsExactly("1.25");
        assertThat(TokenPrices.find("With Gemini 2.5 Pro at $1.25/1M, a query costs $0.13.", null, false))
                .isEmpty();
        assertThat(TokenPrices.find("The plan is $2/1M users served", null, true))
                .isEmpty();
        assertThat(TokenPrices.find("Mini offers a budget-friendly $0.25/M entry point.", null, true))
                .extracting(TokenPrice::perMTok)
                .map(BigDecimal::toPlainString)
                .containsExactly("0.25");
    }

    @Test
    void aBracketedPairInASentenceOfPricesIsInputThenOutput() {
        List<TokenPrice> prices = TokenPrices.find("Pro at $1.25/MTok input undercuts Rival-5 ($5/$30) by 4x");

        assertThat(prices)
                .extracting(p -> p.kind() + " " + p.perMTok().toPlainString())
                .containsExactly("INPUT 1.25", "INPUT 5", "OUTPUT 30");
    }

    @Test
    void aStoragePricePerHourIsNoTokenPrice() {
        assertThat(TokenPrices.find("Cache storage: $1.00 / 1M tokens / hour.")).isEmpty();
    }
}
