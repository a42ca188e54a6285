package org.frontierledger.ingestion.internal.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.id.EntityKey;
import org.jspecify.annotations.Nullable;

/**
 * Finds the companies and models a sentence names: first the spellings of the lexicon (a model
 * family continues with its version and model words: "Claude Opus 4.5", "gpt-4o-mini"), then names
 * in no list where the sentence says what they are ("the Paris-based startup X", "X raised $2B",
 * "X's new model Y"), marked as found by context. Comparison models ("cheaper than GPT-4o") are
 * marked so that rules do not take them for a sentence's subject.
 */
final class Names {
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}&.’'-]*[\\p{L}\\p{N}]|\\p{Lu}";
    private static final String NAME = "(?:" + CAP + ")(?:\\s(?:" + CAP + "|\\d+(?:\\.\\d+)?))?(?:\\s(?:" + CAP + "))?";
    private static final String KIND = "(?:startup|start-up|company|firm|lab|developer|maker|unicorn|provider|upstart"
            + "|challenger|rival|outfit|platform|chipmaker|player|competitor)";
    /** "AI startup X", "the French lab X". */
    private static final Pattern KIND_BEFORE =
            Pattern.compile("\\b" + KIND + "s?\\s(?:called\\s|named\\s)?(" + NAME + ")");
    /** "X, the Paris-based startup", "X, a maker of". */
    private static final Pattern KIND_AFTER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(" + NAME + "),\\s(?:a|an|the)\\s" + "(?:[\\p{L}\\p{N}-]+\\s){0,4}" + KIND + "\\b");
    /** "launched ShieldGemma 2", "released Olmo 3": a name with a version right after a release verb. */
    private static final Pattern RELEASED_NAME =
            Pattern.compile("(?<!-)\\b(?:launch(?:ed|es)|releas(?:ed|es)|introduc(?:ed|es)"
                    + "|unveil(?:ed|s)|debut(?:ed|s)|open-sourc(?:ed|es)|rolled out|ship(?:s|ped)|announc(?:ed|es))\\s"
                    + "(?:the\\s|its\\s|a\\s|an\\s|their\\s)?(?:new\\s)?(\\p{Lu}[\\p{L}.-]*[\\p{L}](?:[\\s-]\\p{Lu}[\\p{L}]*)?"
                    + "[\\s-]?\\d+(?:\\.\\d+)?[A-Za-z]?|\\p{Lu}\\d+(?:\\.\\d+)?)\\b");
    /** "Starcloud's post-money valuation", "Zephyra's revenue": a name whose figure the sentence gives. */
    private static final Pattern POSSESSIVE_FIGURE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + ")['’]s\\s"
            + "(?i:(?:post-money|pre-money|latest|new|current|annual|annualized|annualised|recent|first|last)\\s){0,2}"
            + "(?i:valuation|revenue|revenues|funding|round|capex|arr|sales|ipo|series\\s[a-h])\\b");
    /** "X's new model Y", "its latest model, Y". */
    private static final Pattern MODEL_CALLED =
            Pattern.compile("\\b(?:(" + CAP + ")['’]s\\s|its\\s|their\\s|the\\s|a\\s)"
                    + "(?:new|latest|newest|flagship|first|next|experimental)?\\s?(?:[\\p{L}-]+\\s)?(?:model|LLM|reasoning model)s?,?\\s"
                    + "(?:called\\s|named\\s|dubbed\\s)?(" + CAP
                    + "(?:[\\s-](?:\\p{Lu}[\\p{L}\\p{N}.]*|\\d[\\p{L}\\p{N}.]*)){0,2})");

    private static final Pattern VERSION_MODEL = Pattern.compile("\\b(?:(" + CAP + ")['’]s\\s|its\\s|their\\s|the\\s)"
            + "(?:[\\p{Ll}-]+\\s){0,3}?(\\p{Lu}\\d+(?:\\.\\d+)?)\\s(?:[\\p{Ll}-]+\\s)?models?\\b");
    private static final Pattern COMPARISON_BEFORE = Pattern.compile(
            "(?i)(?:\\bthan|\\bvs\\.?|\\bversus|\\blike"
                    + "|\\bcompared (?:to|with)|\\bagainst|\\brivals?|\\boutperform(?:s|ed|ing)?|\\bbeat(?:s|ing)?|\\bmatch(?:es|ing)?"
                    + "|\\bsame\\s(?:[\\p{L}-]+\\s){0,3}as|\\bsuch as|\\brelative to|\\bsurpass(?:es|ed|ing)?|\\bover)\\s+(?:the\\s+|[\\p{L}]+['’]s\\s+)?(?:previous\\s|earlier\\s|older\\s|other\\s|rival\\s)?$");
    /** Cheap checks (plain substring searches) that tell whether a context pattern can match at all. */
    private static final String[] KIND_WORDS = {
        "startup",
        "start-up",
        "company",
        "firm",
        "lab",
        "developer",
        "maker",
        "unicorn",
        "provider",
        "upstart",
        "challenger",
        "rival",
        "outfit",
        "platform",
        "player",
        "competitor"
    };

    private static final String[] RAISE_WORDS = {"rais", "secur", "clos", "land", "bagg", "valued", "announced a"};
    private static final String[] RELEASE_WORDS = {
        "launch", "releas", "introduc", "unveil", "debut", "open-sourc", "rolled out", "ship", "announc"
    };
    /** "X raised", "X is raising", "X has secured", a headline's "X Raises". */
    private static final Pattern RAISE_VERB =
            Pattern.compile("\\b(?:(?i:raised|raises|raising|secured|secures|closed|closes"
                    + "|landed|lands|bagged)|in talks to raise|seeking to raise|seeks to raise|aims to raise|announced\\san?\\s(?:[\\p{L}-]+\\s){0,3}?\\$"
                    + "|is valued|was valued|valued at)\\b");

    private static final Pattern NAME_BEFORE_VERB = Pattern.compile("(?<![\\p{L}\\p{N}])(" + NAME + "),?\\s"
            + "(?:(?:which|that|who)\\s)?(?:has\\s|have\\s|had\\s|is\\s|was\\s)?(?:just\\s|now\\s|reportedly\\s)?$");
    private static final int BEFORE_REACH = 70;
    private static final int MAX_TAIL = 4;

    private final Lexicon lexicon;
    /** "Scout AI Inc.", "Acme Robotics Ltd": a name followed by a legal form (the lexicon's {@code company-suffix}). */
    private final Pattern suffixed;
    /** A legal form at the end of a name, to drop. */
    private final Pattern suffix;

    Names(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.suffixed = lexicon.derived(
                "names.suffixed",
                () -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(" + NAME + "),?\\s" + caseSensitive(lexicon.cue("company-suffix"))));
        this.suffix = lexicon.derived(
                "names.suffix", () -> Pattern.compile(",?\\s" + caseSensitive(lexicon.cue("company-suffix")) + "$"));
    }

    /** Every company and model the sentence names, in order, without overlaps (the longest wins). */
    List<Mention> find(String s) {
        List<Mention> found = new ArrayList<>();
        listed(s, found);
        byContext(s, found);
        List<Mention> kept = withoutOverlaps(found);
        List<Mention> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            out.add(
                    m.model()
                                    && COMPARISON_BEFORE
                                            .matcher(s.substring(Math.max(0, m.start() - 40), m.start()))
                                            .find()
                            ? m.asComparison()
                            : m);
        }
        return out;
    }

    private void listed(String s, List<Mention> found) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            int wordEnd = i;
            while (wordEnd < s.length() && Character.isLetterOrDigit(s.charAt(wordEnd))) {
                wordEnd++;
            }
            Mention company = null;
            Mention model = null;
            for (Lexicon.Spelling spelling : spellingsAt(s, i, wordEnd)) {
                int end = i + spelling.text().length();
                if (!s.startsWith(spelling.text(), i)) {
                    continue;
                }
                if (!boundary(s, end)
                        && spelling.family() != null
                        && model == null
                        && end < s.length()
                        && Character.isDigit(s.charAt(end))
                        && Character.isUpperCase(spelling.text().charAt(0))) {
                    // "Qwen3", "Qwen2.5-72B": a family written with its version glued on.
                    int tailEnd = tail(s, end);
                    if (tailEnd > end) {
                        model = Mention.model(
                                i,
                                tailEnd,
                                s.substring(i, tailEnd),
                                spelling.family().developer(),
                                false);
                    }
                    continue;
                }
                if (!boundary(s, end)) {
                    // "OpenAIGPT 4.0": a flattened table glues a company to its model.
                    if (spelling.company() != null
                            && model == null
                            && end < s.length()
                            && Character.isUpperCase(s.charAt(end))) {
                        model = gluedModel(s, end);
                    }
                    continue;
                }
                if (spelling.company() != null && company == null) {
                    company = Mention.company(
                            i,
                            end,
                            asWritten(spelling.company().name(), spelling.text()),
                            false,
                            spelling.company().investor());
                } else if (spelling.family() != null && model == null) {
                    int tailEnd = tail(s, end);
                    model = Mention.model(
                            i,
                            tailEnd,
                            s.substring(i, tailEnd),
                            spelling.family().developer(),
                            false);
                }
            }
            if (company != null
                    && model == null
                    && company.end() < s.length()
                    && Character.isUpperCase(s.charAt(company.end()))) {
                model = gluedModel(s, company.end());
            }
            // A name that is both a company and a family ("DeepSeek", "Mistral") names a model when a version follows.
            if (model != null && (company == null || model.versioned() && model.length() > company.length())) {
                found.add(model);
            } else if (company != null) {
                found.add(company);
            }
        }
    }

    /**
     * A company's name for an event: as the text writes it when that is the canonical name or a
     * variant of it ("Mistral" for Mistral AI), else the canonical name with the text's spelling
     * ("Anysphere (Cursor)", "Google (Alphabet)"), so both the text and the entity are kept.
     */
    static String asWritten(String canonical, String written) {
        if (EntityKey.same(canonical, written)
                || canonical.startsWith(written + " ")
                || written.startsWith(canonical)) {
            return canonical;
        }
        return canonical + " (" + written + ")";
    }

    /**
     * The spellings that may start at i: those whose first word is the word at i, or, for a word
     * that glues names together in a flattened table ("OpenAIGPT"), those whose first word is a
     * prefix of it.
     */
    private List<Lexicon.Spelling> spellingsAt(String s, int i, int wordEnd) {
        List<Lexicon.Spelling> direct = lexicon.spellingsStartingWith(s.substring(i, wordEnd));
        if (direct.isEmpty() && Character.isDigit(s.charAt(wordEnd - 1))) {
            // "Qwen3", "Llama3": a family with its version glued on.
            int letters = wordEnd;
            while (letters > i && Character.isDigit(s.charAt(letters - 1))) {
                letters--;
            }
            if (letters - i >= 3 && letters < wordEnd) {
                List<Lexicon.Spelling> family = lexicon.spellingsStartingWith(s.substring(i, letters)).stream()
                        .filter(sp -> sp.family() != null)
                        .toList();
                if (!family.isEmpty()) {
                    return family;
                }
            }
        }
        if (!direct.isEmpty() || wordEnd - i < 5 || !glued(s, i, wordEnd)) {
            return direct;
        }
        for (int end = wordEnd - 1; end > i + 1; end--) {
            List<Lexicon.Spelling> prefix = lexicon.spellingsStartingWith(s.substring(i, end));
            if (!prefix.isEmpty()) {
                return prefix;
            }
        }
        return direct;
    }

    /** Whether a word has an upper-case letter after its second letter ("OpenAIGPT", "GooglePaLM"). */
    private static boolean glued(String s, int from, int to) {
        for (int k = from + 2; k < to; k++) {
            if (Character.isUpperCase(s.charAt(k)) && Character.isLowerCase(s.charAt(k - 1))
                    || k + 1 < to
                            && Character.isUpperCase(s.charAt(k))
                            && Character.isUpperCase(s.charAt(k - 1))
                            && Character.isUpperCase(s.charAt(k + 1))
                            && k - from >= 4) {
                return true;
            }
        }
        return false;
    }

    /** A model written right after its company in a flattened table cell ("OpenAIGPT 4.0 8k"), or null. */
    private @Nullable Mention gluedModel(String s, int at) {
        int wordEnd = at;
        while (wordEnd < s.length() && Character.isLetterOrDigit(s.charAt(wordEnd))) {
            wordEnd++;
        }
        for (Lexicon.Spelling spelling : lexicon.spellingsStartingWith(s.substring(at, wordEnd))) {
            int end = at + spelling.text().length();
            if (spelling.family() != null && s.startsWith(spelling.text(), at) && boundary(s, end)) {
                int tailEnd = tail(s, end);
                Mention m = Mention.model(
                        at, tailEnd, s.substring(at, tailEnd), spelling.family().developer(), false);
                return m.versioned() ? m : null;
            }
        }
        return null;
    }

    /** The end of a model name: the family's version numbers and model words ("-4o mini", " Opus 4.5"). */
    private int tail(String s, int from) {
        int end = from;
        for (int taken = 0; taken < MAX_TAIL; taken++) {
            int p = end;
            if (p < s.length()
                    && (s.charAt(p) == ' ' || s.charAt(p) == '-' || s.charAt(p) == '\u2011' || s.charAt(p) == '_')) {
                p++;
            }
            int tokenEnd = p;
            while (tokenEnd < s.length()
                    && (Character.isLetterOrDigit(s.charAt(tokenEnd))
                            || s.charAt(tokenEnd) == '.'
                                    && tokenEnd + 1 < s.length()
                                    && Character.isDigit(s.charAt(tokenEnd + 1)))) {
                tokenEnd++;
            }
            if (tokenEnd == p || p == end && !Character.isDigit(s.charAt(p))) {
                break;
            }
            String token = s.substring(p, tokenEnd);
            boolean partOfNumber =
                    tokenEnd + 1 < s.length() && s.charAt(tokenEnd) == ',' && Character.isDigit(s.charAt(tokenEnd + 1));
            boolean accepted = version(token) && !token.matches("(?:19|20)\\d\\d") || lexicon.modelWord(token);
            if (partOfNumber || !accepted) {
                break;
            }
            end = tokenEnd;
        }
        return end;
    }

    /** "4o", "3.5", "V3", "R1", "K2", "14B", "8k", "v2.1", "20240229". */
    private static boolean version(String token) {
        return token.matches(
                "[vV]?\\d+(?:\\.\\d+)*[a-z]{0,2}|\\p{Lu}\\d+(?:\\.\\d+)?[a-z]?|\\d+(?:\\.\\d+)?[BbMmKkTt]|\\d{6,8}");
    }

    private void byContext(String s, List<Mention> found) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean kind = containsAny(lower, KIND_WORDS);
        boolean raise = containsAny(lower, RAISE_WORDS);
        boolean possessive = s.indexOf('\'') >= 0 || s.indexOf('’') >= 0;
        Matcher legal = suffixed.matcher(s);
        while (legal.find()) {
            Mention name = contextName(s, legal.start(1), legal.end(1));
            if (name != null) {
                found.add(name);
            }
        }
        if (raise) {
            // Anchored on the verb: the name is looked for only in the few words before it.
            Matcher verb = RAISE_VERB.matcher(s);
            while (verb.find()) {
                int from = Math.max(0, verb.start() - BEFORE_REACH);
                Matcher name = NAME_BEFORE_VERB.matcher(s.substring(from, verb.start()));
                if (name.find()) {
                    Mention found1 = contextName(s, from + name.start(1), from + name.end(1));
                    if (found1 != null) {
                        found.add(found1);
                    }
                }
            }
        }
        for (Pattern p : List.of(KIND_BEFORE, KIND_AFTER, POSSESSIVE_FIGURE)) {
            boolean apposition = p != KIND_AFTER || s.contains(", a ") || s.contains(", an ") || s.contains(", the ");
            if (p == POSSESSIVE_FIGURE ? !possessive : !kind || !apposition) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                Mention name = contextName(s, m.start(1), m.end(1));
                if (name != null) {
                    found.add(name);
                }
            }
        }
        Matcher r = RELEASED_NAME.matcher(s);
        boolean releaseWord = containsAny(lower, RELEASE_WORDS);
        while (releaseWord && r.find()) {
            String model = r.group(1);
            if (model.matches("\\p{Lu}\\d+(?:\\.\\d+)?")) {
                // "DeepSeek released R1": a bare version is the model of the sentence's company, when it names models.
                Mention maker = found.stream()
                        .filter(f -> !f.model() && f.start() < r.start(1))
                        .findFirst()
                        .orElse(null);
                if (maker != null && hasFamily(maker.name())) {
                    found.add(Mention.model(r.start(1), r.end(1), maker.name() + " " + model, maker.name(), true));
                }
            } else if (!lexicon.notName(model.split("[\\s-]")[0]) && lexicon.company(model) == null) {
                found.add(Mention.model(r.start(1), r.end(1), model, null, true));
            }
        }
        Matcher m = MODEL_CALLED.matcher(s);
        while ((lower.contains("model") || s.contains("LLM")) && m.find()) {
            String model = m.group(2);
            if (lexicon.notName(model.split("[\\s-]")[0]) || lexicon.company(model) != null) {
                continue;
            }
            String developer = m.group(1) != null && lexicon.company(m.group(1)) != null
                    ? lexicon.company(m.group(1)).name()
                    : m.group(1);
            found.add(Mention.model(m.start(2), m.end(2), model, developer, true));
        }
        // "their V3 model", "DeepSeek's newly released open-source R1 model": a bare version named as a
        // model is the model of the company that owns it, or of the sentence's first company.
        Matcher v = VERSION_MODEL.matcher(s);
        while (lower.contains("model") && v.find()) {
            String owner = v.group(1) != null && lexicon.company(v.group(1)) != null
                    ? lexicon.company(v.group(1)).name()
                    : null;
            if (owner == null) {
                owner = found.stream()
                        .filter(f -> !f.model() && f.start() < v.start())
                        .map(Mention::name)
                        .findFirst()
                        .orElse(null);
            }
            if (owner != null) {
                found.add(Mention.model(v.start(2), v.end(2), owner + " " + v.group(2), owner, true));
            }
        }
    }

    /** A lexicon cue's expression as written, without the case-insensitive flag cues carry. */
    private static String caseSensitive(Pattern cue) {
        return cue.pattern().replaceFirst("^\\(\\?i\\)", "");
    }

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFamily(String company) {
        return lexicon.spellingsStartingWith(Lexicon.firstWord(company)).stream()
                .anyMatch(s -> s.family() != null && s.text().equals(company));
    }

    /** A name in no list, trimmed of leading function words; null when nothing name-like is left. */
    private @Nullable Mention contextName(String s, int start, int end) {
        String[] words = s.substring(start, end).split("\\s");
        int first = 0;
        while (first < words.length && lexicon.notName(words[first])) {
            start += words[first].length() + 1;
            first++;
        }
        if (first == words.length || start >= end) {
            return null;
        }
        String name = s.substring(start, end);
        // "SenseTime Raises" in a headline: the name stops at a verb; "Scout AI Inc": the legal form is no part of it.
        Matcher verb = lexicon.cue("headline-verb").matcher(name);
        if (verb.find() && verb.start() > 0) {
            name = name.substring(0, verb.start()).strip();
        }
        Matcher legal = suffix.matcher(name);
        if (legal.find()) {
            name = name.substring(0, legal.start());
        }
        name = name.replaceFirst("['’]s?$", "");
        end = start + name.length();
        if (name.length() < 2 || lexicon.company(name) != null || lexicon.notName(name)) {
            return null;
        }
        return Mention.company(start, end, name, true, false);
    }

    private static boolean boundary(String s, int end) {
        return end >= s.length()
                || !Character.isLetterOrDigit(s.charAt(end))
                        && !(s.charAt(end) == '.' && end + 1 < s.length() && Character.isLetter(s.charAt(end + 1)));
    }

    /** Longest mentions first, then earliest; overlapping shorter ones are dropped; listed names beat context ones. */
    static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::byContext)
                .thenComparingInt((Mention m) -> -m.length())
                .thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
