package org.frontierledger.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurableCommitsTest {

    @Test
    void anH2FileDatabaseWritesAtEveryCommitWhateverTheUrlSaid() {
        assertThat(DurableCommits.durableUrl("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE;WRITE_DELAY=0");
        assertThat(DurableCommits.durableUrl("jdbc:h2:/srv/ledger;write_delay=500;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:/srv/ledger;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void inMemoryH2AndOtherDatabasesKeepTheirUrl() {
        assertThat(DurableCommits.durableUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(DurableCommits.durableUrl("jdbc:postgresql://db/ledger")).isEqualTo("jdbc:postgresql://db/ledger");
    }

    @Test
    void postgresConnectionsAskForSynchronousCommitAfterWhatWasConfigured() {
        assertThat(DurableCommits.initSql("jdbc:postgresql://db/ledger", null))
                .isEqualTo("SET synchronous_commit TO on");
        assertThat(DurableCommits.initSql("jdbc:postgresql://db/ledger", "SET search_path TO ledger"))
                .isEqualTo("SET search_path TO ledger; SET synchronous_commit TO on");
        assertThat(DurableCommits.initSql("jdbc:h2:file:./data/ledger", null)).isNull();
    }
}
