package org.frontierledger.ingestion.internal.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a reader for a document by its content type, its file extension or its first
 * characters: price-list CSV (by its header), HTML, Markdown or plain text. Other CSV, binary and
 * empty content is refused.
 */
public final class DocumentReaders {
    private static final String SUPPORTED = "Frontier Ledger reads HTML, plain text, Markdown and price-list CSV";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html"),
            Map.entry("htm", "text/html"),
            Map.entry("xhtml", "text/html"),
            Map.entry("md", "text/markdown"),
            Map.entry("markdown", "text/markdown"),
            Map.entry("txt", "text/plain"),
            Map.entry("text", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("docx", "application/msword"),
            Map.entry("doc", "application/msword"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("epub", "application/epub+zip"));
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype html|<html|<head|<body|<meta|<article|<div)");

    private DocumentReaders() {}

    /**
     * Reads a document.
     *
     * @param sourceName the file name or URL, for messages and extension sniffing
     * @param contentType the declared MIME type, if any
     * @param content the decoded content
     * @throws UnreadableDocumentException when the content is binary, empty or of an unsupported type
     */
    public static ParsedDocument read(String sourceName, @Nullable String contentType, String content) {
        String type = type(sourceName, contentType);
        if (isBinaryType(type) || looksBinary(content)) {
            String shown = isBinaryType(type) ? type : "binary content";
            throw new UnreadableDocumentException(sourceName + ": unsupported format " + shown + "; " + SUPPORTED);
        }
        if (content.isBlank()) {
            throw new UnreadableDocumentException(sourceName + ": the document is empty; there is nothing to read");
        }
        if (PriceListReader.isPriceList(content) && (type.isEmpty() || type.startsWith("text/") || isCsvType(type))) {
            return PriceListReader.read(sourceName, content);
        }
        if (isCsvType(type)) {
            throw new UnreadableDocumentException(sourceName + ": unsupported CSV format; a price list starts with the"
                    + " header " + PriceListReader.HEADER + ", and " + SUPPORTED);
        }
        if (type.contains("html")
                || (type.isEmpty() || type.equals("text/plain"))
                        && HTML_START.matcher(content).lookingAt()) {
            return HtmlReader.read(sourceName, content);
        }
        if (type.contains("markdown")) {
            return PlainTextReader.readMarkdown(sourceName, content);
        }
        if (type.isEmpty() || type.startsWith("text/") || type.endsWith("+xml") || type.contains("json")) {
            return PlainTextReader.readText(sourceName, content);
        }
        throw new UnreadableDocumentException(sourceName + ": unsupported format " + type + "; " + SUPPORTED);
    }

    private static String type(String sourceName, @Nullable String contentType) {
        if (contentType != null && !contentType.isBlank()) {
            String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!bare.equals("application/octet-stream")) {
                return bare;
            }
        }
        String name = sourceName.replaceFirst("[?#].*$", "");
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        if (dot > slash && dot >= 0) {
            return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "");
        }
        return "";
    }

    /** CSV by its media type; Windows browsers send a .csv as Excel's. */
    private static boolean isCsvType(String type) {
        return type.equals("text/csv") || type.equals("application/csv") || type.equals("application/vnd.ms-excel");
    }

    private static boolean isBinaryType(String type) {
        return type.startsWith("image/")
                || type.startsWith("audio/")
                || type.startsWith("video/")
                || type.startsWith("font/")
                || type.equals("application/pdf")
                || type.contains("zip")
                || type.contains("msword")
                || type.contains("officedocument")
                || type.contains("octet-stream");
    }

    /** NUL characters, a PDF or ZIP signature, or many control or replacement characters. */
    private static boolean looksBinary(String content) {
        if (content.startsWith("%PDF-") || content.startsWith("PK\u0003\u0004")) {
            return true;
        }
        int sample = Math.min(content.length(), 8192);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = content.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                odd++;
            }
        }
        return sample > 0 && odd * 20 > sample;
    }
}
