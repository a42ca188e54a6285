package org.frontierledger.ingestion.internal.extract;

import org.jspecify.annotations.Nullable;

/**
 * A company or model named in a sentence.
 *
 * @param start offset in the sentence
 * @param end offset just past it in the sentence
 * @param name the company's canonical name, or the model's name as written
 * @param org the company, or the model's developer where known
 * @param model whether this names a model rather than a company
 * @param comparison whether the model is only a yardstick ("cheaper than GPT-4o", "like o1")
 * @param byContext whether the name is in no list and was found by what the sentence says of it
 *     ("X raised", "the Paris-based startup X")
 * @param investor whether the company is listed as an investor (a venture firm, a fund)
 */
record Mention(
        int start,
        int end,
        String name,
        @Nullable String org,
        boolean model,
        boolean comparison,
        boolean byContext,
        boolean investor) {

    static Mention company(int start, int end, String name, boolean byContext, boolean investor) {
        return new Mention(start, end, name, name, false, false, byContext, investor);
    }

    static Mention model(int start, int end, String name, @Nullable String developer, boolean byContext) {
        return new Mention(start, end, name, developer, true, false, byContext, false);
    }

    /** Whether the model name carries a version or a model word ("GPT 5.5", "deepseek-chat"), not only a family. */
    boolean versioned() {
        return model && (name.chars().anyMatch(Character::isDigit) || name.indexOf(' ') > 0 || name.indexOf('-') > 0);
    }

    Mention asComparison() {
        return new Mention(start, end, name, org, model, true, byContext, investor);
    }

    /** The name an event about this mention carries: a company's name, or the model's. */
    String subject() {
        return name;
    }

    int length() {
        return end - start;
    }
}
