package org.frontierledger.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindTimelineTest {

    @Test
    void aNameFilterFindsOtherSpellingsOfTheSameEntity() {
        assertThat(FindTimeline.names("DeepSeek-R1", "DeepSeek R1")).isTrue();
        assertThat(FindTimeline.names("DeepSeek R1", "deepseek-r1")).isTrue();
        assertThat(FindTimeline.names("Mistral", "Mistral AI")).isTrue();
        assertThat(FindTimeline.names("Mistral Large 2", "Mistral AI")).isTrue();
        assertThat(FindTimeline.names("Microsoft", "micro")).isTrue();
    }

    @Test
    void aNameFilterDoesNotFindOtherEntities() {
        assertThat(FindTimeline.names("DeepSeek V3", "DeepSeek R1")).isFalse();
        assertThat(FindTimeline.names("OpenAI", "Anthropic")).isFalse();
        assertThat(FindTimeline.names(null, "OpenAI")).isFalse();
        assertThat(FindTimeline.names("OpenAI", "!!")).isFalse();
    }
}
