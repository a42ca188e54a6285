package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.search.IndexSearcher;
import org.frontierledger.search.internal.index.IndexFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidQueryTest {

    @TempDir
    Path folder;

    private IndexFixture fixture;
    private ClaimSearch search;

    @BeforeEach
    void indexClaims() {
        fixture = IndexFixture.open(folder);
        search = new ClaimSearch(fixture.index());
        fixture.ingest(
                "Supply notes",
                LocalDate.of(2025, 5, 1),
                line("Samsung said supply of HBM stays short.", null),
                line("SK Hynix sees strong sales and solid spending in servers.", null));
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @Test
    void unclosedQuoteIsNamedInTheMessage() {
        assertRejected("\"unclosed", "a quotation mark is not closed");
    }

    @Test
    void unbalancedParenthesisIsNamedInTheMessage() {
        assertRejected("(hbm OR supply", "parentheses do not pair up");
    }

    @Test
    void otherSyntaxErrorsGetGeneralAdvice() {
        assertRejected("hbm AND", "could not be read");
    }

    @Test
    void leadingWildcardIsRefusedWithAnExample() {
        assertRejected("*seek", "'*seek' starts with a wildcard");
        assertRejected("hbm ?upply", "'?upply' starts with a wildcard");
    }

    @Test
    void queryOverFiveHundredCharactersIsRefused() {
        assertRejected("a".repeat(600), "The query is 600 characters long; the limit is 500");
    }

    @Test
    void queryOfExactlyFiveHundredCharactersRuns() {
        assertThat(search.search(ClaimQuery.firstPage("hbm" + " ".repeat(497), 10))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void prefixExpandingToTooManyTermsIsRefused() {
        int before = IndexSearcher.getMaxClauseCount();
        IndexSearcher.setMaxClauseCount(4);
        try {
            assertRejected("s*", "expands to more than 4 terms");
        } finally {
            IndexSearcher.setMaxClauseCount(before);
        }
    }

    @Test
    void unknownFieldIsNamedWithTheFieldsThatExist() {
        assertRejected("ceo:altman", "There is no field 'ceo:'");
    }

    @Test
    void amountThatIsNotAFigureIsRefusedWithExamples() {
        assertRejected("amount:>=lots", "'lots' is not an amount for amount:");
        assertRejected("amount:[1B TO many]", "'many' is not an amount");
        assertRejected("price:<cheap", "'cheap' is not an amount for price:");
    }

    @Test
    void amountLargerThanAnyOnRecordIsRefused() {
        assertRejected("amount:>=99999999999T", "larger than any on record");
    }

    @Test
    void dateThatCannotBeReadIsRefusedWithExamples() {
        assertRejected("date:2025-13", "'2025-13' is not a date");
        assertRejected("date:yesterday", "write YYYY, YYYY-MM or YYYY-MM-DD");
        assertRejected("date:>=2025-02-30", "'2025-02-30' is not a date");
    }

    @Test
    void emptyRangesAreRefused() {
        assertRejected("amount:[10B TO 1B]", "is empty");
        assertRejected("price:[5 TO 1]", "is empty");
        assertRejected("date:2025-03..2025-01", "hold no day");
    }

    @Test
    void unknownTypeIsRefusedWithTheTypesThatExist() {
        assertRejected("type:spaceship", "'spaceship' is not a market event type. Use one of: [model_release, capex");
    }

    @Test
    void rangesOnTextFieldsAndWildcardsOnValueFieldsAreRefused() {
        assertRejected("speaker:[a TO z]", "Ranges work on date:, amount: and price: only");
        assertRejected("type:cap*", "has a wildcard; type: takes whole values");
        assertRejected("date:2025*", "has a wildcard");
    }

    @Test
    void regularExpressionsAreRefused() {
        assertRejected("/sup.*/", "Regular expressions");
    }

    @Test
    void deepNestingIsRefused() {
        assertRejected("(".repeat(11) + "hbm" + ")".repeat(11), "nested more than 10 deep");
        assertThat(search.search(ClaimQuery.firstPage("(".repeat(10) + "hbm" + ")".repeat(10), 10))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void nearMisusesAreExplained() {
        assertRejected("hbm NEAR/500 supply", "NEAR/500 is too wide");
        assertRejected("NEAR supply", "A NEAR could not be read");
        assertRejected("hbm NEAR/3 supp*", "has a wildcard, which NEAR does not take");
        assertRejected("hbm NEAR/3 supply NEAR/3 short", "A word cannot be used by two NEARs");
        assertRejected("hbm NEAR/3 \"!!\"", "has no word to search for");
    }

    @Test
    void unknownInternalFieldsAreNotReachable() {
        assertRejected("reportedOn:1", "There is no field 'reportedOn:'");
        assertRejected("facet.type:CAPEX", "There is no field 'facet.type:'");
    }

    @Test
    void pageBoundsAreChecked() {
        assertThatThrownBy(() -> new ClaimQuery("", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClaimQuery("", 0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClaimQuery("", -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(String text, String expected) {
        assertThatThrownBy(() -> search.search(ClaimQuery.firstPage(text, 10)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining(expected)
                .hasNoCause()
                .message()
                .doesNotContain("org.apache", "Exception", "\tat ", "Cannot parse");
    }
}
