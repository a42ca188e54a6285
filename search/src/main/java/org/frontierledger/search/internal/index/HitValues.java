package org.frontierledger.search.internal.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What a hit shows, packed into one binary doc value per claim ({@link ClaimFields#HIT}).
 *
 * <p>Why not stored fields: reading one document's stored fields decompresses the whole block it
 * sits in (tens of kilobytes), which for a page of 20 hits costs more than the search itself;
 * binary doc values are compressed in blocks of 32 documents.
 */
public final class HitValues {

    /** A claim as a hit shows it. */
    public record Hit(
            String claimId,
            String documentId,
            String quote,
            @Nullable String speaker,
            String title,
            String source,
            LocalDate reportedOn,
            List<FactEntry> facts) {}

    private HitValues() {}

    static BytesRef encode(ClaimEntry claim, List<FactEntry> facts) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeString(claim.claimId());
            out.writeString(claim.documentId());
            out.writeString(claim.quote());
            out.writeString(claim.speaker() == null ? "" : claim.speaker());
            out.writeString(claim.title() == null ? claim.documentId() : claim.title());
            out.writeString(claim.source() == null ? "" : claim.source());
            out.writeZLong(claim.reportedOn().toEpochDay());
            out.writeVInt(facts.size());
            for (FactEntry fact : facts) {
                out.writeString(fact.encode());
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a hit in memory", e);
        }
    }

    static Hit decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String claimId = in.readString();
        String documentId = in.readString();
        String quote = in.readString();
        String speaker = in.readString();
        String title = in.readString();
        String source = in.readString();
        LocalDate reportedOn = LocalDate.ofEpochDay(in.readZLong());
        int count = in.readVInt();
        List<FactEntry> facts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            facts.add(FactEntry.decode(in.readString()));
        }
        return new Hit(
                claimId, documentId, quote, speaker.isEmpty() ? null : speaker, title, source, reportedOn, facts);
    }

    /** The hits of these claim documents, in the same order. */
    public static List<Hit> read(IndexReader reader, int[] docIds) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<Hit> hits = new ArrayList<>(docIds.length);
        for (int docId : docIds) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
            BinaryDocValues values = leaf.reader().getBinaryDocValues(ClaimFields.HIT);
            if (values != null && values.advanceExact(docId - leaf.docBase)) {
                hits.add(decode(values.binaryValue()));
            } else {
                // A claim written before hit values existed (issue 5): read its stored fields,
                // slower but right, until a rebuild writes it anew.
                ClaimEntry claim =
                        ClaimDocuments.claimEntry(reader.storedFields().document(docId));
                hits.add(decode(
                        encode(claim, ClaimDocuments.facts(reader.storedFields().document(docId)))));
            }
        }
        return hits;
    }
}
