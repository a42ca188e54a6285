package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence as the rules see it: its text, speaker, report date and the companies and models it
 * names (offsets relative to the sentence).
 *
 * @param index its position among the document's sentences
 * @param sentence where it is in the document
 * @param text the sentence, verbatim
 * @param speaker who said it, where named
 * @param reportedOn the date it was reported
 * @param names the companies and models it names, in order
 */
record View(
        int index,
        Sentence sentence,
        String text,
        @Nullable String speaker,
        LocalDate reportedOn,
        List<Mention> names) {
    View {
        names = List.copyOf(names);
    }

    /** The companies it names. */
    List<Mention> orgs() {
        return names.stream().filter(m -> !m.model()).toList();
    }

    /** Models that are the sentence's subject matter, not yardsticks. */
    List<Mention> subjectModels() {
        return names.stream().filter(m -> m.model() && !m.comparison()).toList();
    }

    /** Whether a text holds a digit: rules about figures skip sentences without one. */
    static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence is a row of a pipe table. */
    boolean tableRow() {
        return text.startsWith("|") || text.chars().filter(c -> c == '|').count() >= 2 && text.contains(" | ");
    }
}
