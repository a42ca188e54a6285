package org.frontierledger.export;

/**
 * A small writer of well-formed XHTML: every text and attribute value goes through
 * {@link #escape}, so text from sources can never become markup, and the result parses as XML
 * (which the PDF renderer requires). Not thread-safe; one per document.
 */
final class Xhtml {
    private final StringBuilder out = new StringBuilder(16_384);

    /** Opens an element with a style attribute (none when blank) and more attribute pairs. */
    Xhtml open(String tag, String style, String... attributes) {
        out.append('<').append(tag);
        if (!style.isBlank()) {
            attribute("style", style);
        }
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        out.append('>');
        return this;
    }

    /** Closes an element. */
    Xhtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with text only. */
    Xhtml element(String tag, String style, String text) {
        return open(tag, style).text(text).close(tag);
    }

    /** Escaped text. */
    Xhtml text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup written by this class's callers, never text from a source. */
    Xhtml raw(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /**
     * Escapes the five XML specials and drops what XML 1.0 forbids (control characters other
     * than tab, line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF).
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean forbidden = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                            || (c >= 0xD800 && c <= 0xDFFF)
                            || c == 0xFFFE
                            || c == 0xFFFF;
                    if (!forbidden) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
