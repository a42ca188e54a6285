package org.frontierledger.ingestion.internal.read;

import java.util.regex.Pattern;

/** Reads plain text and Markdown (Markdown's markup is reduced to text, bullets to "- "). */
final class PlainTextReader {
    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^\\s*(```|~~~).*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)[*+]\\s+");
    private static final Pattern NUMBERED = Pattern.compile("(?m)^(\\s*)\\d{1,3}[.)]\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern QUOTE_MARK = Pattern.compile("(?m)^\\s*>\\s?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^\\s*\\|?\\s*:?-{3,}.*$");

    private PlainTextReader() {}

    static ParsedDocument readText(String sourceName, String content) {
        String text = TextNormaliser.normalise(content);
        return document(sourceName, text, "text");
    }

    static ParsedDocument readMarkdown(String sourceName, String content) {
        String text = content;
        text = CODE_FENCE.matcher(text).replaceAll("");
        text = RULE.matcher(text).replaceAll("");
        text = TABLE_RULE.matcher(text).replaceAll("");
        text = HEADING.matcher(text).replaceAll("$1");
        text = BULLET.matcher(text).replaceAll("$1- ");
        text = NUMBERED.matcher(text).replaceAll("$1- ");
        text = QUOTE_MARK.matcher(text).replaceAll("");
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = CODE.matcher(text).replaceAll("$1");
        return document(sourceName, TextNormaliser.normalise(text), "markdown");
    }

    private static ParsedDocument document(String sourceName, String text, String format) {
        if (text.isBlank()) {
            throw new UnreadableDocumentException(sourceName + ": the document holds no text");
        }
        return new ParsedDocument(
                TextNormaliser.firstLine(text), text, format, DocumentDates.find(text), ShowNames.find(text));
    }
}
