package org.frontierledger.ingestion.internal.read;

/** A document could not be read: its format is not supported, or it holds no text. */
public final class UnreadableDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message a sentence for people, naming the document and the reason */
    public UnreadableDocumentException(String message) {
        super(message);
    }
}
