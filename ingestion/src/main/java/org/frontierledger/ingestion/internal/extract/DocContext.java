package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the rules know of a whole document: its sentences, the lexicon, the company the document is
 * about (its focus: the company its opening names most) and the parts of sentences earlier stages
 * have already read.
 */
final class DocContext {
    private static final int OPENING = 3;
    private static final int LOOK_BACK = 3;
    private static final int MODEL_LOOK_BACK = 6;
    private static final Pattern ANAPHORA = Pattern.compile("(?i)\\b(?:the (?:company|startup|firm|lab|business|group"
            + "|developer|maker|ai (?:company|startup|lab|firm))|its|it|their|they)\\b");

    private final List<View> views;
    private final Lexicon lexicon;
    private final @Nullable String focus;
    private final Map<Integer, List<int[]>> read = new HashMap<>();

    DocContext(List<View> views, Lexicon lexicon) {
        this.views = List.copyOf(views);
        this.lexicon = lexicon;
        this.focus = focus(views);
    }

    List<View> views() {
        return views;
    }

    View view(int i) {
        return views.get(i);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The company the document is about, or null when its opening names none twice. */
    @Nullable String focus() {
        return focus;
    }

    /** Marks [start, end) of sentence i as read by a rule. */
    void markRead(int i, int start, int end) {
        read.computeIfAbsent(i, k -> new ArrayList<>()).add(new int[] {start, end});
    }

    /** Whether an earlier rule already read part of [start, end) of sentence i. */
    boolean alreadyRead(int i, int start, int end) {
        return read.getOrDefault(i, List.of()).stream().anyMatch(r -> r[0] < end && start < r[1]);
    }

    /** Whether the sentence points back at a company named before ("the company", "its"). */
    static boolean pointsBack(String text) {
        return ANAPHORA.matcher(text).find();
    }

    /**
     * The company the text is about at sentence i when the sentence names none: the first company
     * (not an investor) of the nearest sentence before it that names one, else the focus.
     */
    @Nullable String recentSubject(int i) {
        for (int j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
            for (Mention m : views.get(j).orgs()) {
                if (!m.investor()) {
                    return m.name();
                }
            }
        }
        return focus;
    }

    /** The model the text is about at sentence i: the last subject model of the nearest sentences before it. */
    @Nullable Mention recentModel(int i) {
        for (int j = i - 1; j >= Math.max(0, i - MODEL_LOOK_BACK); j--) {
            List<Mention> models = views.get(j).subjectModels().stream().filter(Mention::versioned).toList();
            if (!models.isEmpty()) {
                return models.getLast();
            }
        }
        return null;
    }

    /**
     * The company the document is about: named in its first sentences (title, lead) far more than
     * named often later; a company named many times in the body counts for at most three mentions.
     */
    private static @Nullable String focus(List<View> views) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, Integer> later = new HashMap<>();
        for (View v : views) {
            for (Mention m : v.orgs()) {
                if (m.investor()) {
                    continue;
                }
                if (v.index() < OPENING) {
                    score.merge(m.name(), v.index() == 0 ? 6 : 3, Integer::sum);
                } else if (later.merge(m.name(), 1, Integer::sum) <= 3) {
                    score.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        views.stream().flatMap(v -> v.orgs().stream()).filter(m -> !m.investor()).findFirst()
                .ifPresent(first -> score.merge(first.name(), 4, Integer::sum));
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
