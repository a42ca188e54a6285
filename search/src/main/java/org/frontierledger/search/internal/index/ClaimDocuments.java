package org.frontierledger.search.internal.index;

import static org.frontierledger.search.internal.index.ClaimFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.NumericUtils;
import org.jspecify.annotations.Nullable;

/**
 * Maps entries to Lucene documents and stored documents back to entries; the field layout is
 * described in {@link ClaimFields}. Writing an entry and reading it back gives an equal entry.
 */
public final class ClaimDocuments {

    /** Analysed and stored, with offsets in the postings so the highlighter need not re-analyse. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
    /** Read only after construction, which is safe to share between threads. */
    private static final FacetsConfig FACETS_CONFIG = ClaimFields.facetsConfig();

    private ClaimDocuments() {}

    /** A document's entry. */
    public static Document document(DocumentEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(DOCUMENT_ID, entry.documentId(), Field.Store.YES));
        doc.add(new TextField(TITLE, entry.title(), Field.Store.YES));
        doc.add(new StoredField(SOURCE, entry.source()));
        if (entry.show() != null) {
            doc.add(new StoredField(SHOW, entry.show()));
        }
        return doc;
    }

    public static Document fact(FactEntry fact) {
        Document doc = new Document();
        doc.add(new StringField(ID, fact.id(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_FACT, Field.Store.NO));
        doc.add(new StringField(DOCUMENT_ID, fact.documentId(), Field.Store.YES));
        doc.add(new StoredField(FACT, fact.encode()));
        return doc;
    }

    /**
     * A claim's entry with the facts of the market events in its sentence.
     *
     * @param facts the facts to carry, in a stable order (a replay must write the same document)
     */
    public static Document claim(ClaimEntry claim, List<FactEntry> facts) {
        Document doc = new Document();
        doc.add(new StringField(ID, claim.claimId(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_CLAIM, Field.Store.NO));
        doc.add(new StringField(DOCUMENT_ID, claim.documentId(), Field.Store.YES));
        doc.add(new Field(TEXT, claim.quote(), TEXT_WITH_OFFSETS));
        doc.add(new StoredField(START, claim.start()));
        doc.add(new StoredField(END, claim.end()));
        if (claim.speaker() != null) {
            doc.add(new TextField(SPEAKER, claim.speaker(), Field.Store.YES));
            doc.add(new StringField(SPEAKER_EXACT, claim.speaker(), Field.Store.NO));
            doc.add(new KeywordField(FACET_SPEAKER, claim.speaker(), Field.Store.NO));
        }
        if (claim.title() != null) {
            doc.add(new StoredField(CLAIM_TITLE, claim.title()));
            doc.add(new TextField(DOC, claim.title(), Field.Store.NO));
        }
        if (claim.show() != null) {
            doc.add(new StoredField(CLAIM_SHOW, claim.show()));
            doc.add(new TextField(DOC, claim.show(), Field.Store.NO));
        }
        if (claim.source() != null) {
            doc.add(new StoredField(CLAIM_SOURCE, claim.source()));
        }
        String source = claim.sourceLabel();
        if (source != null) {
            doc.add(new KeywordField(FACET_SOURCE, source, Field.Store.NO));
        }
        doc.add(new BinaryDocValuesField(HIT, HitValues.encode(claim, facts)));
        long epochDay = claim.reportedOn().toEpochDay();
        doc.add(new LongPoint(REPORTED_ON, epochDay));
        doc.add(new StoredField(REPORTED_ON, epochDay));
        doc.add(new NumericDocValuesField(REPORTED_ON, epochDay));
        doc.add(new KeywordField(FACET_YEAR, String.valueOf(claim.reportedOn().getYear()), Field.Store.NO));
        doc.add(new LongPoint(RECORDED_AT, claim.recordedAtMillis()));
        doc.add(new StoredField(RECORDED_AT, claim.recordedAtMillis()));
        addFacts(doc, facts);
        return withFacets(doc);
    }

    /** Adds every {@code facet.*} value of the claim once more, to the one doc value {@link ClaimFields#FACETS}. */
    private static Document withFacets(Document doc) {
        for (IndexableField field : List.copyOf(doc.getFields())) {
            if (field instanceof KeywordField
                    && ClaimFields.facetFields().contains(field.name())
                    && !field.stringValue().isEmpty()) {
                doc.add(new SortedSetDocValuesFacetField(field.name(), field.stringValue()));
            }
        }
        try {
            return FACETS_CONFIG.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the facets of a claim", e); // only a taxonomy does I/O
        }
    }

    private static void addFacts(Document doc, List<FactEntry> facts) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> orgs = new LinkedHashSet<>();
        Set<String> models = new LinkedHashSet<>();
        Set<Long> amounts = new LinkedHashSet<>();
        Set<Double> prices = new LinkedHashSet<>();
        for (FactEntry fact : facts) {
            doc.add(new StoredField(FACT, fact.encode()));
            types.add(fact.type().name());
            if (fact.org() != null) {
                orgs.add(fact.org());
            }
            if (fact.model() != null) {
                models.add(fact.model());
            }
            amounts.addAll(fact.amounts());
            prices.addAll(fact.prices());
        }
        types.forEach(type -> doc.add(new KeywordField(FACET_TYPE, type, Field.Store.NO)));
        for (String org : orgs) {
            doc.add(new TextField(ORG, org, Field.Store.NO));
            doc.add(new KeywordField(FACET_COMPANY, org, Field.Store.NO));
        }
        for (String model : models) {
            doc.add(new TextField(MODEL, model, Field.Store.NO));
            doc.add(new KeywordField(FACET_MODEL, model, Field.Store.NO));
        }
        // One point per value (not one point of many dimensions): a range matches when any of the
        // claim's figures is in it.
        // Doc values beside the points let a range that is ANDed with a selective clause check
        // only that clause's documents (IndexOrDocValuesQuery) instead of walking the whole tree.
        for (long amount : amounts) {
            doc.add(new LongPoint(AMOUNT, amount));
            doc.add(new SortedNumericDocValuesField(AMOUNT, amount));
        }
        for (double price : prices) {
            doc.add(new DoublePoint(PRICE, price));
            doc.add(new SortedNumericDocValuesField(PRICE, NumericUtils.doubleToSortableLong(price)));
        }
    }

    /** The entry a stored document holds, by its kind; null for an entry of no known kind. */
    static @Nullable Entry entry(Document stored) {
        if (stored.get(FACT) != null && stored.get(TEXT) == null) {
            return FactEntry.decode(stored.get(FACT));
        }
        if (stored.get(TEXT) != null) {
            return claimEntry(stored);
        }
        if (stored.get(TITLE) != null) {
            return documentEntry(stored);
        }
        return null;
    }

    static DocumentEntry documentEntry(Document stored) {
        return new DocumentEntry(
                stored.get(DOCUMENT_ID), stored.get(TITLE), String.valueOf(stored.get(SOURCE)), stored.get(SHOW));
    }

    static ClaimEntry claimEntry(Document stored) {
        return new ClaimEntry(
                stored.get(ID),
                stored.get(DOCUMENT_ID),
                stored.get(TEXT),
                intValue(stored, START),
                intValue(stored, END),
                stored.get(SPEAKER),
                LocalDate.ofEpochDay(stored.getField(REPORTED_ON).numericValue().longValue()),
                longValue(stored, RECORDED_AT),
                stored.get(CLAIM_TITLE),
                stored.get(CLAIM_SHOW),
                stored.get(CLAIM_SOURCE));
    }

    /** The facts a stored claim carries, in the order they were written. */
    public static List<FactEntry> facts(Document stored) {
        return Arrays.stream(stored.getValues(FACT)).map(FactEntry::decode).toList();
    }

    /** A stored long; 0 when absent (a claim written before the field existed, issue 5). */
    private static long longValue(Document stored, String field) {
        IndexableField value = stored.getField(field);
        return value == null ? 0 : value.numericValue().longValue();
    }

    private static int intValue(Document stored, String field) {
        IndexableField value = stored.getField(field);
        return value == null ? 0 : value.numericValue().intValue();
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
