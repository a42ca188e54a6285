package org.frontierledger.search.internal.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimIndexTest {

    @TempDir
    Path folder;

    @Test
    void secondOpenerOfTheSameIndexIsToldToStopTheFirst() throws Exception {
        try (ClaimIndex first = ClaimIndex.open(folder)) {
            assertThatThrownBy(() -> ClaimIndex.open(folder))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the Lucene index at " + folder
                            + " is in use by another Frontier Ledger process; stop it first");
        }
    }

    @Test
    void indexCanBeReopenedAfterItIsClosed() throws Exception {
        ClaimIndex.open(folder).close();
        try (ClaimIndex again = ClaimIndex.open(folder)) {
            again.withSearcher(s -> s.getIndexReader().numDocs());
        }
    }
}
