package org.frontierledger.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.frontierledger.projections.digest.IsoWeek;

/** The formats a digest is exported in, by file extension. */
public enum DigestFormat {
    MD("md", "text/markdown; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv; charset=UTF-8"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    DigestFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension, without the dot: "md", "pdf". */
    public String extension() {
        return extension;
    }

    /** The media type, with the charset for text formats. */
    public String mediaType() {
        return mediaType;
    }

    /** True for text formats, which can go to a terminal. */
    public boolean isText() {
        return this != PDF;
    }

    /** The file name of a week's digest in this format: "frontier-ledger-digest-2026-W19.pdf". */
    public String fileName(IsoWeek week) {
        return "frontier-ledger-digest-" + week + "." + extension;
    }

    /** Parses an extension ("md", "PDF", "markdown"); a clear message names the formats otherwise. */
    public static DigestFormat parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        if (key.equals("markdown")) {
            return MD;
        }
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown digest format '" + text + "'; use one of "
                        + Arrays.stream(values()).map(DigestFormat::extension).collect(Collectors.joining(", "))));
    }
}
