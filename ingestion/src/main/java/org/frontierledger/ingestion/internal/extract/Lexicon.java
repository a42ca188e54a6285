package org.frontierledger.ingestion.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The extractor's word lists, read from resource files under {@code /lexicon/} and, where given,
 * from an administrator's folder of files with the same names: companies with their kinds and
 * spellings, model families with their developers, the words that continue a model's name, cue
 * phrases per event type and role, licences, page furniture, show names and capitalised words that
 * are not names. The one place these lists are loaded; a spelling that would name two different
 * companies (or two families) is refused with the file and line that repeat it.
 */
public final class Lexicon {
    static final String COMPANIES = "companies.tsv";
    static final String MODELS = "models.tsv";
    static final String MODEL_WORDS = "model-words.txt";
    static final String CUES = "cues.tsv";
    static final String LICENCES = "licences.tsv";
    static final String FURNITURE = "furniture.txt";
    static final String SHOWS = "shows.txt";
    static final String NOT_NAMES = "not-names.txt";

    private static volatile @Nullable Lexicon builtIn;

    /** A company: its canonical name and kind (lab, bigtech, chips, cloud, investor, company, project). */
    record Company(String name, String kind) {
        boolean investor() {
            return kind.equals("investor");
        }
    }

    /** A model family: its name and developer (null where the list names none). */
    record Family(String name, @Nullable String developer) {}

    /** A spelling of a name as it appears in text, and what it names. */
    record Spelling(
            String text,
            @Nullable Company company,
            @Nullable Family family) {}

    /** A licence: its name as reported and how texts write it. */
    record Licence(String name, Pattern pattern) {}

    private final Map<String, List<Spelling>> byFirstWord = new HashMap<>();
    private final Map<String, Company> companies = new LinkedHashMap<>();
    private final Map<String, Family> families = new LinkedHashMap<>();
    private final Map<String, String> spellingOwner = new HashMap<>();
    private final Set<String> modelWords = new HashSet<>();
    private final Map<String, StringBuilder> cueSources = new LinkedHashMap<>();
    private final Map<String, Pattern> cues = new HashMap<>();
    private final List<Licence> licences = new ArrayList<>();
    private final List<Pattern> furniture = new ArrayList<>();
    private final Set<String> shows = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    private final Map<String, Pattern> derived = new ConcurrentHashMap<>();

    private Lexicon() {}

    /** The lists shipped with the application. */
    public static Lexicon builtIn() {
        Lexicon lexicon = builtIn;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = builtIn;
                if (lexicon == null) {
                    lexicon = load(null);
                    builtIn = lexicon;
                }
            }
        }
        return lexicon;
    }

    /**
     * The shipped lists plus an administrator's additions: files of the same names in {@code folder}
     * (any may be missing) add companies, spellings, families, words and cues.
     *
     * @throws IllegalArgumentException when a file is malformed or a spelling names two companies,
     *     with the file and line
     */
    public static Lexicon load(@Nullable Path folder) {
        Lexicon lexicon = new Lexicon();
        for (String file : List.of(COMPANIES, MODELS, MODEL_WORDS, CUES, LICENCES, FURNITURE, SHOWS, NOT_NAMES)) {
            lexicon.read(file, resourceLines(file), "lexicon/" + file);
            if (folder != null && Files.isRegularFile(folder.resolve(file))) {
                try {
                    lexicon.read(
                            file,
                            Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8),
                            folder.resolve(file).toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(folder.resolve(file) + ": cannot be read", e);
                }
            }
        }
        lexicon.compileCues();
        return lexicon;
    }

    /** The spellings of names that start with {@code word} at a word boundary. */
    List<Spelling> spellingsStartingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /** The company a spelling or canonical name names, or null. */
    @Nullable
    Company company(String spelling) {
        Company direct = companies.get(spelling);
        if (direct != null) {
            return direct;
        }
        for (Spelling s : spellingsStartingWith(firstWord(spelling))) {
            if (s.text().equals(spelling) && s.company() != null) {
                return s.company();
            }
        }
        return null;
    }

    /** The canonical name of a company spelling (public for the ingestion API), or null. */
    public @Nullable String canonicalCompany(String spelling) {
        Company c = company(spelling);
        return c == null ? null : c.name();
    }

    /** The spellings of a company other than its canonical name, in list order. */
    public List<String> spellingsOf(String canonical) {
        List<String> out = new ArrayList<>();
        for (List<Spelling> list : byFirstWord.values()) {
            for (Spelling s : list) {
                if (s.company() != null
                        && s.company().name().equals(canonical)
                        && !s.text().equals(canonical)) {
                    out.add(s.text());
                }
            }
        }
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    /** Whether a word continues a model's name ("Pro", "mini", "Sonnet"). */
    boolean modelWord(String word) {
        return modelWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A pattern other classes build from this lexicon's cues, compiled once per lexicon. */
    Pattern derived(String key, Supplier<Pattern> build) {
        return derived.computeIfAbsent(key, k -> build.get());
    }

    /** The cue pattern of a name (an event type's name, "investor-before", "nonmarket", ...). */
    Pattern cue(String name) {
        Pattern p = cues.get(name);
        if (p == null) {
            throw new IllegalStateException("no cue named " + name + " in " + CUES);
        }
        return p;
    }

    List<Licence> licences() {
        return licences;
    }

    /** Whether a whole line is page furniture (navigation, sharing, credits). */
    boolean furniture(String line) {
        String bare = line.strip();
        return furniture.stream().anyMatch(p -> p.matcher(bare).matches());
    }

    /** Whether a name is a show, newsletter or outlet rather than a person. */
    boolean show(String name) {
        return shows.contains(name);
    }

    /** Whether a capitalised word is never part of a person's or company's name. */
    boolean notName(String word) {
        return notNames.contains(word);
    }

    /** The number of companies and families known, for reports. */
    int size() {
        return companies.size() + families.size();
    }

    static String firstWord(String spelling) {
        int end = 0;
        while (end < spelling.length() && Character.isLetterOrDigit(spelling.charAt(end))) {
            end++;
        }
        return spelling.substring(0, Math.max(end, Math.min(1, spelling.length())));
    }

    private void read(String file, List<String> lines, String origin) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            try {
                switch (file) {
                    case COMPANIES -> company(line.split("\t", -1), where);
                    case MODELS -> family(line.split("\t", -1), where);
                    case MODEL_WORDS -> modelWords.add(line.strip().toLowerCase(Locale.ROOT));
                    case CUES -> cueLine(line.split("\t", -1), where);
                    case LICENCES -> licence(line.split("\t", -1), where);
                    case FURNITURE -> furniture.add(Pattern.compile("(?i)" + line.strip()));
                    case SHOWS -> shows.add(line.strip());
                    case NOT_NAMES -> notNames.add(line.strip());
                    default -> throw new IllegalStateException(file);
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        where + ": not a valid regular expression: " + e.getDescription(), e);
            }
        }
    }

    private void company(String[] cells, String where) {
        if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected NAME<TAB>KIND<TAB>SPELLINGS");
        }
        String name = cells[0].strip();
        Company company = companies.computeIfAbsent(name, n -> new Company(n, cells[1].strip()));
        addSpelling(name, new Spelling(name, company, null), where);
        for (String spelling : spellings(cells, 2)) {
            addSpelling(name, new Spelling(spelling, company, null), where);
        }
    }

    private void family(String[] cells, String where) {
        if (cells.length < 2 || cells[0].isBlank()) {
            throw new IllegalArgumentException(where + ": expected FAMILY<TAB>DEVELOPER<TAB>SPELLINGS");
        }
        String name = cells[0].strip();
        String developer = cells[1].strip();
        Family family = families.computeIfAbsent(
                name, n -> new Family(n, developer.isEmpty() || developer.equals("-") ? null : developer));
        addSpelling("model " + name, new Spelling(name, null, family), where);
        for (String spelling : spellings(cells, 2)) {
            addSpelling("model " + name, new Spelling(spelling, null, family), where);
        }
    }

    private static List<String> spellings(String[] cells, int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < cells.length; i++) {
            for (String s : cells[i].split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** Registers a spelling; the same spelling may not name two different things of one kind. */
    private void addSpelling(String owner, Spelling spelling, String where) {
        String key = (spelling.family() != null ? "model:" : "org:") + spelling.text();
        String previous = spellingOwner.putIfAbsent(key, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new IllegalArgumentException(where + ": the spelling \"" + spelling.text() + "\" already names "
                    + previous.replaceFirst("^model ", "the model family ") + "; a spelling may name one entry only");
        }
        if (previous == null) {
            byFirstWord
                    .computeIfAbsent(firstWord(spelling.text()), w -> new ArrayList<>())
                    .add(spelling);
            // Longest spellings first, so "Google DeepMind" wins over "Google".
            byFirstWord
                    .get(firstWord(spelling.text()))
                    .sort((a, b) -> b.text().length() - a.text().length());
        }
    }

    private void cueLine(String[] cells, String where) {
        if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
            throw new IllegalArgumentException(where + ": expected NAME<TAB>REGEX");
        }
        Pattern.compile(cells[1]);
        StringBuilder source = cueSources.computeIfAbsent(cells[0].strip(), n -> new StringBuilder());
        if (!source.isEmpty()) {
            source.append('|');
        }
        source.append("(?:").append(cells[1].strip()).append(')');
    }

    private void compileCues() {
        cueSources.forEach((name, source) ->
                cues.put(name, Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + source + ")(?![\\p{L}\\p{N}])")));
    }

    private void licence(String[] cells, String where) {
        if (cells.length != 2) {
            throw new IllegalArgumentException(where + ": expected NAME<TAB>REGEX");
        }
        licences.add(new Licence(cells[0].strip(), Pattern.compile("(?i)\\b(?:" + cells[1].strip() + ")")));
    }

    private static List<String> resourceLines(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the resource lexicon/" + file + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("lexicon/" + file + ": cannot be read", e);
        }
    }
}
