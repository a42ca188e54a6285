package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Training runs' accelerator counts: "trained on ~2,000 GPUs", "a 100k H100 training cluster". */
final class GpuRule {
    private static final Pattern COUNT = Pattern.compile("(?i)(?<![\\p{L}\\p{N},.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
            + "\\s?(k|thousand|million)?\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:GPUs|TPUs|accelerators|chips"
            + "|[HBA]\\d{2,3}s|GB\\d{3}s)\\b");
    private static final Pattern TRAINING = Pattern.compile("(?i)\\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing))\\b");

    private GpuRule() {}

    static List<Finding> apply(List<View> views, int i) {
        View view = views.get(i);
        List<Finding> found = new ArrayList<>();
        if (view.text().endsWith("?") || !TRAINING.matcher(view.text()).find()) {
            return found;
        }
        Matcher m = COUNT.matcher(view.text());
        while (m.find()) {
            BigDecimal count = new BigDecimal(m.group(1).replace(",", "")).multiply(MoneyParser.multiplier(m.group(2)));
            TrainingSubject subject = TrainingSubject.of(views, i, m.start(), m.end());
            if (subject != null && count.signum() > 0) {
                found.add(Finding.gpus(view, subject.org(), subject.model(), count.longValue()));
            }
        }
        return found;
    }
}
