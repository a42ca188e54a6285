package org.frontierledger.ingestion.internal.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a document's bytes into text with the encoding it declares or, failing a declaration, the
 * one it is detected to be; never by guessing UTF-8 and replacing what does not fit. In order, as
 * browsers do:
 *
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16);
 *   <li>the charset of the HTTP {@code Content-Type} (or the one given with an upload);
 *   <li>a {@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML declaration
 *       near the start;
 *   <li>otherwise UTF-8 when every byte fits it (plain ASCII included), else ICU's
 *       {@link CharsetDetector} among the legacy encodings (Latin-1, Windows-1252 and the like).
 * </ol>
 *
 * A declared or detected encoding must decode every byte: text that does not (UTF-8 with invalid
 * bytes, a declaration that does not match the bytes) is refused with a message that says which
 * byte could not be decoded. {@code ISO-8859-1} and {@code US-ASCII} are read as Windows-1252, as
 * the WHATWG encoding standard has browsers do. Binary content (NUL bytes, PDF or ZIP signatures)
 * is passed through byte for byte, for {@link DocumentReaders} to refuse as binary.
 */
public final class TextDecoding {
    /** How far into the bytes a meta or XML declaration is looked for (HTML says 1024). */
    private static final int PRESCAN = 2048;
    /** Below this ICU confidence (0 to 100) a detected encoding is not trusted. */
    private static final int MIN_CONFIDENCE = 10;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:()+-]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:()+-]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([\\w.:()+-]+)[\"']");
    private static final Set<String> WINDOWS_1252_ALIASES = Set.of(
            "iso-8859-1",
            "iso8859-1",
            "iso_8859-1",
            "latin1",
            "l1",
            "us-ascii",
            "ascii",
            "cp819",
            "ibm819",
            "iso-ir-100",
            "windows-1252",
            "cp1252");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {}

    /**
     * Decodes a document.
     *
     * @param sourceName the file name or URL, for messages
     * @param contentType the declared media type, with its {@code charset} parameter if any
     * @param bytes the document as stored or received
     * @return the text
     * @throws UnreadableDocumentException when the bytes cannot be decoded with the declared or
     *     detected encoding, or the declared one is unknown
     */
    public static String decode(String sourceName, @Nullable String contentType, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return strict(sourceName, bom.charset, bytes, bom.length, "its byte-order mark");
        }
        String declared = contentType == null ? null : first(HEADER_CHARSET, contentType);
        if (declared != null) {
            return strict(sourceName, charset(sourceName, declared, "its Content-Type"), bytes, 0, "its Content-Type");
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        String xml = first(XML_ENCODING, head);
        String meta = xml != null ? xml : first(META_CHARSET, head);
        if (meta != null) {
            String where = xml != null ? "its XML declaration" : "its meta tag";
            Charset charset = charset(sourceName, meta, where);
            // A page saved as UTF-16 cannot have been read to find an ASCII meta tag: as browsers do, UTF-8.
            if (charset.name().startsWith("UTF-16")) {
                charset = StandardCharsets.UTF_8;
            }
            return strict(sourceName, charset, bytes, 0, where);
        }
        if (looksBinary(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        Undecodable utf8 = firstUndecodable(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 == null) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (hasUtf8Sequence(bytes)) {
            throw new UnreadableDocumentException(sourceName + ": the text cannot be decoded: it is mostly UTF-8 but"
                    + " byte " + utf8.describe() + " is not valid UTF-8, and it declares no other encoding;"
                    + " save it as UTF-8 or declare its charset");
        }
        return detected(sourceName, bytes);
    }

    private static String detected(String sourceName, byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            Charset charset;
            try {
                charset = normalised(Charset.forName(match.getName()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-")) {
                continue;
            }
            if (firstUndecodable(charset, bytes, 0) == null) {
                return new String(bytes, charset);
            }
        }
        throw new UnreadableDocumentException(sourceName + ": the text cannot be decoded: it is not UTF-8"
                + " (byte " + firstUndecodable(StandardCharsets.UTF_8, bytes, 0).describe() + " is not valid UTF-8),"
                + " it declares no charset, and its encoding could not be detected; save it as UTF-8 or declare"
                + " its charset");
    }

    private static String strict(String sourceName, Charset charset, byte[] bytes, int offset, String declaredBy) {
        Undecodable bad = firstUndecodable(charset, bytes, offset);
        if (bad != null) {
            throw new UnreadableDocumentException(sourceName + ": the text cannot be decoded: " + declaredBy
                    + " declares " + charset.name() + ", but byte " + bad.describe() + " is not valid "
                    + charset.name());
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static Charset charset(String sourceName, String name, String declaredBy) {
        try {
            return normalised(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableDocumentException(sourceName + ": the text cannot be decoded: " + declaredBy
                    + " declares the encoding '" + name + "', which is not known");
        }
    }

    /** ISO-8859-1 and US-ASCII as Windows-1252, their superset, as browsers read them. */
    private static Charset normalised(Charset charset) {
        if (WINDOWS_1252_ALIASES.contains(charset.name().toLowerCase(Locale.ROOT))) {
            return WINDOWS_1252;
        }
        return charset;
    }

    private static @Nullable String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The first byte this charset cannot decode, or null when it decodes them all. */
    private static @Nullable Undecodable firstUndecodable(Charset charset, byte[] bytes, int offset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int at = in.position();
                return new Undecodable(at, bytes[at] & 0xFF);
            }
            if (result.isUnderflow()) {
                CoderResult flushed = decoder.flush(out);
                if (flushed.isError()) {
                    return new Undecodable(in.position(), bytes[Math.max(0, in.position() - 1)] & 0xFF);
                }
                return null;
            }
            out.clear();
        }
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 character. */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int continuation = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (continuation == 0 || i + continuation >= bytes.length) {
                continue;
            }
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, i, continuation + 1));
                return true;
            } catch (CharacterCodingException e) {
                // not a character here; keep looking
            }
        }
        return false;
    }

    /** NUL bytes or a PDF or ZIP signature: not text in any encoding this reads. */
    private static boolean looksBinary(byte[] bytes) {
        if (startsWith(bytes, "%PDF-") || startsWith(bytes, "PK\u0003\u0004")) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (bytes[i] != (byte) signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A byte-order mark and the encoding it announces. */
    private record Bom(Charset charset, int length) {
        static @Nullable Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }

    /** A byte that could not be decoded: where, and what it was. */
    private record Undecodable(int offset, int value) {
        String describe() {
            return String.format(Locale.ROOT, "0x%02X at offset %d", value, offset);
        }
    }
}
