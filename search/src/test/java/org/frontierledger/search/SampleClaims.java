package org.frontierledger.search;

import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.time.LocalDate;
import org.frontierledger.search.internal.index.IndexFixture;

/** Eleven claims in three documents, with market events, written for the search tests. */
final class SampleClaims {

    static final String MSFT = "Microsoft plans to spend $80 billion on data centers this year.";
    static final String GOOGLE = "Google will invest $75 billion in capital expenditure.";
    static final String AWS = "Amazon Web Services expects to spend $100 billion on AI infrastructure.";
    static final String META = "Meta raised its capex guidance to $65 billion.";
    static final String V32 = "DeepSeek released V3.2 and cut prices by half.";
    static final String GPT4O = "OpenAI's GPT-4o costs $2.50 per million input tokens and $10 for output.";
    static final String O3MINI = "o3-mini is priced at $1.10 per million input tokens.";
    static final String HBM_TIGHT = "HBM supply remains tight, and the supply of memory will stay short through 2026.";
    static final String HBM_SOLD = "Supply chains for HBM are sold out.";
    static final String ANTHROPIC = "Anthropic was valued at $61.5 billion in its latest round.";
    static final String FACEBOOK = "Facebook's parent company hired more researchers.";

    private SampleClaims() {}

    /** Indexes the three documents, one batch each. */
    static void index(IndexFixture fixture) {
        IndexFixture.Doc capex = IndexFixture.doc(
                "Capex roundup",
                "Market Notes",
                LocalDate.of(2025, 1, 15),
                line(MSFT, "Brad Smith"),
                line(GOOGLE, "Sundar Pichai"),
                line(AWS, "Andy Jassy"),
                line(META, null));
        capex.capex(0, "Microsoft", 80_000_000_000L);
        capex.capex(1, "Alphabet", 75_000_000_000L);
        capex.capex(2, "Amazon", 100_000_000_000L);
        capex.capex(3, "Meta", 65_000_000_000L);
        IndexFixture.Doc models = IndexFixture.doc(
                "Model notes",
                LocalDate.of(2025, 3, 10),
                line(V32, null),
                line(GPT4O, null),
                line(O3MINI, null),
                line(HBM_TIGHT, "Jensen Huang"),
                line(HBM_SOLD, null));
        models.release(0, "DeepSeek released V3.2", "DeepSeek V3.2", "DeepSeek");
        models.price(1, "OpenAI", "GPT-4o", "2.50", "10");
        models.price(2, "OpenAI", "o3-mini", "1.10", "4.40");
        IndexFixture.Doc funding = IndexFixture.doc(
                "Funding wrap", LocalDate.of(2025, 6, 20), line(ANTHROPIC, null), line(FACEBOOK, null));
        funding.valuation(0, "Anthropic", 61_500_000_000L);
        fixture.handle(capex.events());
        fixture.handle(models.events());
        fixture.handle(funding.events());
    }
}
