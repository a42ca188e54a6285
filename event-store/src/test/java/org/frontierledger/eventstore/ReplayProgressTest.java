package org.frontierledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void fractionIsTheSlowestPositionAgainstTheHeadAndStaysBetweenZeroAndOne() {
        assertThat(new ProjectionReplayer.Progress(-1, 99).fraction()).isZero();
        assertThat(new ProjectionReplayer.Progress(49, 99).fraction()).isEqualTo(0.5);
        assertThat(new ProjectionReplayer.Progress(99, 99).fraction()).isEqualTo(1.0);
        assertThat(new ProjectionReplayer.Progress(-1, -1).fraction()).isEqualTo(1.0);
    }
}
