package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.id.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * Model releases: a sentence with release wording ("released", "launched", "introduced", "is out",
 * "now available", "open-sourced") names models that are not yardsticks; each named model (with a
 * version or a model word) is a release, and a family listed with sizes ("Ministral models at 14B,
 * 8B, and 3B") gives one release per size. Teased or future models ("will release", "coming") and
 * family labels ("the Mistral 3 family") are not releases. Open weights and the licence come from
 * the sentence, else from the document where it says so once.
 */
final class ReleaseRule implements Rule {
    private static final Pattern RELEASE = Pattern.compile("(?i)\\b(?:releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?"
            + "|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|debut(?:s|ed|ing)?|roll(?:s|ed|ing)? out|rolled out"
            + "|open[- ]sourc(?:e|es|ed|ing)|ship(?:s|ped|ping)|drop(?:s|ped)(?!\\s(?:by|to|from|roughly|about|nearly|almost|more|over|below|under|sharply"
            + "|significantly|dramatically|steeply|\\d))|is out|are out|now available|made available"
            + "|generally available|available (?:today|now|via|through|in)|announc(?:e|es|ed|ing)|debuted"
            + "|arrives?|arrived|went live|goes live|published)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:(?:since|after|before|following|until) the (?:release|launch"
                    + "|debut) of|release date|release notes|will (?:release|launch|introduce|ship|debut)|plans? to"
                    + "|planning to|expected to (?:release|launch)|upcoming|coming (?:soon|weeks|months)|soon|rumou?red|teas(?:e|es|ed|ing)"
                    + "|preparing to|set to (?:release|launch)|yet to|not yet|could release|may release|might release|would release)\\b");
    /** Words that make a whole sentence speculation: nothing in it was released. */
    private static final Pattern FUTURE_ONLY =
            Pattern.compile("(?i)\\b(?:rumou?red|not yet|yet to|could release|may release"
                    + "|might release|would release|release date)\\b");

    private static final Pattern FAMILY_LABEL =
            Pattern.compile("(?i)^,?\\s(?:a\\s|the\\s|its\\s)?(?:new\\s)?(?:model\\s)?"
                    + "(?:family|series|lineup|line-up|suite|herd|collection)\\b");
    private static final Pattern OPEN =
            Pattern.compile("(?i)\\bopen[- ](?:source[d]?|weights?|weight)\\b|\\bopen-sourc");
    /** What may stand between a model and the verb that releases it. */
    private static final Pattern CLOSE_BEFORE_VERB = Pattern.compile("(?i)[\\s,:]*(?:\\([^)]{0,40}\\)\\s*)?"
            + "(?:,?\\s?(?:a|an|the|its|their|our)\\s(?:[\\p{L}-]+(?:\\s|,\\s)){0,5}?)?(?:(?:which|that|who)\\s)?"
            + "(?:(?:was|were|is|are|has|have|had|been|being|got|gets|will be|to be)\\s)*"
            + "(?:(?:officially|quietly|just|finally|now|first|also|recently|newly|initially|publicly)\\s)*");

    private static final Pattern SIZE_LIST = Pattern.compile(
            "\\b((?:\\d+(?:\\.\\d+)?[BbMm],\\s){2,}(?:and\\s|or\\s)?"
                    + "\\d+(?:\\.\\d+)?[BbMm](?![\\p{L}\\p{N}])|\\d+(?:\\.\\d+)?[BbMm],\\s\\d+(?:\\.\\d+)?[BbMm],?\\s(?:and|or)\\s\\d+(?:\\.\\d+)?[BbMm])\\b");
    private static final Pattern SIZES =
            Pattern.compile("(?:\\s(?:models?|family))?\\s(?:at|in|with|of)\\s((?:\\d+(?:\\.\\d+)?[BbMm]"
                    + "(?:,\\s|\\s(?:and|or)\\s|,\\s(?:and|or)\\s))+\\d+(?:\\.\\d+)?[BbMm])\\b");

    @Override
    public String name() {
        return "release.verb";
    }

    @Override
    public int stage() {
        return MODELS;
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public List<Finding> apply(DocContext doc, int i) {
        View view = doc.view(i);
        String s = view.text();
        List<Finding> out = new ArrayList<>();
        if (!mayRelease(s) || !RELEASE.matcher(s).find() || s.endsWith("?")) {
            if (!View.hasDigit(s)) {
                return out;
            }
            List<Finding> sizes = sizesOfARecentRelease(doc, i);
            return sizes.isEmpty() ? membersOfARelease(doc, i) : sizes;
        }
        List<int[]> future = new ArrayList<>();
        Matcher f = FUTURE.matcher(s);
        while (f.find()) {
            future.add(new int[] {f.start(), f.end()});
        }
        if (!future.isEmpty() && FUTURE_ONLY.matcher(s).find()) {
            return out;
        }
        Boolean open = OPEN.matcher(s).find() ? Boolean.TRUE : null;
        String licence = licence(doc.lexicon(), s);
        if (licence != null) {
            open = Boolean.TRUE;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : view.subjectModels()) {
            String rest = s.substring(m.end());
            Matcher sizes = SIZES.matcher(rest);
            if (sizes.lookingAt()) {
                for (String size : sizes.group(1).split(",\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s")) {
                    add(out, seen, view, m.name() + " " + size.strip(), developer(view, m), open, licence);
                }
                continue;
            }
            if (!m.versioned() || FAMILY_LABEL.matcher(rest).lookingAt() || !releasedByTheVerb(s, m, future)) {
                continue;
            }
            add(out, seen, view, m.name(), developer(view, m), open, licence);
        }
        return out.isEmpty() && view.subjectModels().isEmpty() ? sizesOfARecentRelease(doc, i) : out;
    }

    /**
     * Whether a release verb of the sentence is about this model: the model comes after a verb
     * ("launched GPT-5", "the newly released GPT-5"), or the verb follows it closely ("GPT-5 was
     * released", "Claude Opus 4.5, released in November", "R1, a model launched"). A model listed
     * before a verb that is about another ("GPT-4.1, o3, o4-mini and the newly released GPT-5") is not.
     */
    private static boolean releasedByTheVerb(String s, Mention m, List<int[]> future) {
        Matcher verb = RELEASE.matcher(s);
        int nearestVerbBefore = -1;
        boolean verbAfter = false;
        while (verb.find()) {
            boolean futured = futured(future, verb.start(), verb.end());
            if (verb.end() <= m.start() && !futured) {
                nearestVerbBefore = verb.end();
            }
            if (verb.start() >= m.end()
                    && !futured
                    && !verbAfter
                    && CLOSE_BEFORE_VERB
                            .matcher(s.substring(m.end(), verb.start()))
                            .matches()) {
                verbAfter = true;
            }
        }
        if (verbAfter) {
            return true;
        }
        if (nearestVerbBefore < 0) {
            return false;
        }
        // "released Scout and teased Behemoth": a word of the future between the verb and the model wins.
        for (int[] span : future) {
            if (span[0] >= nearestVerbBefore && span[1] <= m.start()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a release verb at [start, end) is governed by a word of the future ("will release", "plans to launch"). */
    private static boolean futured(List<int[]> future, int start, int end) {
        for (int[] span : future) {
            if (span[0] < end && start < span[1] || span[1] <= start && start - span[1] <= 12) {
                return true;
            }
        }
        return false;
    }

    /** "The small model comes in 1B, 4B, 12B and 27B": after a release, a list of sizes names one release each. */
    private List<Finding> sizesOfARecentRelease(DocContext doc, int i) {
        View view = doc.view(i);
        Matcher sizes = SIZE_LIST.matcher(view.text());
        List<Finding> out = new ArrayList<>();
        if (!sizes.find() || !view.subjectModels().isEmpty()) {
            return out;
        }
        Mention model = firstReleased(doc, i);
        if (model == null) {
            return out;
        }
        boolean released = false;
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            released |= RELEASE.matcher(doc.view(j).text()).find()
                    && !FUTURE.matcher(doc.view(j).text()).find();
        }
        if (!released) {
            return out;
        }
        String text = doc.view(i).text();
        Boolean open = OPEN.matcher(text).find() ? Boolean.TRUE : null;
        Set<String> seen = new LinkedHashSet<>();
        for (String size : sizes.group(1).split(",\\s(?:and\\s|or\\s)?|\\s(?:and|or)\\s")) {
            add(
                    out,
                    seen,
                    view,
                    model.name().replaceFirst("\\s\\d+(?:\\.\\d+)?[BbMm]$", "") + " " + size.strip(),
                    model.org(),
                    open,
                    null);
        }
        return out;
    }

    /**
     * "Dense models: Qwen3-0.6B, Qwen3-1.7B, Qwen3-4B" in a text that released Qwen3: a list of two or
     * more members of the family the document released names one release each.
     */
    private List<Finding> membersOfARelease(DocContext doc, int i) {
        View view = doc.view(i);
        List<Finding> out = new ArrayList<>();
        Mention family = firstReleased(doc, i);
        if (family == null || FUTURE.matcher(view.text()).find()) {
            return out;
        }
        String prefix = family.name();
        List<Mention> members = view.subjectModels().stream()
                .filter(m ->
                        m.versioned() && !m.name().equals(prefix) && m.name().startsWith(prefix))
                .toList();
        if (members.size() < 2) {
            return out;
        }
        Boolean open = OPEN.matcher(view.text()).find() || documentSaysOpen(doc, i) ? Boolean.TRUE : null;
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : members) {
            add(
                    out,
                    seen,
                    view,
                    m.name(),
                    m.org() != null ? m.org() : family.org(),
                    open,
                    licence(doc.lexicon(), view.text()));
        }
        return out;
    }

    private static boolean documentSaysOpen(DocContext doc, int i) {
        for (int j = 0; j < i; j++) {
            if (OPEN.matcher(doc.view(j).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final String[] RELEASE_STEMS = {
        "releas",
        "launch",
        "introduc",
        "unveil",
        "debut",
        "roll",
        "open",
        "ship",
        "drop",
        "out",
        "available",
        "announc",
        "arriv",
        "live",
        "publish"
    };

    /** A cheap check before the release pattern: one of its stems is in the sentence. */
    private static boolean mayRelease(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String stem : RELEASE_STEMS) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The first model the document releases before sentence i (its headline release), or null. */
    private static @Nullable Mention firstReleased(DocContext doc, int i) {
        FirstRelease first = doc.memo("release.first", () -> firstRelease(doc));
        return first.sentence() < i ? first.model() : null;
    }

    /** The document's headline release and the sentence it is in (none: past the last sentence). */
    private record FirstRelease(int sentence, @Nullable Mention model) {}

    private static FirstRelease firstRelease(DocContext doc) {
        for (int j = 0; j < doc.views().size(); j++) {
            String text = doc.view(j).text();
            if (mayRelease(text)
                    && RELEASE.matcher(text).find()
                    && !FUTURE.matcher(text).find()) {
                for (Mention m : doc.view(j).subjectModels()) {
                    if (m.versioned()) {
                        return new FirstRelease(j, m);
                    }
                }
            }
        }
        return new FirstRelease(Integer.MAX_VALUE, null);
    }

    private void add(
            List<Finding> out,
            Set<String> seen,
            View view,
            String model,
            @Nullable String org,
            @Nullable Boolean open,
            @Nullable String licence) {
        if (seen.add(EntityKey.normal(model))) {
            out.add(Finding.release(view, this, model, org, open, licence));
        }
    }

    private static @Nullable String developer(View view, Mention model) {
        if (model.org() != null) {
            return model.org();
        }
        List<Mention> orgs = view.orgs();
        return orgs.isEmpty() ? null : orgs.getFirst().name();
    }

    static @Nullable String licence(Lexicon lexicon, String s) {
        for (Lexicon.Licence l : lexicon.licences()) {
            if (l.pattern().matcher(s).find()) {
                return l.name();
            }
        }
        return null;
    }
}
