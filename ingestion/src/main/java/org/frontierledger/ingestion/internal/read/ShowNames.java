package org.frontierledger.ingestion.internal.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Best-effort recognition of the podcast, newsletter or site a text belongs to. */
final class ShowNames {
    /** Well-known shows: the spelling looked for, then the name reported. */
    private static final List<String[]> KNOWN = List.of(
            new String[] {"all-in podcast", "All-In Podcast"},
            new String[] {"twenty minute vc", "The Twenty Minute VC"},
            new String[] {"20vc", "The Twenty Minute VC"},
            new String[] {"dwarkesh podcast", "Dwarkesh Podcast"},
            new String[] {"lex fridman podcast", "Lex Fridman Podcast"},
            new String[] {"hard fork", "Hard Fork"},
            new String[] {"no priors", "No Priors"},
            new String[] {"latent space", "Latent Space"},
            new String[] {"invest like the best", "Invest Like the Best"},
            new String[] {"odd lots", "Odd Lots"},
            new String[] {"acquired podcast", "Acquired"},
            new String[] {"bg2 pod", "BG2"},
            new String[] {"stratechery", "Stratechery"});

    private static final Pattern EPISODE_OF = Pattern.compile(
            "(?:episode|edition) of (The [A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,4}|[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,4})");
    private static final Pattern PODCAST = Pattern.compile("\\b((?:[A-Z][\\w'-]*[a-z] ){1,3}Podcast)\\b");
    private static final int HEAD_LINES = 5;

    private ShowNames() {}

    static @Nullable String find(String text) {
        String head = head(text);
        String lower = head.toLowerCase(Locale.ROOT);
        for (String[] show : KNOWN) {
            if (lower.contains(show[0])) {
                return show[1];
            }
        }
        String start = text.length() > DocumentDates.HEAD ? text.substring(0, DocumentDates.HEAD) : text;
        Matcher episode = EPISODE_OF.matcher(start);
        if (episode.find()) {
            return episode.group(1);
        }
        Matcher podcast = PODCAST.matcher(head);
        return podcast.find() ? podcast.group(1) : null;
    }

    private static String head(String text) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank() && lines++ < HEAD_LINES) {
                head.append(line).append('\n');
            }
        }
        return head.toString();
    }
}
