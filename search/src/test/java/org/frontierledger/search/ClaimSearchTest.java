package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontierledger.search.internal.index.IndexFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSearchTest {

    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final String HOSTILE = "A troll wrote <script>alert('x')</script> while seeking attention & clicks.";

    @TempDir
    Path folder;

    private IndexFixture fixture;
    private ClaimSearch search;

    @BeforeEach
    void indexTwoDocuments() {
        fixture = IndexFixture.open(folder);
        search = new ClaimSearch(fixture.index());
        fixture.ingest(
                "Capex roundup",
                MAY_1,
                line("Microsoft plans to spend $80 billion on data centers.", "Brad Smith"),
                line("Meta is spending more on AI infrastructure than ever.", "Mark Zuckerberg"),
                line("OpenAI's GPT-4o is cheaper than GPT-4 Turbo.", null));
        fixture.ingest(
                "Model notes",
                JUNE_1,
                line("DeepSeek V3.2 and o3-mini compete on price.", "Ben Thompson"),
                line("GPT-4 was the flagship model in 2023.", null),
                line("Nvidia has sold its HBM supply for 2026 already.", "Jensen Huang"),
                line(HOSTILE, null));
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @Test
    void phraseMatchesWordsOnlyInOrder() {
        assertThat(quotes("\"data centers\"")).containsExactly("Microsoft plans to spend $80 billion on data centers.");
        assertThat(quotes("\"centers data\"")).isEmpty();
    }

    @Test
    void allWordsMustMatchUnlessJoinedWithOr() {
        assertThat(quotes("microsoft billion")).hasSize(1);
        assertThat(quotes("microsoft meta")).isEmpty();
        assertThat(quotes("microsoft OR meta")).hasSize(2);
    }

    @Test
    void notExcludesClaims() {
        assertThat(quotes("gpt NOT turbo")).containsExactly("GPT-4 was the flagship model in 2023.");
    }

    @Test
    void everythingButAWordFindsOnlyClaims() {
        SearchResult all = search.search(ClaimQuery.firstPage("*:*", 20));
        SearchResult withoutGpt = search.search(ClaimQuery.firstPage("*:* -gpt", 20));

        // documents and market events share the index; a match-all query must still count claims only
        assertThat(all.total()).isEqualTo(search.count());
        assertThat(withoutGpt.total()).isEqualTo(search.count() - search.count(ClaimQuery.firstPage("gpt", 20)));
        assertThat(withoutGpt.hits()).allSatisfy(hit -> assertThat(hit.quote()).doesNotContainIgnoringCase("gpt"));
    }

    @Test
    void prefixMatchesTheStartOfWords() {
        assertThat(quotes("nvid*")).containsExactly("Nvidia has sold its HBM supply for 2026 already.");
    }

    @Test
    void speakerFieldSearchesWhoSaidIt() {
        assertThat(quotes("speaker:thompson")).containsExactly("DeepSeek V3.2 and o3-mini compete on price.");
        assertThat(quotes("speaker:zuckerberg infrastructure")).hasSize(1);
        assertThat(quotes("speaker:zuckerberg microsoft")).isEmpty();
    }

    @Test
    void docFieldSearchesTheDocumentTitle() {
        assertThat(quotes("doc:roundup")).hasSize(3);
        assertThat(quotes("doc:\"model notes\" gpt")).containsExactly("GPT-4 was the flagship model in 2023.");
    }

    @Test
    void wordsAreStemmedSoSpendsFindsSpending() {
        assertThat(quotes("spends"))
                .containsExactlyInAnyOrder(
                        "Microsoft plans to spend $80 billion on data centers.",
                        "Meta is spending more on AI infrastructure than ever.");
    }

    @Test
    void modelNamesAreFoundAsWritten() {
        assertThat(quotes("gpt-4o")).containsExactly("OpenAI's GPT-4o is cheaper than GPT-4 Turbo.");
        assertThat(quotes("GPT-4o")).containsExactly("OpenAI's GPT-4o is cheaper than GPT-4 Turbo.");
        assertThat(quotes("gpt")).hasSize(2);
        assertThat(quotes("V3.2")).containsExactly("DeepSeek V3.2 and o3-mini compete on price.");
        assertThat(quotes("o3-mini")).containsExactly("DeepSeek V3.2 and o3-mini compete on price.");
        assertThat(quotes("2026")).containsExactly("Nvidia has sold its HBM supply for 2026 already.");
    }

    @Test
    void matchedWordsAreMarkedInTheFragment() {
        ClaimHit hit = search.search(ClaimQuery.firstPage("spends", 10)).hits().stream()
                .filter(h -> h.quote().startsWith("Meta"))
                .findFirst()
                .orElseThrow();

        assertThat(hit.fragmentHtml()).isEqualTo("Meta is <mark>spending</mark> more on AI infrastructure than ever.");
    }

    @Test
    void fragmentEscapesEverythingButTheMarks() {
        ClaimHit hit = search.search(ClaimQuery.firstPage("seeking", 10)).hits().getFirst();

        assertThat(hit.quote()).isEqualTo(HOSTILE);
        assertThat(hit.fragmentHtml())
                .isEqualTo("A troll wrote &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; while"
                        + " <mark>seeking</mark> attention &amp; clicks.")
                .doesNotContain("<script>");
    }

    @Test
    void fragmentOfABlankQueryIsEscapedWithoutMarks() {
        ClaimHit hostile = search.search(ClaimQuery.firstPage("", 10)).hits().stream()
                .filter(h -> h.quote().equals(HOSTILE))
                .findFirst()
                .orElseThrow();

        assertThat(hostile.fragmentHtml())
                .startsWith("A troll wrote &lt;script&gt;")
                .doesNotContain("<mark>");
    }

    @Test
    void blankQueryMatchesAllClaimsNewestFirst() {
        SearchResult result = search.search(ClaimQuery.firstPage("  ", 10));

        assertThat(result.total()).isEqualTo(7);
        assertThat(result.hits())
                .extracting(ClaimHit::reportedOn)
                .containsExactly(JUNE_1, JUNE_1, JUNE_1, JUNE_1, MAY_1, MAY_1, MAY_1);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.score()).isZero());
    }

    @Test
    void pagesSkipAndLimitButCountAll() {
        SearchResult page = search.search(new ClaimQuery("", 5, 3));

        assertThat(page.total()).isEqualTo(7);
        assertThat(page.hits()).extracting(ClaimHit::reportedOn).containsExactly(MAY_1, MAY_1);
        assertThat(search.search(new ClaimQuery("", 50, 3)).hits()).isEmpty();
    }

    @Test
    void hitIsLabelledWithItsDocumentAndSpeaker() {
        ClaimHit hit =
                search.search(ClaimQuery.firstPage("speaker:huang", 10)).hits().getFirst();

        assertThat(hit.documentTitle()).isEqualTo("Model notes");
        assertThat(hit.source()).startsWith("https://example.test/");
        assertThat(hit.claimId()).startsWith(hit.documentId() + "-c");
        assertThat(hit.speaker()).isEqualTo("Jensen Huang");
        assertThat(hit.reportedOn()).isEqualTo(JUNE_1);
        assertThat(hit.score()).isPositive();
    }

    @Test
    void countIsTheNumberOfClaims() {
        assertThat(search.count()).isEqualTo(7);
    }

    @Test
    void searchSeesClaimsAsSoonAsTheirUnitOfWorkEnds() {
        fixture.ingest("Late news", JUNE_1, line("Anthropic released Claude with a bigger context.", null));

        assertThat(quotes("anthropic")).hasSize(1);
        assertThat(search.count()).isEqualTo(8);
    }

    private List<String> quotes(String text) {
        return search.search(ClaimQuery.firstPage(text, 100)).hits().stream()
                .map(ClaimHit::quote)
                .toList();
    }
}
