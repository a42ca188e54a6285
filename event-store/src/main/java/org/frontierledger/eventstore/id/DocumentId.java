package org.frontierledger.eventstore.id;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identity of a document: the hash of its normalised text, so the same text ingested twice, from a
 * file or from a URL, has the same id.
 *
 * @param value 32 lower-case hex characters
 */
public record DocumentId(String value) {
    public DocumentId {
        Ids.requireHex(value, "a document id");
    }

    /** The id of a document with this text (Unicode NFKC, white space folded, case kept). */
    public static DocumentId ofText(String text) {
        return new DocumentId(Ids.hash(32, normalise(text)));
    }

    /** The normal form the id is computed from: NFKC, runs of white space as one space, trimmed. */
    public static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return nfkc.replaceAll("\\s+", " ").trim();
    }

    /** A short form for people: the first 10 characters. */
    public String shortForm() {
        return value.substring(0, Math.min(10, value.length())).toLowerCase(Locale.ROOT);
    }

    /** The bare value, because Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}
