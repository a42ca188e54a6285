package org.frontierledger.ingestion.internal.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Quote attribution lines ("— Travis Kalanick", "- Name, Show") and the quote lines they name. */
final class Attributions {
    private static final String NAME = "[A-Z][\\p{L}'’.-]+(?: (?:[A-Z][\\p{L}'’.-]+|de|van|von|da|bin)){0,3}";
    private static final Pattern DASH_LINE =
            Pattern.compile("^([—–―]|-(?=\\s))\\s*(?:Referenced by\\s+|via\\s+)?(" + NAME + ")\\s*(?:[,(].*)?$");

    private Attributions() {}

    /** The name an attribution line gives, or null when the line is not one. */
    static @Nullable String nameIn(String line) {
        Matcher m = DASH_LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(2);
        boolean hyphen = m.group(1).equals("-");
        return hyphen && !name.contains(" ") ? null : name;
    }

    /** For each quoted line (by index), the name its following attribution line gives. */
    static Map<Integer, String> byQuotedLine(String text) {
        Map<Integer, String> named = new HashMap<>();
        String[] lines = text.split("\n", -1);
        int lastContent = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String name = nameIn(lines[i]);
            if (name != null && lastContent >= 0) {
                named.put(lastContent, name);
            } else if (name == null) {
                lastContent = i;
            }
        }
        return named;
    }
}
