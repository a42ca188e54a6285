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

/** Market shorthand finds what sources spell out, and the other way round, as company aliases do. */
class MarketTermAliasesTest {

    private static final String EXPENDITURES = "Alphabet guided capital expenditures of $75 billion for 2025.";
    private static final String SPENDING = "Meta raised its capital spending plan again.";
    private static final String CAPEX = "Capex at Amazon will top $100 billion.";
    private static final String MARKETS = "Capital markets were calm; spending elsewhere slowed.";
    private static final String LLMS = "Large language models keep getting cheaper to serve.";
    private static final String IPO = "OpenAI is said to weigh an initial public offering.";
    private static final String DATACENTER = "Datacenter power is the bottleneck now.";
    private static final String DATA_CENTERS = "New data centers need their own power plants.";

    @TempDir
    Path folder;

    private IndexFixture fixture;
    private ClaimSearch search;

    @BeforeEach
    void indexTerms() {
        fixture = IndexFixture.open(folder);
        search = new ClaimSearch(fixture.index());
        fixture.ingest(
                "Market terms",
                LocalDate.of(2025, 5, 1),
                line(EXPENDITURES, null),
                line(SPENDING, null),
                line(CAPEX, null),
                line(MARKETS, null),
                line(LLMS, null),
                line(IPO, null),
                line(DATACENTER, null),
                line(DATA_CENTERS, null));
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @Test
    void capexFindsCapitalExpendituresAndSpendingButNotOtherCapital() {
        assertThat(quotes("capex")).containsExactlyInAnyOrder(EXPENDITURES, SPENDING, CAPEX);
        assertThat(quotes("capex alphabet")).containsExactly(EXPENDITURES);
        assertThat(quotes("\"capex\"")).containsExactly(CAPEX);
    }

    @Test
    void theSpelledOutTermIsHighlightedWhole() {
        ClaimHit hit =
                search.search(ClaimQuery.firstPage("capex alphabet", 10)).hits().getFirst();

        assertThat(hit.fragmentHtml())
                .isEqualTo("<mark>Alphabet</mark> guided <mark>capital expenditures</mark> of $75 billion for 2025.");
    }

    @Test
    void abbreviationsFindTheirLongForms() {
        assertThat(quotes("LLM")).containsExactly(LLMS);
        assertThat(quotes("llms cheaper")).containsExactly(LLMS);
        assertThat(quotes("ipo")).containsExactly(IPO);
        assertThat(quotes("datacenter power")).containsExactlyInAnyOrder(DATACENTER, DATA_CENTERS);
    }

    private List<String> quotes(String query) {
        return search.search(ClaimQuery.firstPage(query, 20)).hits().stream()
                .map(ClaimHit::quote)
                .toList();
    }
}
