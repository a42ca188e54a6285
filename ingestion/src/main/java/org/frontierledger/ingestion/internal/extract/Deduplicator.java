package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.id.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * A fact stated more than once in a document is kept once, from its most specific statement. Two
 * findings state one fact when they have the same type and figure and name the same thing, or when
 * one names only the company and the other a model of that company.
 */
final class Deduplicator {
    private Deduplicator() {}

    static List<Finding> dedupe(List<Finding> findings) {
        return keepOnce(mergePriceHalves(findings));
    }

    /**
     * A model's input price on one line and its output price on the next (a flattened table: "GPT-4
     * Input $0.03/1K tokens", "Output $0.06/1K tokens") are one price.
     */
    private static List<Finding> mergePriceHalves(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        for (int a = 0; a < out.size(); a++) {
            Finding first = out.get(a);
            if (first.type() != MarketEventType.PRICE
                    || first.model() == null
                    || first.outputPerMTok() != null
                    || first.inputPerMTok() == null) {
                continue;
            }
            for (int b = 0; b < out.size(); b++) {
                Finding second = out.get(b);
                int gap = second.view().index() - first.view().index();
                if (b != a
                        && second.type() == MarketEventType.PRICE
                        && gap >= 0
                        && gap <= 2
                        && first.model().equals(second.model())
                        && second.inputPerMTok() == null
                        && second.outputPerMTok() != null) {
                    out.set(
                            a,
                            new Finding(
                                    first.type(),
                                    first.view(),
                                    first.rule(),
                                    first.priority(),
                                    first.org(),
                                    first.model(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    first.inputPerMTok(),
                                    second.outputPerMTok()));
                    out.remove(b);
                    if (b < a) {
                        a--;
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static List<Finding> keepOnce(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            int same = indexOfSame(kept, f);
            if (same < 0) {
                kept.add(f);
            } else if (better(f, kept.get(same))) {
                kept.set(same, f);
            }
        }
        kept.sort(Comparator.comparingInt((Finding f) -> f.view().sentence().start()));
        return kept;
    }

    /** A company as written beside its canonical name ("OpenAI (Open AI)") is its canonical name. */
    private static String canonical(String name) {
        int bracket = name.indexOf(" (");
        return bracket > 0 && name.endsWith(")") ? name.substring(0, bracket) : name;
    }

    private static int indexOfSame(List<Finding> kept, Finding f) {
        for (int i = 0; i < kept.size(); i++) {
            Finding k = kept.get(i);
            boolean twoFiguresOfOneSentence = k.view().index() == f.view().index()
                    && k.rule().equals(f.rule())
                    && k.type() != MarketEventType.MODEL_RELEASE;
            if (k.type() == f.type()
                    && (k.figure().equals(f.figure()) || samePrice(k, f))
                    && sameThing(k, f)
                    && !twoFiguresOfOneSentence) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameThing(Finding a, Finding b) {
        if (EntityKey.normal(canonical(a.name())).equals(EntityKey.normal(canonical(b.name())))) {
            return true;
        }
        boolean aBare =
                a.model() == null || EntityKey.normal(a.model()).equals(EntityKey.normal(String.valueOf(a.org())));
        boolean bBare =
                b.model() == null || EntityKey.normal(b.model()).equals(EntityKey.normal(String.valueOf(b.org())));
        return (aBare || bBare) && a.org() != null && Objects.equals(a.org(), b.org());
    }

    /** Two token prices of which one states only part of the other ("7.5 cents per million input tokens"). */
    private static boolean samePrice(Finding a, Finding b) {
        if (a.type() != MarketEventType.PRICE || b.type() != MarketEventType.PRICE) {
            return false;
        }
        return agree(a.inputPerMTok(), b.inputPerMTok()) && agree(a.outputPerMTok(), b.outputPerMTok());
    }

    private static boolean agree(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null || b == null || a.compareTo(b) == 0;
    }

    private static int prices(Finding f) {
        return (f.inputPerMTok() == null ? 0 : 1) + (f.outputPerMTok() == null ? 0 : 1);
    }

    private static boolean better(Finding candidate, Finding incumbent) {
        if (candidate.priority() != incumbent.priority()) {
            return candidate.priority() > incumbent.priority();
        }
        if (prices(candidate) != prices(incumbent)) {
            return prices(candidate) > prices(incumbent);
        }
        boolean candidateModel = candidate.model() != null;
        boolean incumbentModel = incumbent.model() != null;
        if (candidateModel != incumbentModel) {
            return candidateModel;
        }
        return candidate.specificity() > incumbent.specificity();
    }
}
