package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontierledger.search.SampleClaims.*;

import java.nio.file.Path;
import java.util.List;
import org.frontierledger.search.internal.index.IndexFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every part of the documented query syntax, on claims that carry market facts. */
class QuerySyntaxTest {

    @TempDir
    static Path folder;

    private static IndexFixture fixture;
    private static ClaimSearch search;

    @BeforeAll
    static void indexThreeDocuments() {
        fixture = IndexFixture.open(folder);
        search = new ClaimSearch(fixture.index());
        SampleClaims.index(fixture);
    }

    @AfterAll
    static void closeIndex() {
        fixture.close();
    }

    @Test
    void wordsPhrasesAndBooleanOperators() {
        assertThat(quotes("hbm supply")).containsExactlyInAnyOrder(HBM_TIGHT, HBM_SOLD);
        assertThat(quotes("\"hbm supply\"")).containsExactly(HBM_TIGHT);
        assertThat(quotes("hbm AND sold")).containsExactly(HBM_SOLD);
        assertThat(quotes("anthropic OR deepseek")).containsExactlyInAnyOrder(ANTHROPIC, V32);
        assertThat(quotes("hbm NOT sold")).containsExactly(HBM_TIGHT);
        assertThat(quotes("hbm -sold")).containsExactly(HBM_TIGHT);
        assertThat(quotes("(anthropic OR deepseek) AND round")).containsExactly(ANTHROPIC);
    }

    @Test
    void nearFindsWordsWithinADistanceInEitherOrder() {
        assertThat(quotes("hbm NEAR/3 supply")).containsExactlyInAnyOrder(HBM_TIGHT, HBM_SOLD);
        assertThat(quotes("sold NEAR/1 hbm")).containsExactly(HBM_SOLD);
        assertThat(quotes("sold NEAR/0 hbm")).isEmpty();
        assertThat(quotes("hbm NEAR/2 memory")).isEmpty();
        assertThat(quotes("hbm NEAR memory")).containsExactly(HBM_TIGHT);
        assertThat(quotes("\"hbm supply\" NEAR/6 memory")).containsExactly(HBM_TIGHT);
        assertThat(quotes("hbm NEAR/3 supply AND tight")).containsExactly(HBM_TIGHT);
    }

    @Test
    void nearMatchIsHighlighted() {
        ClaimHit hit = search.search(ClaimQuery.firstPage("sold NEAR/1 hbm", 10))
                .hits()
                .getFirst();

        assertThat(hit.fragmentHtml()).contains("<mark>").contains("HBM").contains("sold");
    }

    @Test
    void prefixMatchesTheStartOfWords() {
        assertThat(quotes("infra*")).containsExactly(AWS);
        assertThat(quotes("research*")).containsExactly(FACEBOOK);
    }

    @Test
    void orgFieldSearchesTheCompaniesOfTheMarketEvents() {
        assertThat(quotes("org:microsoft")).containsExactly(MSFT);
        assertThat(quotes("org:anthropic")).containsExactly(ANTHROPIC);
        assertThat(quotes("org:openai")).containsExactlyInAnyOrder(GPT4O, O3MINI);
        assertThat(quotes("anthropic")).containsExactly(ANTHROPIC);
    }

    @Test
    void aliasesFindTheSameCompanyUnderItsOtherNames() {
        assertThat(quotes("alphabet")).containsExactly(GOOGLE);
        assertThat(quotes("org:google")).containsExactly(GOOGLE);
        assertThat(quotes("org:msft")).containsExactly(MSFT);
        assertThat(quotes("aws")).containsExactly(AWS);
        assertThat(quotes("org:aws")).containsExactly(AWS);
        assertThat(quotes("facebook")).containsExactlyInAnyOrder(FACEBOOK, META);
        assertThat(quotes("\"alphabet\"")).isEmpty();
    }

    @Test
    void aliasMatchIsHighlightedAsWritten() {
        ClaimHit hit =
                search.search(ClaimQuery.firstPage("alphabet", 10)).hits().getFirst();

        assertThat(hit.fragmentHtml()).startsWith("<mark>Google</mark> will invest");
    }

    @Test
    void modelFieldFindsModelsAsWrittenAndInParts() {
        assertThat(quotes("model:gpt-4o")).containsExactly(GPT4O);
        assertThat(quotes("model:GPT-4o")).containsExactly(GPT4O);
        assertThat(quotes("model:gpt")).containsExactly(GPT4O);
        assertThat(quotes("model:o3-mini")).containsExactly(O3MINI);
        assertThat(quotes("model:\"DeepSeek V3.2\"")).containsExactly(V32);
        assertThat(quotes("model:v3")).containsExactly(V32);
        assertThat(quotes("v3")).containsExactly(V32);
        assertThat(quotes("v3.2")).containsExactly(V32);
        assertThat(quotes("v3.1")).isEmpty();
    }

    @Test
    void speakerFieldSearchesWhoSaidIt() {
        assertThat(quotes("speaker:huang")).containsExactly(HBM_TIGHT);
        assertThat(quotes("speaker:\"andy jassy\" spend")).containsExactly(AWS);
    }

    @Test
    void typeFieldTakesWireNamesAndLabels() {
        assertThat(quotes("type:capex")).containsExactlyInAnyOrder(MSFT, GOOGLE, AWS, META);
        assertThat(quotes("type:CAPEX")).hasSize(4);
        assertThat(quotes("type:\"model release\"")).containsExactly(V32);
        assertThat(quotes("type:model_release")).containsExactly(V32);
        assertThat(quotes("type:price")).containsExactlyInAnyOrder(GPT4O, O3MINI);
        assertThat(quotes("type:valuation OR type:price")).hasSize(3);
    }

    @Test
    void sourceAndDocSearchTheDocumentTitleAndShow() {
        assertThat(quotes("source:\"market notes\"")).hasSize(4);
        assertThat(quotes("doc:roundup")).hasSize(4);
        assertThat(quotes("source:funding")).containsExactlyInAnyOrder(ANTHROPIC, FACEBOOK);
    }

    @Test
    void amountRangesTakeUnits() {
        assertThat(quotes("amount:>=100B")).containsExactly(AWS);
        assertThat(quotes("amount:>80B")).containsExactly(AWS);
        assertThat(quotes("amount:<65B")).containsExactly(ANTHROPIC);
        assertThat(quotes("amount:<=65B")).containsExactlyInAnyOrder(ANTHROPIC, META);
        assertThat(quotes("amount:[60B TO 80B]")).containsExactlyInAnyOrder(MSFT, GOOGLE, META, ANTHROPIC);
        assertThat(quotes("amount:{65B TO 80B}")).containsExactly(GOOGLE);
        assertThat(quotes("amount:[1T TO *]")).isEmpty();
        assertThat(quotes("amount:75B")).containsExactly(GOOGLE);
        assertThat(quotes("amount:$75bn")).containsExactly(GOOGLE);
        assertThat(quotes("amount:75000000000")).containsExactly(GOOGLE);
        assertThat(quotes("amount:61.5B")).containsExactly(ANTHROPIC);
        assertThat(quotes("amount:60B..70B")).containsExactlyInAnyOrder(META, ANTHROPIC);
    }

    @Test
    void priceRangesAreInDollarsPerMillionTokens() {
        assertThat(quotes("price:<2")).containsExactly(O3MINI);
        assertThat(quotes("price:>=10")).containsExactly(GPT4O);
        assertThat(quotes("price:[1 TO 3]")).containsExactlyInAnyOrder(GPT4O, O3MINI);
        assertThat(quotes("price:<1")).isEmpty();
    }

    @Test
    void dateRangesTakeYearsMonthsAndDays() {
        assertThat(quotes("date:2025-01..2025-03")).hasSize(9);
        assertThat(quotes("date:>=2025-06-01")).containsExactlyInAnyOrder(ANTHROPIC, FACEBOOK);
        assertThat(quotes("date:2025-03")).hasSize(5);
        assertThat(quotes("date:2025")).hasSize(11);
        assertThat(quotes("date:2024")).isEmpty();
        assertThat(quotes("date:[2025-01-01 TO 2025-01-31]")).hasSize(4);
        assertThat(quotes("date:<2025-03-10")).hasSize(4);
        assertThat(quotes("date:>2025-03")).hasSize(2);
        assertThat(quotes("date:2025-02..")).hasSize(7);
    }

    @Test
    void fieldsAndRangesCombine() {
        assertThat(quotes("type:capex AND amount:>=70B")).containsExactlyInAnyOrder(MSFT, GOOGLE, AWS);
        assertThat(quotes("type:capex amount:>=70B date:2025-01 spend")).containsExactlyInAnyOrder(MSFT, AWS);
        assertThat(quotes("org:openai price:<2")).containsExactly(O3MINI);
    }

    private static List<String> quotes(String text) {
        return search.search(ClaimQuery.firstPage(text, 100)).hits().stream()
                .map(ClaimHit::quote)
                .toList();
    }
}
