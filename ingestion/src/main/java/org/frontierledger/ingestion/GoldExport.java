package org.frontierledger.ingestion;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CuratedGold#export(Path)} wrote.
 *
 * @param folder the folder holding {@code docs/} and {@code gold/}
 * @param documents one entry per curated document, in store order
 * @param rejected rejected events, left out of the gold
 * @param incompleteGold confirmed or corrected events left out because a correction cleared a field
 *     their type requires
 */
public record GoldExport(Path folder, List<Document> documents, int rejected, int incompleteGold) {
    public GoldExport {
        documents = List.copyOf(documents);
    }

    /** The gold events written, in all. */
    public int goldEvents() {
        return documents.stream().mapToInt(Document::goldEvents).sum();
    }

    /**
     * One exported document.
     *
     * @param name the base name of {@code docs/<name>.txt} and {@code gold/<name>.jsonl}
     * @param title the document's title
     * @param goldEvents the lines of its gold file
     */
    public record Document(String name, String title, int goldEvents) {}
}
