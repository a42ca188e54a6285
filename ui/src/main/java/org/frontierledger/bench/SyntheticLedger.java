package org.frontierledger.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.command.IngestDocument;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.jspecify.annotations.Nullable;

/**
 * Documents shaped like the ledger's: about 12 KB of text in {@value #SENTENCES} sentences, of
 * which {@value #CLAIMS} are claims (most with a speaker) and about a third of those carry a
 * market event (capex, valuation, funding, a token price, a model release) quoting the same
 * sentence; so a document is about 55 events. Curation decisions (confirm, correct, reject) on
 * earlier documents' market events are interleaved, as analysts work while ingestion goes on.
 *
 * <p>Seeded: the same seed gives the same documents in the same order. Not thread-safe.
 */
final class SyntheticLedger {
    static final int SENTENCES = 80;
    static final int CLAIMS = 40;

    private static final String[] ORGS = {
        "Microsoft",
        "Alphabet",
        "Amazon",
        "Meta",
        "Nvidia",
        "OpenAI",
        "Anthropic",
        "xAI",
        "Mistral",
        "DeepSeek",
        "Alibaba",
        "Tencent",
        "Oracle",
        "CoreWeave",
        "AMD",
        "TSMC",
        "Broadcom",
        "Cohere",
        "Perplexity",
        "Databricks"
    };
    private static final String[] MODELS = {
        "GPT-5",
        "o4-mini",
        "Claude Opus 4",
        "Gemini 2.5 Pro",
        "Llama 4",
        "DeepSeek V3.2",
        "Qwen 3",
        "Mistral Large 2",
        "Grok 3",
        "Kimi K2"
    };
    private static final String[] SPEAKERS = {
        "Sam Altman",
        "Dario Amodei",
        "Jensen Huang",
        "Satya Nadella",
        "Sundar Pichai",
        "Lisa Su",
        "Ben Thompson",
        "Dylan Patel",
        "Brad Gerstner",
        "Sarah Friar",
        "Amy Hood",
        "Aidan Gomez"
    };
    private static final String[] SHOWS = {
        "All-In",
        "Stratechery",
        "Dwarkesh Podcast",
        "Acquired",
        "BG2",
        "Hard Fork",
        "Decoder",
        "SemiAnalysis",
        "Latent Space",
        "No Priors"
    };
    private static final String[] WORDS = ("the demand for compute keeps growing as hyperscalers add capacity"
                    + " and chips remain scarce while memory supply hbm packaging power and energy limit how fast"
                    + " clusters come online inference costs fall every quarter and enterprise customers move from"
                    + " pilots to production agents reasoning models open weights export controls margins pricing"
                    + " tokens revenue guidance backlog orders wafers fabs data centers gigawatt contracts")
            .split(" ");

    private final SplittableRandom random;
    private final List<MarketEvent> curatable = new ArrayList<>();
    private int documents;

    SyntheticLedger(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next document with its claims and market events. */
    IngestDocument nextDocument() {
        int n = documents++;
        LocalDate reportedOn = LocalDate.of(2023, 1, 1).plusDays((n * 37L) % 1095);
        String show = SHOWS[n % SHOWS.length];
        String title = show + " #" + n + ": " + ORGS[random.nextInt(ORGS.length)] + " and the compute race";
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<int[]> claimSpans = new ArrayList<>();
        List<@Nullable String> claimSpeakers = new ArrayList<>();
        List<@Nullable Kind> kinds = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (int s = 0; s < SENTENCES; s++) {
            boolean claim = s % 2 == 1;
            String org = ORGS[random.nextInt(ORGS.length)];
            Kind kind = claim && random.nextInt(3) == 0 ? Kind.values()[random.nextInt(Kind.values().length)] : null;
            long billions = 1 + random.nextInt(120);
            String speaker = claim && random.nextInt(5) > 0 ? SPEAKERS[random.nextInt(SPEAKERS.length)] : null;
            String sentence = sentence(kind, org, billions, reportedOn.getYear(), speaker);
            int start = text.length();
            text.append(sentence).append(' ');
            if (claim) {
                claimSpans.add(new int[] {start, start + sentence.length()});
                claimSpeakers.add(speaker);
                kinds.add(kind);
                orgs.add(org);
                amounts.add(billions);
            }
        }
        String body = text.toString();
        DocumentId id = DocumentId.ofText(body);
        List<ClaimRecorded> claims = new ArrayList<>();
        List<MarketEvent> events = new ArrayList<>();
        for (int c = 0; c < claimSpans.size(); c++) {
            int[] span = claimSpans.get(c);
            Provenance p = new Provenance(
                    id,
                    body.substring(span[0], span[1]),
                    span[0],
                    span[1],
                    claimSpeakers.get(c),
                    reportedOn,
                    "bench",
                    "1");
            claims.add(new ClaimRecorded(ClaimId.of(id, c), p));
            Kind kind = kinds.get(c);
            if (kind != null) {
                MarketEvent event = event(kind, id, c, p, orgs.get(c), amounts.get(c), reportedOn.getYear());
                events.add(event);
                curatable.add(event);
            }
        }
        return new IngestDocument(
                id,
                title,
                "https://example.test/" + show.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + n,
                "text",
                reportedOn,
                show,
                body,
                claims,
                events);
    }

    /**
     * A decision on a market event of an earlier document, or null when none is due: after about
     * one document in two, one of the market events seen so far is confirmed, corrected or
     * rejected (each event at most once).
     */
    @Nullable
    CurateMarketEvent nextCuration() {
        if (curatable.isEmpty() || random.nextInt(2) == 0) {
            return null;
        }
        MarketEvent event = curatable.remove(random.nextInt(curatable.size()));
        int decision = random.nextInt(10);
        if (decision < 5) {
            return new CurateMarketEvent(
                    event.documentId(), event.id(), CurateMarketEvent.Decision.CONFIRM, "bench", List.of(), null);
        }
        if (decision < 9 && event instanceof CapexReported capex) {
            String from = capex.amount().usd().toPlainString();
            String to =
                    capex.amount().usd().add(BigDecimal.valueOf(1_000_000_000L)).toPlainString();
            return new CurateMarketEvent(
                    event.documentId(),
                    event.id(),
                    CurateMarketEvent.Decision.CORRECT,
                    "bench",
                    List.of(new FieldChange("amountUsd", from, to)),
                    "the filing says otherwise");
        }
        if (decision < 9) {
            return new CurateMarketEvent(
                    event.documentId(), event.id(), CurateMarketEvent.Decision.CONFIRM, "bench", List.of(), "checked");
        }
        return new CurateMarketEvent(
                event.documentId(), event.id(), CurateMarketEvent.Decision.REJECT, "bench", List.of(), "a rumour");
    }

    /** Events a document command records: the document, its claims and its market events. */
    static int events(IngestDocument document) {
        return 1 + document.claims().size() + document.marketEvents().size();
    }

    private enum Kind {
        CAPEX,
        VALUATION,
        FUNDING,
        PRICE,
        RELEASE
    }

    private String sentence(@Nullable Kind kind, String org, long billions, int year, @Nullable String speaker) {
        String said = speaker == null ? "" : ", " + speaker + " said";
        String tail = filler(8 + random.nextInt(14));
        if (kind == null) {
            return capitalised(filler(3 + random.nextInt(5))) + " at " + org + said + ", and " + tail + ".";
        }
        return switch (kind) {
            case CAPEX ->
                org + " will spend $" + billions + " billion on data centers in " + year + said + ", as " + tail + ".";
            case VALUATION ->
                "Investors valued " + org + " at $" + billions * 5 + " billion" + said + ", because " + tail + ".";
            case FUNDING -> org + " raised $" + billions + " billion in a new round" + said + ", while " + tail + ".";
            case PRICE ->
                MODELS[(int) (billions % MODELS.length)] + " costs $" + billions % 15 + " per million input"
                        + " tokens and $" + (billions % 15) * 4 + " per million output tokens" + said + "; " + tail
                        + ".";
            case RELEASE ->
                org + " released " + MODELS[(int) (billions % MODELS.length)] + " with open weights" + said + ", and "
                        + tail + ".";
        };
    }

    private static MarketEvent event(
            Kind kind, DocumentId document, int ordinal, Provenance p, String org, long billions, int year) {
        MarketEventId id = MarketEventId.derive(document, kind.name(), org, Integer.toString(ordinal));
        BigDecimal usd = BigDecimal.valueOf(billions * 1_000_000_000L);
        String model = MODELS[(int) (billions % MODELS.length)];
        return switch (kind) {
            case CAPEX -> new CapexReported(id, p, org, UsdAmount.of(usd), Integer.toString(year), CapexBasis.GUIDANCE);
            case VALUATION ->
                new ValuationReported(id, p, org, UsdAmount.of(usd.multiply(BigDecimal.valueOf(5))), "post-money");
            case FUNDING -> new FundingReported(id, p, org, UsdAmount.of(usd), "Series F");
            case PRICE ->
                new PriceReported(
                        id,
                        p,
                        null,
                        model,
                        BigDecimal.valueOf(billions % 15),
                        BigDecimal.valueOf((billions % 15) * 4),
                        org);
            case RELEASE -> new ModelReleaseReported(id, p, model, org, true, "open weights");
        };
    }

    private String filler(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            // Roughly Zipf: low indexes far more often.
            int index = (int) Math.min(WORDS.length - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * WORDS.length));
            text.append(WORDS[index]);
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
