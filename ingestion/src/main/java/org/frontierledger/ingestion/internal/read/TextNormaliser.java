package org.frontierledger.ingestion.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normal form of every reader's text: one line per line or bullet, runs of spaces and tabs
 * folded, Unicode hyphens (U+2010, the non-breaking U+2011) written as '-', lines trimmed, at most one blank line in a row, no blank lines at either end.
 */
final class TextNormaliser {
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u000B\\f]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D\\u2060]");

    private TextNormaliser() {}

    /** Whether a line has a tab, a special space or two spaces in a row (most lines have none). */
    private static boolean needsFolding(String line) {
        char previous = 'x';
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\t'
                    || c == '\u00A0'
                    || c == '\u2007'
                    || c == '\u202F'
                    || c == '\u000B'
                    || c == '\f'
                    || c == ' ' && previous == ' ') {
                return true;
            }
            previous = c;
        }
        return false;
    }

    static String normalise(String raw) {
        String unified = INVISIBLE
                .matcher(raw)
                .replaceAll("")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace('\u2010', '-')
                .replace('\u2011', '-');
        List<String> kept = new ArrayList<>();
        boolean lastBlank = true;
        for (String line : unified.split("\n", -1)) {
            String folded = needsFolding(line)
                    ? HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip()
                    : line.strip();
            boolean blank = folded.isEmpty();
            if (!(blank && lastBlank)) {
                kept.add(folded);
            }
            lastBlank = blank;
        }
        while (!kept.isEmpty() && kept.getLast().isEmpty()) {
            kept.removeLast();
        }
        return String.join("\n", kept);
    }

    /** The first non-blank line with at least three words, else the first non-blank line. */
    static String firstLine(String text) {
        String first = "";
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (first.isEmpty()) {
                first = line;
            }
            if (line.split(" ").length >= 3) {
                return cut(line);
            }
        }
        return cut(first);
    }

    private static String cut(String line) {
        String stripped = line.replaceFirst("^[#>*\\-•\\s]+", "").strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 200).strip();
    }
}
