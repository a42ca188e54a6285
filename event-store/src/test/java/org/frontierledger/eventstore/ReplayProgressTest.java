package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void fractionIsTheSlowestPositionAgainstTheHeadAndStaysBetweenZeroAndOne() {
        assertThat(new ProjectionReplayer.Progress(-1, 99, 0).fraction()).isZero();
        assertThat(new ProjectionReplayer.Progress(49, 99, 0).fraction()).isEqualTo(0.5);
        assertThat(new ProjectionReplayer.Progress(99, 99, 0).fraction()).isEqualTo(1.0);
        assertThat(new ProjectionReplayer.Progress(-1, -1, 0).fraction()).isEqualTo(1.0);
    }

    @Test
    void timeLeftIsWhatRemainsAtTheRateAndUnknownWithoutOne() {
        ProjectionReplayer.Progress progress = new ProjectionReplayer.Progress(9_999, 99_999, 1_000);

        assertThat(progress.timeLeft()).contains(Duration.ofSeconds(90));
        assertThat(progress.describe())
                .isEqualTo("position 10,000 of 100,000 (10%), 1,000 events/s, about 1 min 30 s left");
        assertThat(new ProjectionReplayer.Progress(9_999, 99_999, 0).timeLeft()).isEmpty();
        assertThat(new ProjectionReplayer.Progress(9_999, 99_999, 0).describe())
                .isEqualTo("position 10,000 of 100,000 (10%)");
    }
}
