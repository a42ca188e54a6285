package org.frontierledger.search.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.LedgerEvent;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims carry the facts of the market events in their sentences, and follow curation. */
class MarketFactsProjectionTest {

    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    @TempDir
    Path folder;

    private IndexFixture fixture;
    private IndexFixture.Doc doc;
    private CapexReported capex;
    private ModelReleaseReported release;
    private PriceReported price;

    @BeforeEach
    void openIndex() {
        fixture = IndexFixture.open(folder);
        doc = IndexFixture.doc(
                "Capex roundup",
                "Market Notes",
                MAY_1,
                line("Microsoft plans to spend $80 billion on data centers this year.", "Brad Smith"),
                line("DeepSeek released R1 and it is cheap to run.", null),
                line("GPT-4o mini costs $0.15 per million input tokens and $0.60 for output.", null),
                line("Nobody put a number on it.", null));
        capex = doc.capex(0, "Microsoft", 80_000_000_000L);
        release = doc.release(1, "DeepSeek released R1", "DeepSeek R1", "DeepSeek");
        price = doc.price(2, "OpenAI", "GPT-4o mini", "0.15", "0.60");
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    @Test
    void claimCarriesTheFactsOfTheMarketEventInItsSentence() {
        fixture.handle(doc.events());

        assertThat(claimsMatching(term(ClaimFields.FACET_TYPE, "CAPEX"))).containsExactly(doc.claimId(0));
        assertThat(claimsMatching(term(ClaimFields.FACET_COMPANY, "Microsoft"))).containsExactly(doc.claimId(0));
        assertThat(claimsMatching(LongPoint.newRangeQuery(ClaimFields.AMOUNT, 50_000_000_000L, Long.MAX_VALUE)))
                .containsExactly(doc.claimId(0));
        assertThat(claimsMatching(term(ClaimFields.FACET_MODEL, "DeepSeek R1"))).containsExactly(doc.claimId(1));
        assertThat(claimsMatching(DoublePoint.newRangeQuery(ClaimFields.PRICE, 0, 0.5)))
                .containsExactly(doc.claimId(2));
        assertThat(claimsMatching(term(ClaimFields.FACET_SOURCE, "Market Notes")))
                .hasSize(4);
        assertThat(claimsMatching(term(ClaimFields.FACET_YEAR, "2025"))).hasSize(4);
        assertThat(storedFacts(doc.claimId(0)))
                .singleElement()
                .satisfies(f -> assertThat(f.amountUsd()).isEqualTo(80_000_000_000L));
    }

    @Test
    void marketEventRecordedBeforeItsClaimStillReachesIt() {
        List<LedgerEvent> events = doc.events();
        List<LedgerEvent> marketFirst = new ArrayList<>(events.subList(0, 1));
        marketFirst.addAll(events.subList(5, events.size()));
        marketFirst.addAll(events.subList(1, 5));

        fixture.handle(marketFirst.subList(0, 4));
        fixture.handle(marketFirst.subList(4, marketFirst.size()));

        assertThat(claimsMatching(term(ClaimFields.FACET_TYPE, "CAPEX"))).containsExactly(doc.claimId(0));
        assertThat(claimsMatching(term(ClaimFields.FACET_TYPE, "PRICE"))).containsExactly(doc.claimId(2));
    }

    @Test
    void eachEventInItsOwnBatchGivesTheSameClaims() {
        fixture.handle(doc.events());
        List<String> together = snapshot();
        fixture.reset();

        doc.events().forEach(fixture::handle);

        assertThat(snapshot()).isEqualTo(together);
    }

    @Test
    void correctionChangesTheClaimsFactsAtOnce() {
        fixture.handle(doc.events());

        fixture.handle(doc.correction(
                capex,
                new FieldChange("org", "Microsoft", "Microsoft Azure"),
                new FieldChange("amountUsd", "80000000000", "8000000000")));

        assertThat(claimsMatching(term(ClaimFields.FACET_COMPANY, "Microsoft"))).isEmpty();
        assertThat(claimsMatching(term(ClaimFields.FACET_COMPANY, "Microsoft Azure")))
                .containsExactly(doc.claimId(0));
        assertThat(claimsMatching(LongPoint.newRangeQuery(ClaimFields.AMOUNT, 50_000_000_000L, Long.MAX_VALUE)))
                .isEmpty();
        assertThat(claimsMatching(LongPoint.newExactQuery(ClaimFields.AMOUNT, 8_000_000_000L)))
                .containsExactly(doc.claimId(0));
    }

    @Test
    void correctionOfThePriceAndModelReachesTheClaim() {
        fixture.handle(doc.events());

        fixture.handle(doc.correction(
                price,
                new FieldChange("inputUsdPerMTok", "0.15", "1.50"),
                new FieldChange("model", "GPT-4o mini", "GPT-4o")));

        assertThat(claimsMatching(DoublePoint.newRangeQuery(ClaimFields.PRICE, 0, 0.5)))
                .isEmpty();
        assertThat(claimsMatching(DoublePoint.newExactQuery(ClaimFields.PRICE, 1.5)))
                .containsExactly(doc.claimId(2));
        assertThat(claimsMatching(term(ClaimFields.FACET_MODEL, "GPT-4o"))).containsExactly(doc.claimId(2));
    }

    @Test
    void rejectionRemovesTheFactsButKeepsTheClaim() {
        fixture.handle(doc.events());

        fixture.handle(doc.rejection(release));

        assertThat(claimsMatching(term(ClaimFields.FACET_TYPE, "MODEL_RELEASE")))
                .isEmpty();
        assertThat(claimsMatching(term(ClaimFields.FACET_MODEL, "DeepSeek R1"))).isEmpty();
        assertThat(claimsMatching(new TermQuery(new Term(ClaimFields.TEXT, "deepseek"))))
                .containsExactly(doc.claimId(1));
        assertThat(storedFacts(doc.claimId(1))).isEmpty();
    }

    @Test
    void curationInTheSameBatchAsTheEventIsApplied() {
        List<LedgerEvent> all = new ArrayList<>(doc.events());
        all.add(doc.correction(capex, new FieldChange("org", "Microsoft", "MSFT")));
        all.add(doc.rejection(price));

        fixture.handle(all);

        assertThat(claimsMatching(term(ClaimFields.FACET_COMPANY, "MSFT"))).containsExactly(doc.claimId(0));
        assertThat(claimsMatching(term(ClaimFields.FACET_TYPE, "PRICE"))).isEmpty();
    }

    @Test
    void replayOfTheSameEventsGivesTheSameIndex() {
        // given
        List<LedgerEvent> history = new ArrayList<>(doc.events());
        history.add(doc.correction(capex, new FieldChange("amountUsd", "80000000000", "75000000000")));
        history.add(doc.rejection(release));
        history.add(doc.confirmation(price));
        fixture.handle(history.subList(0, 6));
        fixture.handle(history.subList(6, history.size()));
        List<String> before = snapshot();

        // when
        fixture.reset();
        fixture.handle(history);

        // then
        assertThat(snapshot()).isEqualTo(before).isNotEmpty();
        assertThat(entries()).isEqualTo(1 + 4 + 2);
    }

    @Test
    void handlingEveryEventTwiceLeavesOneEntryEach() {
        fixture.handle(doc.events());
        List<String> once = snapshot();

        fixture.handle(doc.events());

        assertThat(snapshot()).isEqualTo(once);
        assertThat(entries()).isEqualTo(1 + 4 + 3);
    }

    @Test
    void factsEncodeAndDecodeToTheSameEntry() {
        FactEntry fact = FactEntry.of(price);

        assertThat(FactEntry.decode(fact.encode())).isEqualTo(fact);
        assertThat(fact.type()).isEqualTo(MarketEventType.PRICE);
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private List<String> claimsMatching(Query query) {
        return fixture.index().withSearcher(s -> {
            StoredFields stored = s.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : s.search(query, 100).scoreDocs) {
                ids.add(stored.document(hit.doc).get(ClaimFields.ID));
            }
            return ids.stream().sorted().toList();
        });
    }

    private List<FactEntry> storedFacts(String claimId) {
        return fixture.index().withSearcher(s -> {
            ScoreDoc hit = s.search(term(ClaimFields.ID, claimId), 1).scoreDocs[0];
            return ClaimDocuments.facts(s.storedFields().document(hit.doc));
        });
    }

    /** Every entry's stored fields and the claims each facet value and range finds, in a stable order. */
    private List<String> snapshot() {
        List<String> lines = new ArrayList<>(fixture.index().withSearcher(s -> {
            StoredFields stored = s.storedFields();
            List<String> docs = new ArrayList<>();
            for (ScoreDoc hit : s.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
                Document d = stored.document(hit.doc);
                docs.add(d.getFields().stream()
                        .map(f -> f.name() + "=" + f.stringValue() + f.numericValue())
                        .sorted()
                        .toList()
                        .toString());
            }
            return docs.stream().sorted().toList();
        }));
        for (String type : List.of("CAPEX", "MODEL_RELEASE", "PRICE")) {
            lines.add(type + claimsMatching(term(ClaimFields.FACET_TYPE, type)));
        }
        lines.add("amount>=1" + claimsMatching(LongPoint.newRangeQuery(ClaimFields.AMOUNT, 1, Long.MAX_VALUE)));
        lines.add("price" + claimsMatching(DoublePoint.newRangeQuery(ClaimFields.PRICE, 0, 100)));
        return lines;
    }

    private long entries() {
        return fixture.index().withSearcher(s -> (long) s.getIndexReader().numDocs());
    }
}
