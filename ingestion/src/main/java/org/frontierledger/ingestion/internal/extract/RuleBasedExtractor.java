package org.frontierledger.ingestion.internal.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.eventstore.event.ClaimRecorded;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.id.ClaimId;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.ingestion.internal.read.ParsedDocument;
import org.frontierledger.ingestion.internal.read.PriceListReader;
import org.jspecify.annotations.Nullable;

/**
 * Extracts claims and typed market events from a document by an explicit cascade of named rules:
 * every sentence or bullet becomes an attributed claim; then, stage by stage, tables read by their
 * headers, token prices and relative prices, model releases and training hardware, and finally
 * dollar amounts typed by their cue words become market events, each naming the rule that found
 * it. Names come from the {@link Lexicon} (data files an administrator can extend) and from what a
 * sentence says of a name it does not list. Amounts are US dollars, fully expanded; token prices
 * are US dollars per one million tokens. A price list's rows become one price each.
 */
public final class RuleBasedExtractor {
    /** The extractor's name in every provenance it writes. */
    public static final String NAME = "rules";
    /** The version of the rules; bump it when they change what they extract. */
    public static final String VERSION = "6";

    private static final int PRONOUN_REACH = 8;

    private final Lexicon lexicon;
    private final Names names;
    private final List<Rule> cascade;

    /** The extractor with the shipped lexicon. */
    public RuleBasedExtractor() {
        this(Lexicon.builtIn());
    }

    /** The extractor with a lexicon of its own (the shipped one plus an administrator's additions). */
    public RuleBasedExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new Names(lexicon);
        this.cascade = cascade();
    }

    /** The rules, in the order they run: by stage, then by priority. */
    static List<Rule> cascade() {
        List<Rule> rules = new ArrayList<>(List.of(
                new TableRule(),
                new PriceRule(),
                new RatioRule(),
                new ListRule(),
                new ReleaseRule(),
                new GpuRule(),
                new MoneyRule()));
        rules.sort(Comparator.comparingInt(Rule::stage)
                .thenComparing(Comparator.comparingInt(Rule::priority).reversed()));
        return List.copyOf(rules);
    }

    /**
     * Extracts one document.
     *
     * @param doc the document as read
     * @param documentId its identity
     * @param fallbackDate the report date when the document states none
     * @return its claims and market events, in document order
     */
    public Extraction extract(ParsedDocument doc, DocumentId documentId, LocalDate fallbackDate) {
        if (doc.format().equals(PriceListReader.FORMAT)) {
            return PriceListExtractor.extract(doc.title(), doc.text(), documentId);
        }
        List<View> views = views(doc, fallbackDate);
        EventFactory factory = new EventFactory(documentId);
        List<ClaimRecorded> claims = new ArrayList<>();
        for (View view : views) {
            if (view.sentence().claimWorthy() && !lexicon.furniture(view.text())) {
                claims.add(new ClaimRecorded(ClaimId.of(documentId, claims.size()), factory.provenance(view)));
            }
        }
        DocContext context = new DocContext(views, lexicon);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : cascade) {
            for (int i = 0; i < views.size(); i++) {
                findings.addAll(rule.apply(context, i));
            }
        }
        List<MarketEvent> events =
                Deduplicator.dedupe(findings).stream().map(factory::create).toList();
        return new Extraction(claims, events);
    }

    private List<View> views(ParsedDocument doc, LocalDate fallbackDate) {
        String text = doc.text();
        LocalDate base = doc.date() != null ? doc.date() : fallbackDate;
        LocalDate[] dates = EpisodeDates.byLine(text, base);
        String[] lines = text.split("\n", -1);
        Map<Integer, String> quoted = Attributions.byQuotedLine(text);
        Speakers speakers = new Speakers(text, lexicon);
        List<View> views = new ArrayList<>();
        String lastSpeaker = null;
        int lastSpeakerAt = Integer.MIN_VALUE / 2;
        for (Sentence sentence : Segmenter.split(text)) {
            String quote = text.substring(sentence.start(), sentence.end());
            String speaker = explicitSpeaker(speakers, quoted, lines[sentence.line()], sentence.line(), quote);
            if (speaker != null) {
                lastSpeaker = speaker;
                lastSpeakerAt = views.size();
            } else if (Speakers.byPronoun(quote) && views.size() - lastSpeakerAt <= PRONOUN_REACH) {
                speaker = lastSpeaker;
            }
            views.add(new View(views.size(), sentence, quote, speaker, dates[sentence.line()], names.find(quote)));
        }
        return withModelShortForms(withShortForms(text, views));
    }

    private static final Pattern VERSION_TOKEN = Pattern.compile("\\p{Lu}\\d+(?:\\.\\d+)?");
    private static final Pattern FAMILY_WORD = Pattern.compile("^\\s(?:family|series|lineup|models)\\b");

    /**
     * Models named in full once and by a shorter name after that: "DeepSeek R1" then "R1"; and the
     * members of a family named once ("the Claude 3 family: Haiku, Sonnet, Opus") by their model
     * word alone. The shorter names name the full model in this document.
     */
    private List<View> withModelShortForms(List<View> views) {
        Map<String, Mention> byVersion = new HashMap<>();
        Map<String, Set<String>> byLastWord = new HashMap<>();
        Set<String> labels = new LinkedHashSet<>();
        for (View v : views) {
            for (Mention m : v.names()) {
                if (!m.model() || !m.versioned()) {
                    continue;
                }
                String[] words = m.name().split("[\\s-]");
                String last = words[words.length - 1];
                if (words.length == 2 && VERSION_TOKEN.matcher(last).matches()) {
                    byVersion.putIfAbsent(last, m);
                }
                if (words.length >= 2 && lexicon.modelWord(last) && Character.isUpperCase(last.charAt(0))) {
                    byLastWord.computeIfAbsent(last, w -> new LinkedHashSet<>()).add(m.name());
                }
                if (FAMILY_WORD.matcher(v.text().substring(m.end())).lookingAt()) {
                    labels.add(m.name());
                }
            }
        }
        String label = labels.size() == 1 ? labels.iterator().next() : null;
        byLastWord.values().removeIf(names -> names.size() != 1);
        if (byVersion.isEmpty() && label == null && byLastWord.isEmpty()) {
            return views;
        }
        List<View> out = new ArrayList<>(views.size());
        for (View v : views) {
            List<Mention> all = new ArrayList<>();
            for (Mention m : v.names()) {
                if (m.model() && !m.versioned() && label != null && lexicon.modelWord(m.name())) {
                    all.add(Mention.model(m.start(), m.end(), label + " " + m.name(), m.org(), true));
                } else {
                    all.add(m);
                }
            }
            byVersion.forEach((version, full) -> {
                if (!v.text().contains(version)) {
                    return;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-])" + version + "(?![\\p{L}\\p{N}-])")
                        .matcher(v.text());
                while (m.find()) {
                    all.add(Mention.model(m.start(), m.end(), full.name(), full.org(), true));
                }
            });
            byLastWord.forEach((word, full) -> {
                if (!v.text().contains(word)) {
                    return;
                }
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}-]\\s?)" + word + "(?=\\s?[(:—–-]|\\sat\\s\\$)")
                        .matcher(v.text());
                while (m.find()) {
                    all.add(Mention.model(m.start(), m.end(), full.iterator().next(), null, true));
                }
            });
            if (label != null) {
                Matcher w = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}-])")
                        .matcher(v.text());
                while (w.find()) {
                    if (lexicon.modelWord(w.group(1)) && !lexicon.notName(w.group(1))) {
                        all.add(Mention.model(w.start(), w.end(), label + " " + w.group(1), null, true));
                    }
                }
            }
            out.add(new View(
                    v.index(), v.sentence(), v.text(), v.speaker(), v.reportedOn(), Names.withoutOverlaps(all)));
        }
        return out;
    }

    /**
     * A company named in full once ("Scale AI", "Safe Superintelligence Inc.") is often named by its
     * first word after that ("Scale said"): that word names it too, in this document, unless the
     * document also writes it in lower case (then it is an ordinary word).
     */
    private List<View> withShortForms(String text, List<View> views) {
        Map<String, String> shortForms = new HashMap<>();
        for (View v : views) {
            for (Mention m : v.orgs()) {
                String[] words = m.name().split(" ");
                String first = words[0];
                if (words.length > 1
                        && first.length() >= 3
                        && Character.isUpperCase(first.charAt(0))
                        && !lexicon.notName(first)
                        && lexicon.company(first) == null
                        && (!text.contains(first.toLowerCase(Locale.ROOT))
                                || text.split("(?<![\\p{L}])" + Pattern.quote(first) + "(?![\\p{L}\\p{N}])", -1).length
                                        > 3)) {
                    shortForms.putIfAbsent(first, m.name());
                }
            }
        }
        if (shortForms.isEmpty()) {
            return views;
        }
        Map<String, Pattern> patterns = new HashMap<>();
        shortForms
                .keySet()
                .forEach(word -> patterns.put(
                        word, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")));
        List<View> out = new ArrayList<>(views.size());
        for (View v : views) {
            List<Mention> all = new ArrayList<>(v.names());
            shortForms.forEach((word, name) -> {
                if (!v.text().contains(word)) {
                    return;
                }
                Matcher m = patterns.get(word).matcher(v.text());
                while (m.find()) {
                    all.add(Mention.company(m.start(), m.end(), name, true, false));
                }
            });
            out.add(new View(
                    v.index(), v.sentence(), v.text(), v.speaker(), v.reportedOn(), Names.withoutOverlaps(all)));
        }
        return out;
    }

    private static @Nullable String explicitSpeaker(
            Speakers speakers, Map<Integer, String> quoted, String line, int lineIndex, String quote) {
        String attributed = quoted.get(lineIndex);
        if (attributed != null) {
            return speakers.complete(attributed);
        }
        String prefixed = speakers.prefixOf(line);
        return prefixed != null ? prefixed : speakers.inSentence(quote);
    }
}
