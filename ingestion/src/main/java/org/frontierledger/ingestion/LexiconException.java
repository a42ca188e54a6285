package org.frontierledger.ingestion;

import java.nio.file.Path;

/**
 * An administrator's lexicon folder ({@code <data dir>/lexicon/}) that cannot be used: a file is
 * malformed, unreadable, or gives a spelling to two entries. Thrown at start, so that nothing is
 * extracted with half a lexicon; the message names the file and line.
 */
public class LexiconException extends IllegalStateException {
    private final transient Path folder;

    /**
     * @param folder the administrator's lexicon folder
     * @param message what is wrong, with the file and line
     */
    public LexiconException(Path folder, String message) {
        super(message);
        this.folder = folder;
    }

    /** The administrator's lexicon folder. */
    public Path folder() {
        return folder;
    }
}
