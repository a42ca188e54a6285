package org.frontierledger.eventstore.id;

/**
 * Identity of an extracted market event, derived from what it says (document, type, subject,
 * figure and position), so that re-extraction keeps the identity of unchanged events and any
 * curation on them.
 *
 * @param value 24 lower-case hex characters
 */
public record MarketEventId(String value) {
    public MarketEventId {
        Ids.requireHex(value, "a market event id");
    }

    /** The id derived from these parts; equal parts give equal ids. */
    public static MarketEventId derive(DocumentId document, String... parts) {
        String[] all = new String[parts.length + 1];
        all[0] = document.value();
        System.arraycopy(parts, 0, all, 1, parts.length);
        return new MarketEventId(Ids.hash(24, all));
    }

    @Override
    public String toString() {
        return value;
    }
}
