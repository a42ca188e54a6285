package org.frontierledger.eventstore.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashing shared by the typed ids: identities derive from what a thing says. */
final class Ids {
    private Ids() {}

    /** SHA-256 of the parts joined by a unit separator, as lower-case hex, cut to {@code length}. */
    static String hash(int length, String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    static String requireHex(String value, String what) {
        if (value.isEmpty() || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException(what + " must be hexadecimal, got '" + value + "'");
        }
        return value;
    }
}
