package org.frontierledger.search.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontierledger.search.internal.index.IndexFixture.line;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.frontierledger.eventstore.event.LedgerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimIndexProjectionTest {

    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    @TempDir
    Path folder;

    private IndexFixture fixture;

    @BeforeEach
    void openIndex() {
        fixture = IndexFixture.open(folder);
    }

    @AfterEach
    void closeIndex() {
        fixture.close();
    }

    private final List<LedgerEvent> capexDocument = IndexFixture.document(
            "Capex roundup",
            MAY_1,
            line("Microsoft plans to spend $80 billion on data centers.", "Brad Smith"),
            line("Meta raised its capex guidance to $72 billion.", null),
            line("Alphabet expects $75 billion of capital expenditure.", "Anat Ashkenazi"));

    @Test
    void replayingTheSameClaimKeepsOneEntry() {
        fixture.handle(capexDocument);
        fixture.handle(capexDocument);

        assertThat(claims()).isEqualTo(3);
        assertThat(entries()).isEqualTo(4);
    }

    @Test
    void resetEmptiesTheIndexOnDisk() throws IOException {
        fixture.handle(capexDocument);

        fixture.reset();

        assertThat(entries()).isZero();
        assertThat(committedEntries()).isZero();
    }

    @Test
    void unitOfWorkCommitsTheIndexOnceWhenItCommits() throws IOException {
        // given
        fixture.reset(); // a first commit, so generations count from there
        long generationBefore = commitGeneration();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);

        // when
        capexDocument.forEach(fixture::dispatch);
        long committedDuringBatch = committedEntries();
        unitOfWork.commit();

        // then
        assertThat(committedDuringBatch).isZero();
        assertThat(committedEntries()).isEqualTo(4);
        assertThat(commitGeneration()).isEqualTo(generationBefore + 1);
        assertThat(claims()).isEqualTo(3);
    }

    @Test
    void eventsHandledOutsideAUnitOfWorkAreCommittedAtOnce() throws IOException {
        capexDocument.forEach(fixture::dispatch);

        assertThat(committedEntries()).isEqualTo(4);
    }

    @Test
    void claimIndexedInTheSameBatchAsItsDocumentCarriesTheTitle() {
        fixture.handle(capexDocument);

        long withTitle =
                fixture.index().withSearcher(s -> (long) s.count(new TermQuery(new Term(ClaimFields.DOC, "roundup"))));
        assertThat(withTitle).isEqualTo(3);
    }

    private long claims() {
        return fixture.index().withSearcher(s ->
                (long) s.count(new TermQuery(new Term(ClaimFields.KIND, ClaimFields.KIND_CLAIM))));
    }

    private long entries() {
        return fixture.index().withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    private long committedEntries() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return reader.numDocs();
            }
        }
    }

    private long commitGeneration() throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            return SegmentInfos.getLastCommitGeneration(directory);
        }
    }
}
