package org.frontierledger.ingestion.internal.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one crawler, read as RFC 9309 says: the groups naming our
 * product token (case-insensitively) apply, else the {@code *} groups, else nothing is disallowed;
 * the longest matching rule wins, and {@code allow} wins a tie. {@code *} matches any characters
 * and a final {@code $} anchors the end. Immutable.
 */
final class RobotsRules {
    static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code body} that apply to the crawler called {@code productToken}. */
    static RobotsRules parse(String body, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Group> groups = groups(body);
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        for (Group group : groups) {
            if (group.agents.contains(token)) {
                ours.addAll(group.rules);
            } else if (group.agents.contains("*")) {
                anyone.addAll(group.rules);
            }
        }
        boolean named = groups.stream().anyMatch(group -> group.agents.contains(token));
        return new RobotsRules(named ? ours : anyone);
    }

    /** Whether the path (with its query, if any) may be fetched. */
    boolean allows(String pathAndQuery) {
        if (pathAndQuery.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(pathAndQuery) && (best == null || rule.pattern.length() > best.pattern.length()
                    || (rule.pattern.length() == best.pattern.length() && rule.allow))) {
                best = rule;
            }
        }
        return best == null || best.allow;
    }

    private static List<Group> groups(String body) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean inAgents = false;
        for (String raw : body.split("\r\n|\r|\n")) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (current == null || !inAgents) {
                    current = new Group(new ArrayList<>(), new ArrayList<>());
                    groups.add(current);
                }
                current.agents.add(value.toLowerCase(Locale.ROOT));
                inAgents = true;
            } else if ((key.equals("allow") || key.equals("disallow")) && current != null) {
                inAgents = false;
                if (!value.isEmpty()) {
                    current.rules.add(new Rule(key.equals("allow"), value));
                }
            }
        }
        return groups;
    }

    private record Group(List<String> agents, List<Rule> rules) {}

    private record Rule(boolean allow, String pattern, Pattern regex) {
        Rule(boolean allow, String pattern) {
            this(allow, pattern, compile(pattern));
        }

        boolean matches(String path) {
            return regex.matcher(path).lookingAt();
        }

        private static Pattern compile(String pattern) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            StringBuilder regex = new StringBuilder();
            String[] parts = body.split("\\*", -1);
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
            }
            return Pattern.compile(regex + (anchored ? "$" : ""));
        }
    }
}
