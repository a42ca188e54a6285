package org.frontierledger.ingestion.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPartsTest {

    @Test
    void aTextThatFitsIsOnePart() {
        assertThat(DocumentParts.split("One paragraph.\n\nAnother.", 100))
                .containsExactly("One paragraph.\n\nAnother.");
    }

    @Test
    void cutsAfterParagraphEndsRatherThanLinesOrSentences() {
        String text =
                "First line. Still first.\nSecond line of one paragraph.\n\nA new paragraph here.\nAnd more of it.";

        List<String> parts = DocumentParts.split(text, 70);

        assertThat(parts)
                .containsExactly(
                        "First line. Still first.\nSecond line of one paragraph.\n\n",
                        "A new paragraph here.\nAnd more of it.");
    }

    @Test
    void everyPartFitsAndTogetherTheyAreTheText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("Sentence ")
                    .append(i)
                    .append(" says something.")
                    .append(i % 7 == 0 ? "\n\n" : i % 3 == 0 ? "\n" : " ");
        }

        List<String> parts = DocumentParts.split(text.toString(), 1_000);

        assertThat(parts)
                .hasSizeGreaterThan(40)
                .allSatisfy(part -> assertThat(part.length()).isBetween(500, 1_000));
        assertThat(String.join("", parts)).isEqualTo(text.toString());
        assertThat(DocumentParts.split(text.toString(), 1_000))
                .as("the same cuts every time")
                .isEqualTo(parts);
    }

    @Test
    void cutsHardOnlyWithoutAnyBreakAndNeverInsideASurrogatePair() {
        String text = "x".repeat(9) + "😀".repeat(10);

        List<String> parts = DocumentParts.split(text, 10);

        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(10);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1)))
                    .isFalse();
        });
    }
}
