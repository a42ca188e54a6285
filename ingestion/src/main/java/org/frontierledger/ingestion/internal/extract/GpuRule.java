package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The accelerators a model was trained on: "trained on 2,048 Nvidia H800 GPUs", "a training
 * cluster of 100,000 H100s". The count belongs to the model the sentence (or the text just before
 * it) is about. GPUs for inference, rented or leased out, fleets and GPU-hours are not training
 * hardware.
 */
final class GpuRule implements Rule {
    private static final Pattern COUNT =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}.,$])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
                    + "(\\s?(?:k|thousand|million)\\b)?\\+?\\s(?:[\\p{L}\\p{N}-]+\\s){0,3}?"
                    + "(?:gpus|gpu|h100s?|h800s?|h200s?|h20s?|a100s?|b200s?|gb200s?|gb300s?|b300s?|tpus?|tpu v\\d\\w*|chips|accelerators)"
                    + "(?!\\s?[- ]hours?)\\b");
    private static final Pattern TRAINING =
            Pattern.compile("(?i)\\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing)?|training run"
                    + "|(?:developed|built|made) (?:using|on|with)|cluster of)\\b");
    private static final Pattern NOT_TRAINING =
            Pattern.compile("(?i)\\b(?:inference|serv(?:e|ing)|leas(?:e|ed|ing)|rent(?:ed|ing|s)?"
                    + "|to process|fleet|by (?:the )?end of|target|aims? to|plans? to|buy(?:ing)?|bought|order(?:ed|s)?|purchas\\w*"
                    + "|ship(?:ped|ments?)|export)\\b");

    @Override
    public String name() {
        return "training.gpus";
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
        if (!View.hasDigit(s)) {
            return out;
        }
        if (!TRAINING.matcher(s).find() && !s.toLowerCase().contains("powered by")
                || NOT_TRAINING.matcher(s).find()) {
            return out;
        }
        Matcher m = COUNT.matcher(s);
        while (m.find()) {
            long count = count(m.group(1), m.group(2));
            if (count < 8) {
                continue;
            }
            doc.markRead(i, m.start(), m.end());
            Mention model = model(doc, i, m.start());
            if (model != null) {
                out.add(Finding.gpus(view, this, model.org(), model.name(), count));
            } else {
                String org = view.orgs().stream()
                        .filter(o -> !o.investor() && !"chips".equals(kind(doc, o)))
                        .map(Mention::name)
                        .findFirst()
                        .orElse(doc.recentSubject(i));
                if (org != null) {
                    out.add(Finding.gpus(view, this, org, null, count));
                }
            }
        }
        return out;
    }

    private static @Nullable String kind(DocContext doc, Mention m) {
        Lexicon.Company c = doc.lexicon().company(m.name());
        return c == null ? null : c.kind();
    }

    private static @Nullable Mention model(DocContext doc, int i, int at) {
        Mention found = null;
        for (Mention m : doc.view(i).subjectModels()) {
            if (found == null || m.start() < at) {
                found = m;
            }
        }
        return found != null ? found : doc.recentModel(i);
    }

    private static long count(String number, @Nullable String scale) {
        double n = Double.parseDouble(number.replace(",", ""));
        if (scale != null) {
            String sc = scale.strip().toLowerCase();
            n *= sc.startsWith("m") ? 1_000_000 : 1_000;
        }
        return Math.round(n);
    }
}
