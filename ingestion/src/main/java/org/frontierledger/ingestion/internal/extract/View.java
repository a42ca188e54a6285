package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * @param orgs the companies it names
 * @param models the models it names
 */
record View(int index, Sentence sentence, String text, @Nullable String speaker, LocalDate reportedOn,
        List<Mention> orgs, List<Mention> models) {
    View {
        orgs = List.copyOf(orgs);
        models = List.copyOf(models);
    }

    /** Companies, and models standing for their developers, in order; yardstick models left out. */
    List<Mention> parties() {
        List<Mention> all = new ArrayList<>(orgs);
        models.stream().filter(m -> !m.comparison() && m.org() != null).forEach(all::add);
        List<Mention> kept = Gazetteer.withoutOverlaps(all);
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    /** Models that are the sentence's subject matter, not yardsticks. */
    List<Mention> subjectModels() {
        return models.stream().filter(m -> !m.comparison()).toList();
    }
}
