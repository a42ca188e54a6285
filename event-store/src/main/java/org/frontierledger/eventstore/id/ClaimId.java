package org.frontierledger.eventstore.id;

/**
 * Identity of a claim: its document and its position there.
 *
 * @param value {@code <document id>-c<ordinal>}
 */
public record ClaimId(String value) {
    public ClaimId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a claim id must not be blank");
        }
    }

    /** The id of the {@code ordinal}-th claim (from 0) of a document. */
    public static ClaimId of(DocumentId document, int ordinal) {
        return new ClaimId(document.value() + "-c" + ordinal);
    }

    @Override
    public String toString() {
        return value;
    }
}
