package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalised text into lines, then bullets and sentences. Timestamp-only lines,
 * navigation noise and quote attributions ("— Name") are not sentences; long transcript lines
 * with inline timestamps are cut into chunks of a few timestamps each.
 */
final class Segmenter {
    private static final Pattern TIMESTAMP_ONLY = Pattern.compile(
            "^[-•*\\s]*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?[\\])]?(?:\\s*[–—-]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");
    private static final Pattern INLINE_TIMESTAMP = Pattern.compile("(?<=^|\\s)\\d{1,2}:\\d{2}(?=[A-Za-z'])");
    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:[-–•*·▪►]\\s*)+");
    private static final Pattern NOISE = Pattern.compile("(?i)^(?:get (?:the full|full|more)\\b|add to (?:chrome"
            + "|firefox)|install\\b|download\\b|sign (?:up|in)\\b|subscribe\\b|log ?in\\b|back to\\b|←|read more\\b"
            + "|click here\\b|learn more\\b|share (?:this|on)\\b|follow us\\b|advertisement\\b|sponsored\\b"
            + "|skip to\\b|cookie\\b|also from this episode\\b|.*\\bfree forever\\b|.*\\bpowered by\\b"
            + "|high quality (?:ai-generated )?summar)");
    /** A line starting like this starts something of its own: a bullet, a table row, a numbered item, a timestamp. */
    private static final Pattern NOT_WRAPPED_START =
            Pattern.compile("(?:[-–•*·▪►|#>]|\\d{1,2}[.)]\\s|\\d{1,2}:\\d{2})");
    /** Cells of a flattened table glued together ("contextInput$0.03", "2019RoBERTa"): such lines are rows, not prose. */
    private static final Pattern GLUED_CELLS = Pattern.compile("\\p{L}\\$\\d|^(?:19|20)\\d{2}\\p{Lu}");
    /** A line that starts with a short label and a colon ("Input text: ...", "Revenue: ...") is an item of its own. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ()&/.-]{0,30}:\\s");
    /** Lines of a text wrapped by hand are about this long or longer. */
    private static final int WRAP_WIDTH = 45;

    private static final int CHUNK_TIMESTAMPS = 4;
    private static final int MIN_CLAIM_WORDS = 4;
    /** Page furniture is short: a line of at most 16 words is well under this. */
    private static final int MAX_NOISE_CHARS = 200;

    private Segmenter() {}

    /**
     * The sentences of a text, in order. Lines a hard wrap cut mid-sentence (a line that ends without
     * a stop and goes on in lower case, or a long line that ends mid-phrase) are read as one.
     */
    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int line = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int first = line;
            while (lineEnd < text.length()) {
                int nextEnd = text.indexOf('\n', lineEnd + 1);
                nextEnd = nextEnd < 0 ? text.length() : nextEnd;
                if (!wrapped(text.substring(lineStart, lineEnd), text.substring(lineEnd + 1, nextEnd))) {
                    break;
                }
                lineEnd = nextEnd;
                line++;
            }
            splitLine(text, lineStart, lineEnd, first, out);
            lineStart = lineEnd + 1;
            line++;
        }
        return out;
    }

    /** Whether a line ends its sentence (a stop, a closing quote or bracket) or ends with a link or an address. */
    private static boolean endsItself(String tail) {
        char last = tail.charAt(tail.length() - 1);
        if (".!?:;…\"”’)]|".indexOf(last) >= 0) {
            return true;
        }
        int space = tail.lastIndexOf(' ');
        String word = tail.substring(space + 1);
        return word.indexOf('/') >= 0 || word.indexOf('@') >= 0;
    }

    /** Whether most words of a line start with a capital: a title or a heading, not a wrapped sentence. */
    private static boolean titleCase(String line) {
        String[] words = line.split("\\s+");
        int capitals = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitals++;
            }
        }
        return capitals * 5 >= words.length * 3;
    }

    /** Whether a line goes on in the next one: a hard wrap in the middle of a sentence. */
    static boolean wrapped(String line, String next) {
        String tail = line.stripTrailing();
        String head = next.strip();
        if (tail.isEmpty()
                || head.isEmpty()
                || endsItself(tail)
                || NOT_WRAPPED_START.matcher(head).lookingAt()
                || tail.startsWith("|")
                || tail.contains(" | ")
                || head.contains(" | ")
                || TIMESTAMP_ONLY.matcher(head).matches()
                || TIMESTAMP_ONLY.matcher(tail).matches()) {
            return false;
        }
        if (GLUED_CELLS.matcher(tail).find()
                || GLUED_CELLS.matcher(head).find()
                || LABEL.matcher(head).lookingAt()
                || LABEL.matcher(tail).lookingAt()) {
            return false;
        }
        char c = head.charAt(0);
        return Character.isLowerCase(c)
                || c == '('
                || tail.length() >= WRAP_WIDTH
                        && !titleCase(tail)
                        && Character.isLetter(tail.charAt(tail.length() - 1))
                        && tail.split("\\s+").length >= 6
                        && !LEADING_MARKS.matcher(tail).lookingAt();
    }

    /** Whether a line is navigation, app promotion or other page furniture. */
    static boolean isNoise(String line) {
        if (line.length() > MAX_NOISE_CHARS) {
            return false;
        }
        String bare = LEADING_MARKS.matcher(line.strip()).replaceFirst("");
        return NOISE.matcher(bare).lookingAt() && bare.split("\\s+").length <= 16;
    }

    private static void splitLine(String text, int start, int end, int line, List<Sentence> out) {
        String content = text.substring(start, end);
        boolean colon = content.indexOf(':') >= 0;
        if (content.isBlank()
                || colon && TIMESTAMP_ONLY.matcher(content).matches()
                || isNoise(content)
                || Attributions.nameIn(content) != null) {
            return;
        }
        List<Integer> stamps = new ArrayList<>();
        Matcher stamp = INLINE_TIMESTAMP.matcher(content);
        while (colon && stamp.find()) {
            stamps.add(start + stamp.start());
        }
        if (stamps.size() < CHUNK_TIMESTAMPS) {
            sentences(text, start, end, line, out);
            return;
        }
        int from = start;
        for (int i = 0; i < stamps.size(); i += CHUNK_TIMESTAMPS) {
            if (stamps.get(i) > from) {
                sentences(text, from, stamps.get(i), line, out);
                from = stamps.get(i);
            }
        }
        sentences(text, from, end, line, out);
    }

    private static void sentences(String text, int from, int to, int line, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            int next = SentenceBreaks.breakAfter(text, start, i, to);
            if (next > 0) {
                add(text, start, i + 1 + SentenceBreaks.closers(text, i + 1, to), line, out);
                start = next;
                i = next - 1;
            }
        }
        add(text, start, to, line, out);
    }

    private static void add(String text, int from, int to, int line, List<Sentence> out) {
        int start = from;
        int end = to;
        Matcher marks = LEADING_MARKS.matcher(text).region(start, end);
        if (marks.lookingAt()) {
            start = marks.end();
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start && text.substring(start, end).chars().anyMatch(Character::isLetterOrDigit)) {
            int words = text.substring(start, end).split("\\s+").length;
            out.add(new Sentence(start, end, line, words >= MIN_CLAIM_WORDS));
        }
    }
}
