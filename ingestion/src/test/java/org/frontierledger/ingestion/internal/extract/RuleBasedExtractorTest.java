package org.frontierledger.ingestion.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceRatioReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.RevenueReported;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.read.DocumentReaders;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.junit.jupiter.api.Test;

class RuleBasedExtractorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void readsARangeAsLowAndHighAmounts() {
        CapexReported capex = only(
                events("Meta guided 2025 capital expenditures of $64 billion to $72 billion."), CapexReported.class);

        assertThat(capex.org()).isEqualTo("Meta");
        assertThat(capex.amount().usd()).isEqualByComparingTo("64000000000");
        assertThat(capex.amount().usdHigh()).isEqualByComparingTo("72000000000");
        assertThat(capex.period()).isEqualTo("2025");
    }

    @Test
    void givesEveryListedCompanyTheAmountWhenTheTextSaysEach() {
        List<CapexReported> capex = all(
                events("Microsoft and Alphabet each plan to spend $75 billion on data centers this year."),
                CapexReported.class);

        assertThat(capex).extracting(CapexReported::org).containsExactly("Microsoft", "Google (Alphabet)");
        assertThat(capex).allSatisfy(c -> {
            assertThat(c.amount().usd()).isEqualByComparingTo("75000000000");
            assertThat(c.period()).isEqualTo("2025");
        });
    }

    @Test
    void keepsACombinedFigureAsOneGroup() {
        CapexReported capex = only(
                events("Amazon, Microsoft and Google together guided capex of about $300B for 2025."),
                CapexReported.class);

        assertThat(capex.org()).isEqualTo("Amazon, Microsoft and Google");
        assertThat(capex.amount().usd()).isEqualByComparingTo("300000000000");
    }

    @Test
    void separatesFundingFromTheValuationItWasRaisedAt() {
        List<MarketEvent> events = events("OpenAI raised $40 billion at a $300 billion valuation in March 2025.");

        assertThat(only(events, FundingReported.class).amount().usd()).isEqualByComparingTo("40000000000");
        ValuationReported valuation = only(events, ValuationReported.class);
        assertThat(valuation.amount().usd()).isEqualByComparingTo("300000000000");
        assertThat(valuation.basis()).isEqualTo("round");
    }

    @Test
    void readsRatiosOfPrices() {
        List<PriceRatioReported> ratios = all(events("""
                Gemini 2.0 Flash is 4.5x cheaper than GPT-4o.
                On most APIs, output tokens are 4x more expensive than input tokens.
                Hosting Llama 3.1 yourself can cost 30% of the price of a frontier API."""), PriceRatioReported.class);

        assertThat(ratios)
                .extracting(PriceRatioReported::subject)
                .containsExactly("Gemini 2.0 Flash", "output tokens", "Llama 3.1");
        assertThat(ratios.get(0).ratio().doubleValue()).isCloseTo(1 / 4.5, Offset.offset(1e-4));
        assertThat(ratios.get(1).ratio()).isEqualByComparingTo("4");
        assertThat(ratios.get(1).baseline()).isEqualTo("input tokens");
        assertThat(ratios.get(2).ratio()).isEqualByComparingTo("0.3");
    }

    @Test
    void readsTokenPricesPerMillionAndPerThousand() {
        List<PriceReported> prices = all(events("""
                GPT-4o: $2.50 per 1M input tokens, $10.00 per 1M output tokens.
                The original GPT-4 cost $0.03 per 1K input tokens."""), PriceReported.class);

        assertThat(prices).hasSize(2);
        assertThat(prices.get(0).model()).isEqualTo("GPT-4o");
        assertThat(prices.get(0).org()).isEqualTo("OpenAI");
        assertThat(prices.get(0).inputUsdPerMTok()).isEqualByComparingTo("2.5");
        assertThat(prices.get(0).outputUsdPerMTok()).isEqualByComparingTo("10");
        assertThat(prices.get(1).model()).isEqualTo("GPT-4");
        assertThat(prices.get(1).inputUsdPerMTok()).isEqualByComparingTo("30");
        assertThat(prices.get(1).outputUsdPerMTok()).isNull();
    }

    @Test
    void resolvesThisYearAndQuartersFromTheReportDate() {
        List<MarketEvent> events = events("""
                Nvidia reported revenue of $44.1 billion for Q1 2026.
                Oracle expects capital spending of $25 billion this year.""");

        assertThat(only(events, RevenueReported.class).period()).isEqualTo("2026-Q1");
        assertThat(only(events, CapexReported.class).period()).isEqualTo("2025");
    }

    @Test
    void ignoresNumbersThatAreNotAboutTheAiMarket() {
        assertThat(events("""
                The federal deficit reached $1.8 trillion last year, well above Microsoft's revenue.
                A phishing scam drained $26,000 from an accountant's bank account after a fake Google login.
                Polymarket gives OpenAI a 40% chance of raising $10 billion this year.
                Wages for electricians near Meta's data center sites rose 25% to $90,000.
                Mistral raised €600 million in a Series B.""")).isEmpty();
    }

    @Test
    void readsTrainingCostsInDollarsAndGpus() {
        List<TrainingCostReported> costs = all(
                events("DeepSeek V3 was reportedly trained on 2,048 H800 GPUs for about $5.6 million."),
                TrainingCostReported.class);

        assertThat(costs).extracting(TrainingCostReported::model).containsOnly("DeepSeek V3");
        assertThat(costs).extracting(TrainingCostReported::org).containsOnly("DeepSeek");
        assertThat(costs).extracting(TrainingCostReported::gpus).contains(2048L);
        assertThat(costs)
                .filteredOn(c -> c.amount() != null)
                .singleElement()
                .satisfies(c -> assertThat(c.amount().usd()).isEqualByComparingTo("5600000"));
    }

    @Test
    void findsReleasesButNotPlansOrYardsticks() {
        List<ModelReleaseReported> releases = all(events("""
                Anthropic released Claude 3.7 Sonnet in February.
                OpenAI is expected to release GPT-5 later this year.
                Alibaba open-sourced Qwen 2.5 under an Apache 2.0 license.
                Many teams now build on a model like o3 when they need reasoning."""), ModelReleaseReported.class);

        assertThat(releases).extracting(ModelReleaseReported::model).containsExactly("Claude 3.7 Sonnet", "Qwen 2.5");
        assertThat(releases.get(0).org()).isEqualTo("Anthropic");
        assertThat(releases.get(1).openWeights()).isTrue();
        assertThat(releases.get(1).license()).isEqualTo("Apache 2.0");
    }

    @Test
    void weightsPublishedUnderALicenceAreOpenAndTheReleaseKeepsTheSentenceThatNamesTheLicence() {
        List<ModelReleaseReported> releases = all(events("""
                Alibaba releases Qwen 2.5 as an open-weights model.
                Alibaba released Qwen 2.5 on September 19, and its weights are published under the MIT license.
                Anthropic released Claude 3.7 Sonnet under its commercial terms."""), ModelReleaseReported.class);

        assertThat(releases)
                .filteredOn(r -> r.model().equals("Qwen 2.5"))
                .singleElement()
                .satisfies(qwen -> {
                    assertThat(qwen.openWeights()).isTrue();
                    assertThat(qwen.license()).isEqualTo("MIT");
                    assertThat(qwen.provenance().quote()).contains("MIT license");
                });
        assertThat(releases)
                .filteredOn(r -> r.model().equals("Claude 3.7 Sonnet"))
                .singleElement()
                .satisfies(claude -> assertThat(claude.openWeights()).isNotEqualTo(Boolean.TRUE));
    }

    @Test
    void keepsAFactStatedTwiceOnceFromItsMostSpecificSentence() {
        List<FundingReported> funding = all(events("""
                Anthropic raised $3.5 billion.
                In March, Anthropic raised $3.5 billion in a Series E, says Krishna Rao."""), FundingReported.class);

        assertThat(funding)
                .singleElement()
                .satisfies(f -> assertThat(f.provenance().speaker()).isEqualTo("Krishna Rao"));
    }

    @Test
    void readsSpeakersFromVerbsPrefixesAttributionsAndPronouns() {
        Extraction extraction = extract("""
                Jensen Huang argues that demand for accelerated computing keeps rising.
                He says the next platform ships on schedule.
                Lisa Su: We expect our accelerator business to keep growing.
                According to Satya Nadella, agents will change how software is sold.
                Compute is the new oil of the industry.
                — Sam Altman""");

        assertThat(extraction.claims())
                .extracting(c -> c.provenance().speaker())
                .containsExactly("Jensen Huang", "Jensen Huang", "Lisa Su", "Satya Nadella", "Sam Altman");
    }

    @Test
    void recordsEverySentenceAsAClaimWithExactOffsets() {
        String text = """
                Chips and models
                0:00
                - Nvidia sold out its next generation of GPUs. Buyers now wait many months for delivery.
                - Get the app
                Prices for tokens keep falling fast across providers.""";
        ParsedDocument doc = DocumentReaders.read("claims.txt", null, text);
        DocumentId id = DocumentId.ofText(doc.text());

        List<ClaimRecorded> claims =
                new RuleBasedExtractor().extract(doc, id, TODAY).claims();

        assertThat(claims)
                .extracting(c -> c.provenance().quote())
                .containsExactly(
                        "Nvidia sold out its next generation of GPUs.",
                        "Buyers now wait many months for delivery.",
                        "Prices for tokens keep falling fast across providers.");
        assertThat(claims).allSatisfy(c -> {
            assertThat(doc.text()
                            .substring(c.provenance().start(), c.provenance().end()))
                    .isEqualTo(c.provenance().quote());
            assertThat(c.provenance().reportedOn()).isEqualTo(TODAY);
            assertThat(c.provenance().extractor()).isEqualTo(RuleBasedExtractor.NAME);
        });
        assertThat(claims.get(1).claimId()).isEqualTo(ClaimId.of(id, 1));
    }

    @Test
    void pointsEveryEventAtItsSentence() {
        String text = "Intro line of the digest.\nCoreWeave signed a $14 billion compute contract with Meta.";
        ParsedDocument doc = DocumentReaders.read("deal.txt", null, text);

        List<MarketEvent> events = new RuleBasedExtractor()
                .extract(doc, DocumentId.ofText(doc.text()), TODAY)
                .marketEvents();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type().name()).isEqualTo("COMPUTE_COMMITMENT");
            assertThat(doc.text()
                            .substring(e.provenance().start(), e.provenance().end()))
                    .isEqualTo(e.provenance().quote())
                    .isEqualTo("CoreWeave signed a $14 billion compute contract with Meta.");
        });
    }

    @Test
    void datesStatementsOfADigestByTheirEpisode() {
        Extraction extraction = extract("""
                Weekly digest
                Tuesday, May 5, 2026
                Chip talk with two founders and an analystApr 28
                - Micron says its revenue reached $9.3 billion this year.""");

        assertThat(extraction.marketEvents()).singleElement().satisfies(e -> {
            assertThat(e.provenance().reportedOn()).isEqualTo(LocalDate.of(2026, 4, 28));
            assertThat(((RevenueReported) e).period()).isEqualTo("2026");
        });
    }

    @Test
    void readsAnInvestmentAsTheFundingOfTheCompanyInvestedIn() {
        List<FundingReported> funding = all(events("""
                Microsoft invested $10B in OpenAI in 2023.
                Microsoft will invest up to $5 billion in Anthropic and Nvidia will invest up to $10 billion."""), FundingReported.class);

        assertThat(funding).extracting(FundingReported::org).containsExactly("OpenAI", "Anthropic", "Anthropic");
        assertThat(funding)
                .extracting(f -> f.amount().usd().toBigInteger().toString())
                .containsExactly("10000000000", "5000000000", "10000000000");
    }

    @Test
    void givesARoundAndItsPostMoneyValuationBothToTheCompanyRaising() {
        List<MarketEvent> events = events(
                "OpenAI closed a $40 billion round led by SoftBank, valuing the company at $300 billion post-money.");

        assertThat(only(events, FundingReported.class).org()).isEqualTo("OpenAI");
        assertThat(only(events, ValuationReported.class).org()).isEqualTo("OpenAI");
        assertThat(only(events, ValuationReported.class).amount().usd()).isEqualByComparingTo("300000000000");
    }

    @Test
    void namesAComputeContractByItsBuyerThenItsCounterparty() {
        List<MarketEvent> events = events("""
                OpenAI signed an $11.9 billion five-year contract with CoreWeave.
                Meta signed a cloud computing contract with Google worth more than $10 billion over six years.""");

        assertThat(events).allSatisfy(e -> assertThat(e.type().name()).isEqualTo("COMPUTE_COMMITMENT"));
        assertThat(events).extracting(MarketEvent::org).containsExactly("OpenAI / CoreWeave", "Meta / Google");
    }

    @Test
    void readsPriceTablesByTheirInputAndOutputColumns() {
        List<PriceReported> prices = all(events("""
                Model | Input (USD / 1M tok) | Output (USD / 1M tok)
                Gemini 1.5 Flash | 0.075 | 0.30
                Model | Input per 1K tokens | Output per 1K tokens | Notes
                GPT-4 | $0.03 | $0.06 | legacy
                Qwen-Max | ¥0.02 | ¥0.06 | mainland price"""), PriceReported.class);

        assertThat(prices).extracting(PriceReported::model).containsExactly("Gemini 1.5 Flash", "GPT-4");
        assertThat(prices.get(0).inputUsdPerMTok()).isEqualByComparingTo("0.075");
        assertThat(prices.get(0).outputUsdPerMTok()).isEqualByComparingTo("0.3");
        assertThat(prices.get(1).inputUsdPerMTok()).isEqualByComparingTo("30");
        assertThat(prices.get(1).outputUsdPerMTok()).isEqualByComparingTo("60");
    }

    @Test
    void givesEachListedModelThePriceAndSkipsOtherCurrencies() {
        List<PriceReported> prices = all(events("""
                OpenAI's o1 and o1-preview each cost $15 per million input tokens and $60 per million output tokens.
                DeepSeek-V3 costs ¥2 per million input tokens in China."""), PriceReported.class);

        assertThat(prices).extracting(PriceReported::model).containsExactlyInAnyOrder("o1", "o1-preview");
        assertThat(prices).allSatisfy(p -> assertThat(p.outputUsdPerMTok()).isEqualByComparingTo("60"));
    }

    @Test
    void givesEachFigureTheNearestPeriodIncludingLastYear() {
        List<CapexReported> capex = all(
                events(
                        "TSMC spent $29.8 billion on capital expenditures last year and budgeted $38 billion to $42 billion"
                                + " for this year."),
                CapexReported.class);

        assertThat(capex).extracting(CapexReported::period).containsExactly("2024", "2025");
        assertThat(capex).extracting(CapexReported::org).containsOnly("TSMC");
    }

    @Test
    void givesEachCapexFigureTheBasisItsOwnWordingSays() {
        List<CapexReported> capex = all(
                events(
                        "TSMC spent $29.8 billion on capital expenditures last year and budgeted $38 billion to $42 billion"
                                + " for this year."),
                CapexReported.class);

        assertThat(capex).extracting(CapexReported::basis).containsExactly(CapexBasis.REPORTED, CapexBasis.GUIDANCE);
    }

    @Test
    void readsGuidanceFromWordsOfPlanningAndReportedFromWordsOfSpending() {
        assertThat(basisOf("Microsoft expects to spend about $80 billion on AI-enabled data centers in fiscal 2025."))
                .isEqualTo(CapexBasis.GUIDANCE);
        assertThat(basisOf("Meta guided 2025 capital expenditures of $64 billion to $72 billion."))
                .isEqualTo(CapexBasis.GUIDANCE);
        assertThat(basisOf("Amazon will invest $11 billion in data centers in Indiana."))
                .isEqualTo(CapexBasis.GUIDANCE);
        assertThat(basisOf("Alphabet's capital expenditures came in at $14.3 billion in the fourth quarter."))
                .isEqualTo(CapexBasis.REPORTED);
        assertThat(basisOf("Meta reported capital expenditures of $39.2 billion for 2024."))
                .isEqualTo(CapexBasis.REPORTED);
        assertThat(basisOf("Oracle's capital expenditures of $21 billion for the fiscal year were"
                        + " spent mostly in Texas."))
                .as("a cue after the amount counts, but less than one before it")
                .isEqualTo(CapexBasis.REPORTED);
    }

    @Test
    void leavesTheBasisUnknownWhenTheWordingSaysNeither() {
        assertThat(basisOf("TSMC capital expenditures are increasing by $60 billion this year."))
                .isNull();
    }

    private static CapexBasis basisOf(String sentence) {
        return only(events(sentence), CapexReported.class).basis();
    }

    @Test
    void readsAmountsInWordsAndTheSubjectBeforeAnApposition() {
        CapexReported capex = only(
                events("Stargate, the joint venture of OpenAI, SoftBank and Oracle, plans to invest"
                        + " five hundred billion dollars in AI infrastructure over four years."),
                CapexReported.class);

        assertThat(capex.org()).isEqualTo("Stargate");
        assertThat(capex.amount().usd()).isEqualByComparingTo("500000000000");
    }

    @Test
    void turnsEachPriceListRowIntoAPriceQuotedAndDatedByTheRow() throws Exception {
        String csv;
        try (var in = getClass().getResourceAsStream("/documents/price-list.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedDocument doc = DocumentReaders.read("price-list.csv", null, csv);

        Extraction extraction = new RuleBasedExtractor().extract(doc, DocumentId.ofText(doc.text()), TODAY);

        List<PriceReported> prices = all(extraction.marketEvents(), PriceReported.class);
        assertThat(prices).hasSize(3);
        assertThat(extraction.claims()).isEmpty();
        assertThat(prices.getFirst()).satisfies(p -> {
            assertThat(p.model()).isEqualTo("GPT-4o (2024-05-13)");
            assertThat(p.org()).isEqualTo("OpenAI");
            assertThat(p.provider()).isEqualTo("OpenAI");
            assertThat(p.inputUsdPerMTok()).isEqualByComparingTo("5");
            assertThat(p.outputUsdPerMTok()).isEqualByComparingTo("15");
            assertThat(p.provenance().reportedOn()).isEqualTo(LocalDate.of(2024, 5, 13));
            assertThat(p.provenance().quote())
                    .isEqualTo(
                            "2024-05-13,OpenAI,GPT-4o (2024-05-13),OpenAI,5,15,,https://github.com/epoch-research/llm-benchmark-efficiency");
            assertThat(doc.text()
                            .substring(p.provenance().start(), p.provenance().end()))
                    .isEqualTo(p.provenance().quote());
        });
        assertThat(prices.getLast().provenance().reportedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
    }

    @Test
    void readsMarkdownTableRowsAndThePriceOfAStakeAsFunding() {
        List<MarketEvent> events = events("""
                | Model | Input price (per 1M tokens) | Output price (per 1M tokens) |
                | Gemini 2.5 Flash | $0.30 | $2.50 |
                Meta agreed to pay Scale AI about $14.3 billion for a 49% stake, valuing it at more than $29 billion.""");

        assertThat(only(events, PriceReported.class).model()).isEqualTo("Gemini 2.5 Flash");
        assertThat(only(events, PriceReported.class).outputUsdPerMTok()).isEqualByComparingTo("2.5");
        assertThat(only(events, FundingReported.class).org()).isEqualTo("Scale AI");
        assertThat(only(events, ValuationReported.class).amount().usd()).isEqualByComparingTo("29000000000");
    }

    private static Extraction extract(String text) {
        ParsedDocument doc = DocumentReaders.read("test.txt", "text/plain", text);
        return new RuleBasedExtractor().extract(doc, DocumentId.ofText(doc.text()), TODAY);
    }

    private static List<MarketEvent> events(String text) {
        return extract(text).marketEvents();
    }

    private static <T> List<T> all(List<MarketEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T only(List<MarketEvent> events, Class<T> type) {
        List<T> matching = all(events, type);
        assertThat(matching).as("%s among %s", type.getSimpleName(), events).hasSize(1);
        return matching.getFirst();
    }

    @SuppressWarnings("unused")
    private static BigDecimal usd(String value) {
        return new BigDecimal(value);
    }
}
