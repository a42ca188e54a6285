package org.frontierledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.FindTimeline;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole path, from the shared corpus's files to events, read models and the index. */
abstract class PipelineContract {
    @Autowired
    IngestService ingest;

    @Autowired
    ProjectionReplayer replayer;

    @Autowired
    SourceQueries sources;

    @Autowired
    TimelineQueries timeline;

    @Autowired
    ClaimSearch search;

    @Autowired
    JdbcTemplate jdbc;

    private List<IngestReport> ingestCorpus() throws Exception {
        List<IngestReport> reports = LedgerTestSupport.corpusDocuments().stream()
                .map(file -> ingest.ingestFile(file, "tester"))
                .toList();
        replayer.awaitCaughtUp(Duration.ofSeconds(60));
        return reports;
    }

    private long storedEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void corpusFlowsIntoEventsReadModelsAndIndex() throws Exception {
        List<IngestReport> reports = ingestCorpus();

        assertThat(reports)
                .hasSize(5)
                .allSatisfy(r ->
                        assertThat(r.status()).isIn(IngestReport.Status.RECORDED, IngestReport.Status.ALREADY_KNOWN));
        // Every stored event is a document, a claim or a market event, and each read model holds its share.
        List<SourceDocument> documents = sources.all();
        assertThat(documents).hasSize(5);
        assertThat(timeline.count()).isPositive();
        assertThat(storedEvents()).isEqualTo(documents.size() + search.count() + timeline.count());
        assertThat(documents.stream().mapToInt(SourceDocument::claims).sum()).isEqualTo(search.count());
        assertThat(documents.stream().mapToInt(SourceDocument::marketEvents).sum())
                .isEqualTo(timeline.count());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?", Long.class, "%CapexReported"))
                .isPositive();
        assertThat(timeline.find(FindTimeline.all()))
                .anySatisfy(e -> assertThat(e.subject()).containsIgnoringCase("DeepSeek"));
        SearchResult hits = search.search(new ClaimQuery("DeepSeek", 0, 10));
        assertThat(hits.total()).isPositive();
        assertThat(hits.hits().get(0).fragmentHtml()).contains("<mark>DeepSeek</mark>");
    }

    @Test
    void ingestingSameTextTwiceRecordsNoNewEvents() throws Exception {
        ingestCorpus();
        long before = storedEvents();

        List<IngestReport> again = ingestCorpus();

        assertThat(again).allSatisfy(r -> assertThat(r.status()).isEqualTo(IngestReport.Status.ALREADY_KNOWN));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badInputIsReportedAndRecordsNothing(@TempDir Path folder) throws Exception {
        Path binary = Files.write(folder.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xff});
        long before = storedEvents();

        IngestReport report = ingest.ingestFile(binary, "tester");
        IngestReport missing = ingest.ingestFile(folder.resolve("nothing-here.txt"), "tester");

        assertThat(report.status()).isEqualTo(IngestReport.Status.FAILED);
        assertThat(report.error()).isNotBlank();
        assertThat(missing.error()).isEqualTo("no such file");
        assertThat(storedEvents()).isEqualTo(before);
    }
}
