package org.frontierledger.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.projections.digest.AttributedClaim;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.DigestData;
import org.frontierledger.projections.digest.IsoWeek;
import org.frontierledger.projections.digest.SavedSearchHits;
import org.frontierledger.projections.digest.TokenPrice;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.digest.WeeklyDigests;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.Figures;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/** A fixed week of events, written for these tests, and a hostile variant of it. */
final class DigestSamples {
    static final IsoWeek WEEK = IsoWeek.parse("2026-W19");
    static final Instant AS_OF = Instant.parse("2026-05-11T06:00:00Z");
    static final Instant GENERATED = Instant.parse("2026-05-11T06:00:05Z");
    static final Instant RECORDED = Instant.parse("2026-05-08T09:30:00Z");
    static final String NEWS = "0a".repeat(16);
    static final String NOTES = "0b".repeat(16);
    static final String OLD = "0c".repeat(16);

    private final List<TimelineEntry> week = new ArrayList<>();
    private final List<TimelineEntry> related = new ArrayList<>();
    private final Map<String, TokenPrice> prices = new HashMap<>();
    private final List<AttributedClaim> claims = new ArrayList<>();
    private final Map<String, SourceDocument> documents = new HashMap<>();
    private final List<SavedSearchHits.Section> searches = new ArrayList<>();
    private int position;

    private DigestSamples() {}

    /** The fixed week: every section has something. */
    static WeeklyDigest week19() {
        DigestSamples s = new DigestSamples();
        s.document(
                NEWS,
                "Frontier Weekly: labs, prices and money",
                "https://news.example.com/frontier-weekly",
                "Frontier Weekly",
                LocalDate.of(2026, 5, 6));
        s.document(NOTES, "Cloud spending notes", "/data/notes/cloud-spending.md", null, LocalDate.of(2026, 5, 7));
        s.document(OLD, "Spring pricing notes", "/data/notes/spring-pricing.txt", null, LocalDate.of(2026, 4, 1));
        s.add(
                true,
                NEWS,
                MarketEventType.MODEL_RELEASE,
                "Nimbus-4",
                "Nimbus Labs",
                "Nimbus-4",
                null,
                "open weights",
                null,
                "Apache-2.0",
                null,
                "Nimbus Labs released Nimbus-4 with open weights under Apache-2.0.");
        s.price(
                true,
                NEWS,
                "0.40",
                "1.60",
                "Nimbus-4 costs $0.40 per million input tokens and $1.60 per million output.");
        s.price(false, OLD, "0.50", "2.00", "Nimbus-4 was listed at $0.50 in and $2.00 out per million tokens.");
        s.add(
                true,
                NEWS,
                MarketEventType.PRICE_RATIO,
                "Nimbus-4",
                "Nimbus Labs",
                null,
                null,
                Figures.ratio(new BigDecimal("0.25")),
                null,
                "vs Orion-2",
                null,
                "Nimbus-4 costs a quarter of what Orion-2 costs.");
        s.money(
                true,
                NOTES,
                MarketEventType.CAPEX,
                "Cirrus Cloud",
                UsdAmount.of(80_000_000_000L),
                "2026",
                null,
                "Jo Rivera",
                "Cirrus Cloud plans $80 billion of capital spending in 2026, Jo Rivera said.");
        s.money(
                true,
                NEWS,
                MarketEventType.VALUATION,
                "Nimbus Labs",
                UsdAmount.of(45_000_000_000L),
                null,
                "round",
                null,
                "Investors valued Nimbus Labs at $45 billion in the new round.");
        s.money(
                false,
                OLD,
                MarketEventType.VALUATION,
                "Nimbus Labs",
                UsdAmount.of(40_000_000_000L),
                null,
                "round",
                null,
                "Nimbus Labs was valued at $40 billion, people familiar said.");
        s.money(
                true,
                NEWS,
                MarketEventType.FUNDING,
                "Nimbus Labs",
                UsdAmount.of(5_000_000_000L),
                null,
                "Series D",
                null,
                "Nimbus Labs raised $5 billion in a Series D.");
        s.money(
                true,
                NOTES,
                MarketEventType.REVENUE,
                "Cirrus Cloud",
                new UsdAmount(BigDecimal.valueOf(12_000_000_000L), BigDecimal.valueOf(14_000_000_000L)),
                "2026-Q1",
                "run-rate",
                null,
                "Cirrus Cloud's AI business runs at $12 billion to $14 billion a year.");
        s.add(
                true,
                NEWS,
                MarketEventType.TRAINING_COST,
                "Nimbus-4",
                "Nimbus Labs",
                "Nimbus-4",
                BigDecimal.valueOf(90_000_000L),
                "$90M, 10,000 GPUs",
                null,
                null,
                null,
                "Training Nimbus-4 took about $90 million and 10,000 GPUs.");
        s.money(
                true,
                NOTES,
                MarketEventType.COMPUTE_COMMITMENT,
                "Nimbus Labs",
                UsdAmount.of(20_000_000_000L),
                null,
                "Cirrus Cloud",
                null,
                "Nimbus Labs committed $20 billion to Cirrus Cloud capacity over five years.");
        s.claim(
                NOTES,
                "Jo Rivera",
                "We will put $80 billion into data centres this year and still be short of capacity.");
        s.claim(NEWS, "Sam Okafor", "Open weights are the fastest way we know to earn the trust of developers.");
        s.searches.add(new SavedSearchHits.Section(
                "ana",
                "Open models",
                "\"open weights\" · Company: Nimbus Labs",
                2,
                List.of(
                        s.citation(NEWS, null, "Nimbus Labs released Nimbus-4 with open weights under Apache-2.0."),
                        s.citation(
                                NEWS,
                                "Sam Okafor",
                                "Open weights are the fastest way we know to earn the trust of developers."))));
        s.searches.add(new SavedSearchHits.Section("ben", "HBM supply", "hbm NEAR/5 supply", 0, List.of()));
        return s.digest(GENERATED);
    }

    /** The same week, where every text a source controls tries to break out of its format. */
    static WeeklyDigest hostile() {
        DigestSamples s = new DigestSamples();
        s.document(
                NEWS,
                "<img src=x onerror=alert(1)> & <b>bold</b>",
                "javascript:alert(document.cookie)",
                null,
                LocalDate.of(2026, 5, 6));
        s.document(
                NOTES,
                "[click me](javascript:alert(1)) # not a heading",
                "https://evil.example/a)](javascript:alert(1)\"onmouseover=\"x",
                "<script>x</script>",
                LocalDate.of(2026, 5, 7));
        s.money(
                true,
                NEWS,
                MarketEventType.CAPEX,
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                UsdAmount.of(1_000_000_000L),
                "+2026",
                "@SUM(1+1)",
                "-1+2",
                "<script>alert('x')</script> ]]> spent $1 billion\n# Heading\n<!-- c -->");
        s.money(
                true,
                NOTES,
                MarketEventType.VALUATION,
                "\tTabbed",
                UsdAmount.of(2_000_000_000L),
                null,
                "\rreturn",
                "<b>Ms</b> X",
                "[link](javascript:alert(1)) valued at $2 billion <a href=\"javascript:alert(1)\">y</a>");
        s.claim(NOTES, "=cmd|' /C calc'!A0", "javascript:alert(1) and <iframe src=\"https://evil.example\"></iframe>");
        s.searches.add(new SavedSearchHits.Section(
                "-evil@x",
                "=cmd|' /C calc'!A0 <script>alert(1)</script>",
                "+[x](javascript:alert(1)) <img src=x onerror=alert(2)> · Speaker: @SUM(1+1)",
                1,
                List.of(s.citation(
                        NEWS,
                        "=HYPERLINK(\"http://evil.example\")",
                        "<script>alert('hit')</script> [hit](javascript:alert(3))"))));
        return s.digest(GENERATED);
    }

    /** A week with nothing in it. */
    static WeeklyDigest empty() {
        return new DigestSamples().digest(GENERATED);
    }

    /** The same events, generated at another instant. */
    static WeeklyDigest week19GeneratedAt(Instant generatedAt) {
        WeeklyDigest d = week19();
        return new WeeklyDigest(
                d.week(),
                d.from(),
                d.to(),
                d.asOf(),
                generatedAt,
                d.headline(),
                d.newModels(),
                d.priceMoves(),
                d.relativePrices(),
                d.figures(),
                d.conflicts(),
                d.quotes(),
                d.savedSearches(),
                d.events());
    }

    private WeeklyDigest digest(Instant generatedAt) {
        List<TimelineEntry> all = new ArrayList<>(related);
        all.addAll(week);
        return WeeklyDigests.assemble(
                new DigestData(WEEK, AS_OF, generatedAt, week, all, prices, claims, documents, searches));
    }

    private Citation citation(String doc, @Nullable String speaker, String quote) {
        SourceDocument d = documents.get(doc);
        return new Citation(doc, d.title(), d.source(), d.show(), d.reportedOn(), speaker, quote);
    }

    private void document(String id, String title, String source, @Nullable String show, LocalDate reportedOn) {
        documents.put(
                id, new SourceDocument(id, title, source, "text", reportedOn, show, RECORDED, "tester", 1000, 2, 5));
    }

    private void money(
            boolean thisWeek,
            String doc,
            MarketEventType type,
            String org,
            UsdAmount amount,
            @Nullable String period,
            @Nullable String detail,
            @Nullable String speaker,
            String quote) {
        add(thisWeek, doc, type, org, org, null, amount.usd(), Figures.usd(amount), period, detail, speaker, quote)
                .amountHigh(amount.usdHigh());
    }

    private void price(boolean thisWeek, String doc, String in, String out, String quote) {
        TimelineEntry entry = add(
                        thisWeek,
                        doc,
                        MarketEventType.PRICE,
                        "Nimbus-4",
                        "Nimbus Labs",
                        "Nimbus-4",
                        null,
                        Figures.tokenPrice(new BigDecimal(in), new BigDecimal(out)),
                        null,
                        null,
                        null,
                        quote)
                .entry;
        prices.put(entry.eventId(), new TokenPrice(new BigDecimal(in), new BigDecimal(out)));
    }

    private void claim(String doc, String speaker, String quote) {
        claims.add(new AttributedClaim(
                doc + "-c" + claims.size(),
                doc,
                speaker,
                quote,
                position += 100,
                documents.get(doc).reportedOn(),
                RECORDED));
    }

    private Added add(
            boolean thisWeek,
            String doc,
            MarketEventType type,
            String subject,
            @Nullable String org,
            @Nullable String model,
            @Nullable BigDecimal amount,
            String figure,
            @Nullable String period,
            @Nullable String detail,
            @Nullable String speaker,
            String quote) {
        position += 100;
        String id = String.format("%024x", position);
        TimelineEntry entry = new TimelineEntry(
                id,
                doc,
                type,
                subject,
                org,
                model,
                amount,
                null,
                null,
                null,
                null,
                null,
                null,
                figure,
                period,
                detail,
                documents.get(doc).reportedOn(),
                RECORDED,
                speaker,
                quote,
                position,
                position + quote.length(),
                CurationStatus.EXTRACTED,
                null,
                null);
        (thisWeek ? week : related).add(entry);
        return new Added(this, entry, thisWeek);
    }

    private record Added(DigestSamples samples, TimelineEntry entry, boolean thisWeek) {
        void amountHigh(@Nullable BigDecimal high) {
            if (high == null) {
                return;
            }
            List<TimelineEntry> list = thisWeek ? samples.week : samples.related;
            TimelineEntry e = entry;
            list.set(
                    list.indexOf(e),
                    new TimelineEntry(
                            e.eventId(),
                            e.documentId(),
                            e.type(),
                            e.subject(),
                            e.org(),
                            e.model(),
                            e.amountUsd(),
                            high,
                            e.inputUsdPerMTok(),
                            e.outputUsdPerMTok(),
                            e.ratio(),
                            e.gpus(),
                            e.provider(),
                            e.figure(),
                            e.period(),
                            e.detail(),
                            e.reportedOn(),
                            e.recordedAt(),
                            e.speaker(),
                            e.quote(),
                            e.quoteStart(),
                            e.quoteEnd(),
                            e.status(),
                            e.curatedBy(),
                            e.curatedAt()));
        }
    }
}
