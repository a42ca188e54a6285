package org.frontierledger.ingestion.internal.extract;

import org.jspecify.annotations.Nullable;

/**
 * A company or model named in a sentence.
 *
 * @param start offset in the sentence
 * @param end offset just past it in the sentence
 * @param name the company's canonical name, or the model's name as written (developer prefixed
 *     where the text leaves it implied: "DeepSeek R1" for "R1")
 * @param org the company, or the model's developer where known
 * @param model whether this names a model rather than a company
 * @param comparison whether the model is only a yardstick ("a Claude-class model", "like o1")
 */
record Mention(int start, int end, String name, @Nullable String org, boolean model, boolean comparison) {
    /** Whether the model name carries a version number ("GPT 5.5", not "Claude"). */
    boolean versioned() {
        return model && name.chars().anyMatch(Character::isDigit);
    }
}
