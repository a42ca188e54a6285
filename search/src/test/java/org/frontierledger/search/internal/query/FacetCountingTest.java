package org.frontierledger.search.internal.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.frontierledger.search.internal.index.ClaimFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetCountingTest {

    private static final List<String> TYPE_AND_YEAR = List.of(ClaimFields.FACET_TYPE, ClaimFields.FACET_YEAR);

    @TempDir
    Path folder;

    @Test
    void countsEveryDimensionInOnePassTheSameAsFieldByField() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            write(directory, true, true);

            Map<String, List<FacetCounting.Count>> counts = countAll(directory);

            assertThat(counts.get(ClaimFields.FACET_TYPE))
                    .containsExactly(new FacetCounting.Count("CAPEX", 2), new FacetCounting.Count("PRICE", 1));
            assertThat(counts.get(ClaimFields.FACET_YEAR))
                    .containsExactly(new FacetCounting.Count("2025", 3), new FacetCounting.Count("2024", 1));
        }
    }

    /** Issue 5: claims indexed before the one-pass facets field existed are still counted. */
    @Test
    void countsFieldByFieldWhileSomeClaimsLackTheOnePassField() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            write(directory, false, true);

            Map<String, List<FacetCounting.Count>> counts = countAll(directory);

            assertThat(counts.get(ClaimFields.FACET_TYPE))
                    .containsExactly(new FacetCounting.Count("CAPEX", 2), new FacetCounting.Count("PRICE", 1));
            assertThat(counts.get(ClaimFields.FACET_YEAR))
                    .containsExactly(new FacetCounting.Count("2025", 3), new FacetCounting.Count("2024", 1));
        }
    }

    /** An index just reset for a replay, or holding only document entries, has no facets field at all. */
    @Test
    void countsNothingWithoutFailingWhenNoClaimIsIndexedYet() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                Document document = new Document();
                document.add(new StringField(ClaimFields.KIND, ClaimFields.KIND_DOCUMENT, Field.Store.NO));
                writer.addDocument(document);
            }

            Map<String, List<FacetCounting.Count>> counts = countAll(directory);

            assertThat(counts.get(ClaimFields.FACET_TYPE)).isEmpty();
            assertThat(counts.get(ClaimFields.FACET_YEAR)).isEmpty();
        }
    }

    private static Map<String, List<FacetCounting.Count>> countAll(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            FacetsCollector hits = searcher.search(
                    new TermQuery(new Term(ClaimFields.KIND, ClaimFields.KIND_CLAIM)), new FacetsCollectorManager());
            return new FacetCounting().top(reader, hits, TYPE_AND_YEAR, 10);
        }
    }

    /** Two segments of claims (and a document entry, which has no facets), with or without the one-pass field. */
    private static void write(Directory directory, boolean firstWithFacets, boolean secondWithFacets)
            throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.addDocument(claim(firstWithFacets, "CAPEX", "2025"));
            writer.addDocument(claim(firstWithFacets, null, "2024"));
            Document document = new Document();
            document.add(new StringField(ClaimFields.KIND, ClaimFields.KIND_DOCUMENT, Field.Store.NO));
            writer.addDocument(document);
            writer.commit();
            writer.addDocument(claim(secondWithFacets, "CAPEX", "2025"));
            writer.addDocument(claim(secondWithFacets, "PRICE", "2025"));
            writer.commit();
        }
    }

    private static Document claim(boolean withFacets, String type, String year) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ClaimFields.KIND, ClaimFields.KIND_CLAIM, Field.Store.NO));
        if (type != null) {
            doc.add(new KeywordField(ClaimFields.FACET_TYPE, type, Field.Store.NO));
        }
        doc.add(new KeywordField(ClaimFields.FACET_YEAR, year, Field.Store.NO));
        if (!withFacets) {
            return doc;
        }
        if (type != null) {
            doc.add(new SortedSetDocValuesFacetField(ClaimFields.FACET_TYPE, type));
        }
        doc.add(new SortedSetDocValuesFacetField(ClaimFields.FACET_YEAR, year));
        return ClaimFields.facetsConfig().build(doc);
    }
}
