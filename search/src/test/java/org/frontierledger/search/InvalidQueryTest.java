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
        fixture.ingest("Supply notes", LocalDate.of(2025, 5, 1),
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
        assertThat(search.search(ClaimQuery.firstPage("hbm" + " ".repeat(497), 10)).total()).isEqualTo(1);
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
