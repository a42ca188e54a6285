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
    private static final Pattern TOKEN_WORD = Pattern.compile("(?i)\\btokens?\\b|\\bmtok\\b");
    /** An item of a list of figures: it starts with an amount ("$4.8 billion in Q1 sales", "~$2B ..."). */
    private static final Pattern ITEM = Pattern.compile("^(?:~|about\\s|around\\s|over\\s|nearly\\s)?(?:US)?\\$\\d");

    private static final int HEADING_REACH = 8;
    private static final int OPENING = 3;
    private static final int LOOK_BACK = 3;
    private static final int MODEL_LOOK_BACK = 6;
    private static final String KIND_NOUN =
            "(?:company|startup|start-up|firm|lab|business|group|developer|maker|unicorn|joint venture|venture|project)";
    private static final Pattern ANAPHORA =
            Pattern.compile("(?i)\\b(?:the (?:[\\p{L}-]+\\s){0,3}" + KIND_NOUN + "|its|it|their|they)\\b");
    /** A definite description ("the San Francisco startup", "the young company"): the company named last before it. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)\\bthe (?:[\\p{L}-]+\\s){0,3}" + KIND_NOUN + "\\b");

    private final List<View> views;
    private final Lexicon lexicon;
    private @Nullable String focus;
    private boolean focusKnown;
    private final Map<Integer, List<int[]>> read = new HashMap<>();
    private final Map<String, Object> memos = new HashMap<>();
    private final List<List<Mention>> subjects;
    private @Nullable Boolean speaksOfTokens;

    DocContext(List<View> views, Lexicon lexicon) {
        this.views = List.copyOf(views);
        this.lexicon = lexicon;
        this.subjects = new ArrayList<>(java.util.Collections.nCopies(this.views.size(), (List<Mention>) null));
    }

    /** The companies sentence j names that do not give money in it, worked out once when first asked. */
    private List<Mention> subjectsOf(int j) {
        List<Mention> known = subjects.get(j);
        if (known == null) {
            known = subjects(lexicon, views.get(j));
            subjects.set(j, known);
        }
        return known;
    }

    /** The companies a sentence names that do not give money in it (no investor "led by", "from", "X invested"). */
    private static List<Mention> subjects(Lexicon lexicon, View v) {
        List<Mention> orgs = v.orgs();
        if (orgs.isEmpty()) {
            return orgs;
        }
        return orgs.stream()
                .filter(m -> !Roles.investor(lexicon, v.text(), m) && !Roles.former(v.text(), m))
                .toList();
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
    @Nullable
    String focus() {
        if (!focusKnown) {
            focus = focus(views, this::subjectsOf);
            focusKnown = true;
        }
        return focus;
    }

    /** Whether the document speaks of tokens anywhere (so "$1.25/1M" is a price per million tokens). */
    boolean speaksOfTokens() {
        if (speaksOfTokens == null) {
            speaksOfTokens =
                    views.stream().anyMatch(v -> TOKEN_WORD.matcher(v.text()).find());
        }
        return speaksOfTokens;
    }

    /** What a rule worked out once for the whole document, kept under a key of its own. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        return (T) memos.computeIfAbsent(key, k -> compute.get());
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
     * (not giving money there) of the nearest sentence before it that names one, else the focus. A
     * definite description ("the Paris-based startup") names the company mentioned last instead.
     */
    @Nullable
    String recentSubject(int i) {
        boolean last = DESCRIPTION.matcher(views.get(i).text()).find();
        for (int j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
            List<Mention> named = subjectsOf(j);
            if (!named.isEmpty()) {
                return (last ? named.getLast() : named.getFirst()).name();
            }
        }
        return focus();
    }

    /**
     * The company a list's heading names ("Anthropic is on track for:" above "$4.8 billion in Q1
     * sales"), when sentence i is an item of that list that names none: null otherwise.
     */
    @Nullable
    String headingSubject(int i) {
        if (!views.get(i).orgs().isEmpty() || !ITEM.matcher(views.get(i).text()).lookingAt()) {
            return null;
        }
        for (int j = i - 1; j >= Math.max(0, i - HEADING_REACH); j--) {
            String text = views.get(j).text().strip();
            if (text.endsWith(":")) {
                List<Mention> named = subjectsOf(j);
                return named.isEmpty() ? null : named.getFirst().name();
            }
            if (!ITEM.matcher(text).lookingAt()) {
                return null;
            }
        }
        return null;
    }

    /** The model the text is about at sentence i: the last subject model of the nearest sentences before it. */
    @Nullable
    Mention recentModel(int i) {
        for (int j = i - 1; j >= Math.max(0, i - MODEL_LOOK_BACK); j--) {
            List<Mention> models = views.get(j).subjectModels().stream()
                    .filter(Mention::versioned)
                    .toList();
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
    private static @Nullable String focus(List<View> views, java.util.function.IntFunction<List<Mention>> subjects) {
        Map<String, Integer> score = new HashMap<>();
        Map<String, Integer> later = new HashMap<>();
        for (View v : views) {
            for (Mention m : subjects.apply(v.index())) {
                if (v.index() < OPENING) {
                    score.merge(m.name(), v.index() == 0 ? 6 : 3, Integer::sum);
                } else if (later.merge(m.name(), 1, Integer::sum) <= 3) {
                    score.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        views.stream()
                .flatMap(v -> subjects.apply(v.index()).stream())
                .findFirst()
                .ifPresent(first -> score.merge(first.name(), 4, Integer::sum));
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
