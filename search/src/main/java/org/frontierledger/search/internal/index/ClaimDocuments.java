package org.frontierledger.search.internal.index;

import static org.frontierledger.search.internal.index.ClaimFields.*;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.DocumentIngested;
import org.frontierledger.eventstore.event.Provenance;
import org.jspecify.annotations.Nullable;

/** Maps events to Lucene documents; the field layout is described in {@link ClaimFields}. */
final class ClaimDocuments {

    /** Analysed and stored, with offsets in the postings so the highlighter need not re-analyse. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private ClaimDocuments() {}

    static Document document(DocumentIngested event) {
        Document doc = new Document();
        doc.add(new StringField(ID, event.documentId().value(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
        doc.add(new StringField(DOCUMENT_ID, event.documentId().value(), Field.Store.YES));
        doc.add(new TextField(TITLE, event.title(), Field.Store.YES));
        doc.add(new StoredField(SOURCE, event.source()));
        return doc;
    }

    /**
     * A claim's entry.
     *
     * @param title the title of the claim's document, copied so {@code doc:} can search it; null
     *     when the document entry is unknown
     */
    static Document claim(ClaimRecorded event, @Nullable String title) {
        Provenance provenance = event.provenance();
        Document doc = new Document();
        doc.add(new StringField(ID, event.claimId().value(), Field.Store.YES));
        doc.add(new StringField(KIND, KIND_CLAIM, Field.Store.NO));
        doc.add(new StringField(DOCUMENT_ID, provenance.documentId().value(), Field.Store.YES));
        doc.add(new Field(TEXT, provenance.quote(), TEXT_WITH_OFFSETS));
        if (provenance.speaker() != null) {
            doc.add(new TextField(SPEAKER, provenance.speaker(), Field.Store.YES));
            doc.add(new StringField(SPEAKER_EXACT, provenance.speaker(), Field.Store.NO));
        }
        if (title != null) {
            doc.add(new TextField(DOC, title, Field.Store.NO));
        }
        long epochDay = provenance.reportedOn().toEpochDay();
        doc.add(new LongPoint(REPORTED_ON, epochDay));
        doc.add(new StoredField(REPORTED_ON, epochDay));
        doc.add(new NumericDocValuesField(REPORTED_ON, epochDay));
        return doc;
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
