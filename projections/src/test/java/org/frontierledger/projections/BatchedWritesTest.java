package org.frontierledger.projections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchedWritesTest {

    @Test
    void aPlainInsertUpdateOrDeleteWritesOneNamedTable() {
        assertThat(BatchedWrites.tableOf("INSERT INTO timeline_version (a, b) VALUES (?, ?)"))
                .isEqualTo("timeline_version");
        assertThat(BatchedWrites.tableOf("UPDATE Conflict_Fact_Version SET valid_to = ? WHERE event_id = ?"))
                .isEqualTo("conflict_fact_version");
        assertThat(BatchedWrites.tableOf("  delete from timeline_entry\n WHERE event_id = ?"))
                .isEqualTo("timeline_entry");
    }

    @Test
    void anyOtherStatementIsABarrier() {
        assertThat(BatchedWrites.tableOf("INSERT INTO a (x) SELECT x FROM b")).isNull();
        assertThat(BatchedWrites.tableOf("UPDATE a SET x = (SELECT max(x) FROM b)"))
                .isNull();
        assertThat(BatchedWrites.tableOf("MERGE INTO a USING b ON a.x = b.x")).isNull();
        assertThat(BatchedWrites.tableOf("TRUNCATE a")).isNull();
    }
}
