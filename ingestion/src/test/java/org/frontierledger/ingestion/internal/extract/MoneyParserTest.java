package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

    @Test
    void expandsScaleWordsAndLetters() {
        assertThat(usd("a $6M claim, $190 billion, $3T, $1.5bn and US$2 billion and 40 million dollars"))
                .containsExactly("6000000", "190000000000", "3000000000000", "1500000000", "2000000000", "40000000");
    }

    @Test
    void readsASpaceBeforeTheScaleLetter() {
        assertThat(usd("the disputed $5 M figure")).containsExactly("5000000");
    }

    @Test
    void readsToRangesWithTheScaleOnlyOnTheHighEnd() {
        Money range = MoneyParser.find("it would cost $5 to $13 trillion").getFirst();

        assertThat(range.usd()).isEqualByComparingTo("5000000000000");
        assertThat(range.usdHigh()).isEqualByComparingTo("13000000000000");
    }

    @Test
    void readsDashRanges() {
        Money range = MoneyParser.find("a $10-20 million round").getFirst();

        assertThat(range.usd()).isEqualByComparingTo("10000000");
        assertThat(range.usdHigh()).isEqualByComparingTo("20000000");
    }

    @Test
    void readsFromToAsTwoPointsInTime() {
        assertThat(usd("revenue grew from about $1 billion to $3 billion")).containsExactly("1000000000", "3000000000");
    }

    @Test
    void skipsOtherCurrencies() {
        assertThat(MoneyParser.find("€600 million, £2 billion, HK$5 billion and 30 billion yuan"))
                .isEmpty();
    }

    @Test
    void readsAmountsWrittenInWords() {
        assertThat(usd("a hundred billion dollars, five hundred billion dollars, sixty-five million dollars"
                        + " and half a trillion dollars"))
                .containsExactly("100000000000", "500000000000", "65000000", "500000000000");
    }

    @Test
    void leavesWordsThatAreNotNumbersAlone() {
        assertThat(MoneyParser.find("a billion users and many billion dollars")).isEmpty();
    }

    private static List<String> usd(String sentence) {
        return MoneyParser.find(sentence).stream()
                .map(Money::usd)
                .map(BigDecimal::toBigInteger)
                .map(String::valueOf)
                .toList();
    }
}
