package org.frontierledger.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.frontierledger.eventstore.testing.DocumentFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Saved searches on a real database, with counts from the real index fed by the real processor. */
abstract class SavedSearchesContract {

    @Autowired
    CommandGateway commands;

    @Autowired
    ClaimSearch search;

    @Autowired
    SavedSearches saved;

    @Autowired
    JdbcTemplate jdbc;

    /** A user of its own per test, so tests never see each other's searches. */
    private final String user = "analyst-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void savedSearchCountsClaimsRecordedSinceItsLastRun() {
        // given
        String marker = uniqueWord();
        ingest(marker + " supply of HBM is short, said one supplier.", marker + " HBM prices are up.");
        SavedSearch hbm = saved.save(user, "HBM watch", ClaimQuery.firstPage(marker + " hbm", 20));
        assertThat(hbm.newSinceLastRun()).isZero();

        // when
        ingest(marker + " HBM output doubles next year.", marker + " DRAM is unchanged.");

        // then
        assertThat(saved.list(user)).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("HBM watch");
            assertThat(s.newSinceLastRun()).isEqualTo(1);
        });
        assertThat(saved.markRun(user, hbm.id()))
                .hasValueSatisfying(s -> assertThat(s.newSinceLastRun()).isZero());
        assertThat(saved.list(user).getFirst().newSinceLastRun()).isZero();
    }

    @Test
    void filtersAndOrderAreSavedWithTheText() {
        ClaimQuery query = new ClaimQuery("capex", 0, 20, Map.of(), SortOrder.NEWEST, true)
                .withFilter(FacetDimension.TYPE, "CAPEX")
                .withFilter(FacetDimension.COMPANY, "AT&T Inc.")
                .withFilter(FacetDimension.COMPANY, "Microsoft");

        saved.save(user, "Capex by date", query);

        ClaimQuery back = saved.list(user).getFirst().query();
        assertThat(back.text()).isEqualTo("capex");
        assertThat(back.sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(back.filters()).isEqualTo(query.filters());
    }

    @Test
    void savingUnderTheSameNameReplacesTheSearch() {
        saved.save(user, "Watch", ClaimQuery.firstPage("hbm", 20));
        saved.save(user, " Watch ", ClaimQuery.firstPage("dram", 20));

        assertThat(saved.list(user))
                .singleElement()
                .satisfies(s -> assertThat(s.query().text()).isEqualTo("dram"));
    }

    @Test
    void eachUserSeesOnlyTheirOwnSearches() {
        SavedSearch mine = saved.save(user, "Mine", ClaimQuery.firstPage("hbm", 20));

        assertThat(saved.list("someone-else")).noneMatch(s -> s.id().equals(mine.id()));
        assertThat(saved.find("someone-else", mine.id())).isEmpty();
        assertThat(saved.markRun("someone-else", mine.id())).isEmpty();
        assertThat(saved.delete("someone-else", mine.id())).isFalse();
        assertThat(saved.delete(user, mine.id())).isTrue();
        assertThat(saved.list(user)).isEmpty();
    }

    @Test
    void queryThatCannotRunIsNotSaved() {
        assertThatThrownBy(() -> saved.save(user, "Broken", ClaimQuery.firstPage("amount:>=lots", 20)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("'lots' is not an amount");
        assertThatThrownBy(() -> saved.save(user, "  ", ClaimQuery.firstPage("hbm", 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a name");

        assertThat(saved.list(user)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saved_search WHERE username = ?", Long.class, user))
                .isZero();
    }

    private static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void ingest(String... sentences) {
        String text = String.join("\n", sentences) + "\n";
        DocumentFixture document =
                DocumentFixture.text(text).titled("Saved search notes").reportedOn(LocalDate.of(2025, 2, 1));
        for (String sentence : sentences) {
            document.claim(sentence, null);
        }
        long before = search.count();
        commands.sendAndWait(document.command());
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> search.count() == before + sentences.length);
    }
}
