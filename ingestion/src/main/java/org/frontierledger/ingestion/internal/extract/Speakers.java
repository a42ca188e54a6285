package org.frontierledger.ingestion.internal.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who said a sentence, where the text names a person: a "— Name" line under a quote, a "Name:"
 * transcript prefix, "Name argues/notes/says ...", "According to Name", or "He/She says" after a
 * named speaker. Short names are completed from the document ("Sacks" to "David Sacks").
 */
final class Speakers {
    private static final String TOKEN = "[A-Z][\\p{L}'’-]*[\\p{L}]";
    private static final String VERB = "(?:argu(?:e|es|ed)|notes?|noted|says?|said|claim(?:s|ed)?|explain(?:s|ed)?"
            + "|believes?|believed|contend(?:s|ed)?|predict(?:s|ed)?|warn(?:s|ed)?|highlight(?:s|ed)?|cite(?:s|d)?"
            + "|report(?:s|ed)|stress(?:es|ed)|estimate(?:s|d)|states|stated|acknowledge(?:s|d)|advise(?:s|d)"
            + "|expects?|expected|thinks|thought|told|tells|adds|added|recount(?:s|ed)|suggest(?:s|ed)?"
            + "|insist(?:s|ed)?|observe(?:s|d)|points? out|pointed out|breaks down|broke down|emphasi[sz]e(?:s|d)"
            + "|describe(?:s|d)|calls|called|counter(?:s|ed)|agree(?:s|d)?|elaborate(?:s|d)|outline(?:s|d)"
            + "|writes|wrote|assert(?:s|ed)|views|envisions|attributes|advocates|criticizes|disagrees|identifies"
            + "|sees|frames|positions|summarizes|concedes|admits|maintains|cautions|forecasts|projects)";
    /** The verbs alone: a cheap check before the patterns that look for a name in front of them. */
    private static final Pattern VERB_ONLY = Pattern.compile("\\b" + VERB + "\\b");

    private static final Pattern NAMED_VERB = Pattern.compile("(?<![\\p{L}'’])(" + TOKEN + "(?: " + TOKEN
            + "){0,3}(?: (?:and|&) " + TOKEN + "(?: " + TOKEN + ")?)?) (?:also |further |then |now )?" + VERB + "\\b");
    private static final Pattern BY_VERBING = Pattern.compile("(?<![\\p{L}'’])(" + TOKEN + "(?: " + TOKEN
            + ")?) (?:[a-z]+ ){1,3}by (?:arguing|saying|claiming|noting|suggesting|predicting|explaining)\\b");
    private static final Pattern ACCORDING =
            Pattern.compile("\\b[Aa]ccording to (" + TOKEN + "(?: " + TOKEN + "){0,2})");
    private static final Pattern SAYS_AFTER = Pattern.compile(
            ",\\s(?:says|said|notes|noted|argues|argued|according to)" + " (" + TOKEN + "(?: " + TOKEN + "){0,2})");
    private static final Pattern PREFIX = Pattern.compile("^(" + TOKEN + "(?: " + TOKEN + "){0,2}):\\s+\\S");
    private static final Pattern PRONOUN =
            Pattern.compile("(?:^|, )(?:[Hh]e|[Ss]he) (?:also |further )?" + VERB + "\\b");
    private static final Set<String> NOT_NAMES = Set.of(
            "As",
            "While",
            "But",
            "And",
            "The",
            "In",
            "On",
            "At",
            "So",
            "Then",
            "Yet",
            "Also",
            "When",
            "Meanwhile",
            "Here",
            "There",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "If",
            "Why",
            "How",
            "What",
            "Sources",
            "Analysts",
            "Critics",
            "Experts",
            "Investors",
            "Reports",
            "Report",
            "Study",
            "Data",
            "Research",
            "Polls",
            "Many",
            "Some",
            "Most",
            "Others",
            "I",
            "We",
            "They",
            "You",
            "He",
            "She",
            "Key",
            "Points",
            "Note",
            "Summary",
            "Source",
            "Duration",
            "Update",
            "Price",
            "Chapters",
            "Transcript",
            "Sections",
            "Takeaway",
            "Takeaways",
            "Q",
            "A",
            "Answer",
            "Question",
            "Host",
            "Guest",
            "Example",
            "Warning",
            "China",
            "America",
            "Americans",
            "US",
            "USA",
            "Europe",
            "Russia",
            "India",
            "Japan",
            "Korea",
            "Taiwan",
            "Israel",
            "Congress",
            "Senate",
            "Washington",
            "Beijing",
            "Democrats",
            "Republicans",
            "Government",
            "Chinese",
            "Western",
            "Silicon",
            "Valley",
            "Wall",
            "Street",
            "Polymarket",
            "Episode",
            "Chapter",
            "Overall",
            "Today",
            "Yesterday",
            "Both",
            "Each",
            "Everyone",
            "Nobody",
            "Users",
            "Developers",
            "CEO",
            "CFO",
            "CTO",
            "COO",
            "Founder",
            "President",
            "Chairman",
            "Professor",
            "Dr",
            "Mr",
            "Ms",
            "Mrs",
            "AI",
            "Is",
            "Did",
            "Does",
            "Do",
            "Can",
            "Will",
            "Should",
            "Would",
            "Could",
            "Who",
            "Which",
            "Where");

    private static final int MAX_NAME_TOKENS = 3;

    private final Map<String, String> fullNames;
    private final Lexicon lexicon;

    Speakers(String text, Lexicon lexicon) {
        this.fullNames = FullNames.index(text, lexicon);
        this.lexicon = lexicon;
    }

    /** The person a sentence names as its speaker, or null. */
    @Nullable
    String inSentence(String sentence) {
        boolean verb = mayHaveVerb(sentence) && VERB_ONLY.matcher(sentence).find();
        for (Pattern pattern : List.of(ACCORDING, NAMED_VERB, SAYS_AFTER, BY_VERBING)) {
            boolean possible = pattern == ACCORDING
                    ? sentence.contains("ccording to ")
                    : pattern == BY_VERBING
                            ? sentence.contains(" by ")
                            : pattern == SAYS_AFTER ? sentence.contains(", ") : verb;
            if (!possible) {
                continue;
            }
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                String name = person(m.group(1));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The speaker a "Name: ..." line prefix gives, or null. */
    @Nullable
    String prefixOf(String line) {
        Matcher m = PREFIX.matcher(line);
        return m.lookingAt() ? person(m.group(1)) : null;
    }

    /** Whether a sentence reports speech by "he" or "she". */
    static boolean byPronoun(String sentence) {
        return (sentence.contains("he ") || sentence.contains("He "))
                && PRONOUN.matcher(sentence).find();
    }

    private static final String[] VERB_STEMS = {
        "argu",
        "note",
        "say",
        "said",
        "claim",
        "explain",
        "believ",
        "contend",
        "predict",
        "warn",
        "highlight",
        "cite",
        "report",
        "stress",
        "estimat",
        "state",
        "acknowledg",
        "advis",
        "expect",
        "think",
        "thought",
        "told",
        "tell",
        "add",
        "recount",
        "suggest",
        "insist",
        "observ",
        "point",
        "break",
        "broke",
        "emphasi",
        "describ",
        "call",
        "counter",
        "agree",
        "elaborat",
        "outlin",
        "writes",
        "wrote",
        "assert",
        "view",
        "envision",
        "attribut",
        "advocat",
        "critici",
        "disagree",
        "identif",
        "sees",
        "frame",
        "position",
        "summari",
        "concede",
        "admit",
        "maintain",
        "caution",
        "forecast",
        "project"
    };

    /** A cheap check before the verb pattern: one of the verbs' stems is in the sentence. */
    private static boolean mayHaveVerb(String sentence) {
        for (String stem : VERB_STEMS) {
            if (sentence.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A name completed from the document, joined names completed one by one. */
    String complete(String name) {
        return Arrays.stream(name.split(" (?:and|&) "))
                .map(part -> fullNames.getOrDefault(part, part))
                .collect(Collectors.joining(" and "));
    }

    private @Nullable String person(String words) {
        String[] parts = words.split(" (?:and|&) ");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String cleaned = stripNonNames(part);
            if (cleaned == null) {
                return null;
            }
            out.append(out.isEmpty() ? "" : " and ").append(cleaned);
        }
        return complete(out.toString());
    }

    private @Nullable String stripNonNames(String part) {
        List<String> tokens = Arrays.stream(part.split(" "))
                .dropWhile(t -> NOT_NAMES.contains(t) || lexicon.notName(t) || t.equals(t.toUpperCase(Locale.ROOT)))
                .toList();
        if (tokens.size() > MAX_NAME_TOKENS) {
            tokens = tokens.subList(tokens.size() - 2, tokens.size());
        }
        if (tokens.isEmpty()
                || tokens.stream()
                        .anyMatch(t -> NOT_NAMES.contains(t)
                                || lexicon.company(t) != null
                                || lexicon.company(t.replaceFirst("['’]s?$", "")) != null
                                || lexicon.show(t))) {
            return null;
        }
        return String.join(" ", tokens);
    }
}
