package org.frontierledger.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a user may do. Each role includes the ones before it. */
public enum Role {
    /** Browse, search and export. */
    VIEWER,
    /** Also ingest and curate. */
    ANALYST,
    /** Also manage users and rebuild read models. */
    ADMIN;

    /** The Spring Security authorities this role holds: its own and every role below it. */
    public List<String> authorities() {
        return Arrays.stream(values())
                .filter(r -> r.ordinal() <= ordinal())
                .map(r -> "ROLE_" + r.name())
                .toList();
    }

    /** Parses a role name, ignoring case; the message lists the valid ones. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "'; use VIEWER, ANALYST or ADMIN", e);
        }
    }
}
