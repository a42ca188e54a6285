package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Model releases: a release word ("released", "launched", "open-sourced", "unveiled", "release
 * of") next to a named model, or a versioned model described as open-weight or open-source. Plans
 * ("will release", "expected to launch"), questions, time references ("after ChatGPT's launch") and
 * yardsticks ("like o1") are not releases. "DeepSeek's open-sourced reasoning model" takes the
 * developer's model last named in the document.
 */
final class ReleaseRule {
    private static final Pattern TRIGGER = Pattern.compile("(?i)(?<![\\p{L}\\u2011-])(?:releas(?:e|es|ed|ing)"
            + "|launch(?:es|ed|ing)?|open[- ]sourc(?:ed|es|ing)|unveil(?:s|ed|ing)?|debut(?:s|ed)?|introduc(?:es|ed)"
            + "|roll(?:s|ed) out|ship(?:s|ped)|made available|now available|generally available)\\b");
    private static final Pattern PAST = Pattern.compile("(?i)^(?:released|launched|open[- ]sourced|unveiled|debuted"
            + "|introduced|rolled out|shipped)$");
    private static final Pattern NOT_YET = Pattern.compile("(?i)\\b(?:to|will|would|could|might|may|should|not"
            + "|never|won't|didn't|plans?|planning|expected|expects?|soon|yet|going to|hopes?|if)\\s+(?:\\w+\\s+)?$");
    private static final Pattern TIME_REFERENCE = Pattern.compile(
            "(?i)\\b(?:after|since|before|until|following|ahead of)\\s+(?:the\\s+|[\\p{L}\\p{N}. -]{0,30}['’]s\\s+)$");
    private static final Pattern OPEN_DESCRIPTOR = Pattern.compile(
            "(?i)^[\\s,'’s]*(?:an?\\s+|the\\s+|new\\s+)?open[- ](?:weights?|source|sourced)\\b");
    private static final Pattern OPEN = Pattern.compile("(?i)\\bopen[- ]?(?:weights?|source|sourced|sourcing)\\b");
    private static final Pattern LICENSE = Pattern.compile("\\b(MIT|Apache(?:[- ]2\\.0)?|BSD|GPL(?:v?\\d)?"
            + "|CC[- ]BY(?:[- ][\\w.-]+)?|Llama \\d+(?:\\.\\d+)? Community|OpenRAIL[\\w-]*)\\s+[Ll]icen[cs]e");
    private static final Pattern POSSESSIVE_MODEL = Pattern.compile("^['’]s\\s+(?:[\\p{L}\\u2011-]+\\s+){0,4}?models?\\b");
    private static final Pattern WEIGHTS = Pattern.compile("(?i)\\bweights\\b");
    private static final int REACH = 100;

    private ReleaseRule() {}

    static List<Finding> apply(List<View> views, int i) {
        View view = views.get(i);
        String text = view.text();
        List<Finding> found = new ArrayList<>();
        if (text.endsWith("?")) {
            return found;
        }
        Matcher trigger = TRIGGER.matcher(text);
        while (trigger.find()) {
            String before = text.substring(0, trigger.start());
            if (NOT_YET.matcher(before).find() || TIME_REFERENCE.matcher(before).find()) {
                continue;
            }
            Mention model = nearest(view.subjectModels(), trigger.start(), trigger.end());
            if (model == null && PAST.matcher(trigger.group()).matches()) {
                model = fromContext(views, i, trigger.start());
            }
            if (model != null) {
                found.add(release(view, model));
            }
        }
        for (Mention model : view.subjectModels()) {
            if (model.versioned() && OPEN_DESCRIPTOR.matcher(text.substring(model.end())).lookingAt()) {
                found.add(release(view, model));
            }
        }
        return found;
    }

    private static Finding release(View view, Mention model) {
        Matcher licensed = LICENSE.matcher(view.text());
        String license = licensed.find() ? licensed.group(1) : null;
        // Weights published under a licence are open weights, whether or not the sentence says "open".
        boolean open = OPEN.matcher(view.text()).find() || (license != null && WEIGHTS.matcher(view.text()).find());
        return Finding.release(view, model.name(), model.org(), open ? Boolean.TRUE : null, license);
    }

    private static @Nullable Mention nearest(List<Mention> models, int start, int end) {
        return models.stream()
                .filter(m -> distance(m, start, end) <= REACH)
                .min(Comparator.comparingInt(m -> distance(m, start, end)))
                .orElse(null);
    }

    private static int distance(Mention m, int start, int end) {
        return m.end() <= start ? start - m.end() : Math.max(0, m.start() - end);
    }

    /** "Org's [released] ... model": the last model of that developer named earlier in the document. */
    private static @Nullable Mention fromContext(List<View> views, int i, int triggerStart) {
        View view = views.get(i);
        for (Mention org : view.orgs()) {
            Matcher possessive = POSSESSIVE_MODEL.matcher(view.text().substring(org.end()));
            if (org.end() <= triggerStart && possessive.lookingAt() && org.end() + possessive.end() > triggerStart) {
                return lastModelOf(views, i, org.org());
            }
        }
        return null;
    }

    private static @Nullable Mention lastModelOf(List<View> views, int i, @Nullable String org) {
        for (int j = i - 1; j >= 0; j--) {
            List<Mention> models = views.get(j).subjectModels();
            for (int k = models.size() - 1; k >= 0; k--) {
                if (models.get(k).org() != null && models.get(k).org().equals(org)) {
                    return models.get(k);
                }
            }
        }
        return null;
    }
}
