package org.frontierledger.eventstore.id;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a company or model as written in events: spellings that differ only in case,
 * spaces, hyphens and punctuation, or in a trailing company word ("AI", "Inc.", "Labs"), are one
 * entity: "DeepSeek R1" and "DeepSeek-R1", "Mistral" and "Mistral AI". Aliases that are different
 * words ("Alphabet" for Google) are resolved where names are written, by the extractor's lexicon,
 * which writes "Google (Alphabet)": a trailing parenthesis is not part of the identity.
 */
public final class EntityKey {
    private static final Pattern COMPANY_WORD = Pattern.compile(
            "(?i)[\\s,]+(?:ai|inc\\.?|corp\\.?|corporation|ltd\\.?" + "|llc|plc|labs?|technologies|holdings|group)$");

    /** A trailing qualifier or spelling in parentheses: "Anysphere (Cursor)", "GPT-5 (cached input)". */
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)$");

    private EntityKey() {}

    /** The key of a name: lower case, letters and digits only, without a trailing company word. */
    public static String of(String name) {
        String bare = PARENTHESIS.matcher(name.strip()).replaceFirst("");
        if (bare.isBlank()) {
            bare = name.strip();
        }
        String shorter = COMPANY_WORD.matcher(bare).replaceFirst("");
        if (!shorter.isBlank()) {
            bare = shorter;
        }
        return normal(bare);
    }

    /**
     * The written form of a name as compared everywhere (extracted ids, conflicts, the digest):
     * lower case, letters and digits only, so "DeepSeek-R1" and "deepseek r1" are one. Unlike
     * {@link #of} it keeps company words and parentheses.
     */
    public static String normal(@Nullable String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Whether two names name one entity. */
    public static boolean same(String a, String b) {
        return of(a).equals(of(b));
    }
}
