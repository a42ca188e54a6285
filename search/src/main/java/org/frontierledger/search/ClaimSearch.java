package org.frontierledger.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.frontierledger.search.internal.index.ClaimFields;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.frontierledger.search.internal.index.DocumentEntry;
import org.frontierledger.search.internal.query.ClaimQueryParser;
import org.frontierledger.search.internal.query.Highlighting;
import org.frontierledger.search.internal.query.QueryRejected;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the claims in the index.
 *
 * <p>Results reflect the events the {@code claim-index} processor has handled so far, so a claim
 * appears shortly after it is recorded, not at once. Each call reads one consistent snapshot.
 *
 * <p>Thread-safe: one instance serves all requests.
 */
@Service
@ConditionalOnProperty(name = "ledger.read-side.enabled", havingValue = "true", matchIfMissing = true)
public class ClaimSearch {

    private static final Query CLAIMS = new TermQuery(new Term(ClaimFields.KIND, ClaimFields.KIND_CLAIM));
    private static final SortField NEWEST_FIRST = new SortField(ClaimFields.REPORTED_ON, SortField.Type.LONG, true);
    private static final Sort BY_DATE = new Sort(NEWEST_FIRST);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST_FIRST);

    private final ClaimIndex index;
    private final ClaimQueryParser parser;
    private final Highlighting highlighting;

    ClaimSearch(ClaimIndex index) {
        this.index = index;
        this.parser = new ClaimQueryParser(index.analyzer());
        this.highlighting = new Highlighting(index.analyzer());
    }

    /**
     * The page of claims that match {@code query}: best first, or newest first when its text is blank.
     *
     * @throws InvalidQueryException when the text cannot be run; its message tells the analyst why
     */
    public SearchResult search(ClaimQuery query) {
        boolean all = query.text().isBlank();
        Query matching = all ? new MatchAllDocsQuery() : parse(query.text());
        Query claims = new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(CLAIMS, Occur.FILTER)
                .build();
        try {
            return index.withSearcher(searcher -> page(searcher, query, matching, claims, all));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(ClaimQueryParser.tooManyClausesMessage());
        }
    }

    /** The number of claims in the index. */
    public long count() {
        return index.withSearcher(searcher -> (long) searcher.count(CLAIMS));
    }

    private Query parse(String text) {
        try {
            return parser.parse(text);
        } catch (QueryRejected e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    private SearchResult page(IndexSearcher searcher, ClaimQuery query, Query matching, Query claims, boolean all)
            throws IOException {
        int wanted = (int) Math.min((long) query.offset() + query.limit(), Integer.MAX_VALUE);
        TopFieldDocs top = searcher.search(claims, wanted, all ? BY_DATE : BY_RELEVANCE, !all);
        long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value()
                : searcher.count(claims);
        int from = Math.min(query.offset(), top.scoreDocs.length);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        return new SearchResult(total, hits(searcher, matching, page, all));
    }

    private List<ClaimHit> hits(IndexSearcher searcher, Query matching, ScoreDoc[] page, boolean all)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        int[] docIds = new int[page.length];
        String[] quotes = new String[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
            docs[i] = stored.document(docIds[i]);
            quotes[i] = docs[i].get(ClaimFields.TEXT);
        }
        String[] html = all ? escapeAll(quotes) : highlighting.quotesAsHtml(searcher, matching, docIds, quotes);
        Map<String, DocumentEntry> documents = new HashMap<>();
        List<ClaimHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            float score = all || Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(hit(searcher, documents, docs[i], html[i], score));
        }
        return hits;
    }

    private static ClaimHit hit(
            IndexSearcher searcher, Map<String, DocumentEntry> documents, Document doc, String html, float score)
            throws IOException {
        String documentId = doc.get(ClaimFields.DOCUMENT_ID);
        DocumentEntry document = documents.get(documentId);
        if (document == null) {
            DocumentEntry found = ClaimIndex.findDocument(searcher, documentId);
            // A claim's document is indexed first; the fallback covers an index damaged by hand.
            document = found != null ? found : new DocumentEntry(documentId, documentId, "", null);
            documents.put(documentId, document);
        }
        LocalDate reportedOn = LocalDate.ofEpochDay(doc.getField(ClaimFields.REPORTED_ON).numericValue().longValue());
        return new ClaimHit(doc.get(ClaimFields.ID), documentId, document.title(), document.source(),
                doc.get(ClaimFields.TEXT), html, doc.get(ClaimFields.SPEAKER), reportedOn, score);
    }

    private static String[] escapeAll(String[] quotes) {
        return Arrays.stream(quotes).map(Highlighting::escape).toArray(String[]::new);
    }
}
