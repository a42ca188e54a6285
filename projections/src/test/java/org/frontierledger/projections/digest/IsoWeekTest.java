package org.frontierledger.projections.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void parsesAndPrintsTheIsoForm() {
        IsoWeek week = IsoWeek.parse("2026-W19");

        assertThat(week).isEqualTo(new IsoWeek(2026, 19));
        assertThat(week.toString()).isEqualTo("2026-W19");
        assertThat(IsoWeek.parse("2025-w6").toString()).isEqualTo("2025-W06");
    }

    @Test
    void runsFromMondayToSunday() {
        IsoWeek week = IsoWeek.parse("2026-W19");

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void weekBasedYearDiffersFromCalendarYearAroundNewYear() {
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).isEqualTo(new IsoWeek(2025, 1));
        assertThat(IsoWeek.of(LocalDate.of(2021, 1, 3))).isEqualTo(new IsoWeek(2020, 53));
        assertThat(new IsoWeek(2025, 1).previous()).isEqualTo(new IsoWeek(2024, 52));
    }

    @Test
    void lastCompleteWeekIsTheOneBeforeToday() {
        assertThat(IsoWeek.lastComplete(LocalDate.of(2026, 5, 11))).isEqualTo(IsoWeek.parse("2026-W19"));
        assertThat(IsoWeek.lastComplete(LocalDate.of(2026, 5, 10))).isEqualTo(IsoWeek.parse("2026-W18"));
    }

    @Test
    void rejectsMalformedAndNonexistentWeeksWithClearMessages() {
        assertThatThrownBy(() -> IsoWeek.parse("2026-19")).hasMessageContaining("write it like 2026-W19");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).hasMessageContaining("has 52 ISO weeks");
        assertThatThrownBy(() -> IsoWeek.parse("2026-W00")).hasMessageContaining("does not exist");
    }
}
