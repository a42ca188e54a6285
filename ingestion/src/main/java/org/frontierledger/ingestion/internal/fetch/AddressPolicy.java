package org.frontierledger.ingestion.internal.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontierledger.ingestion.IngestException;
import org.jspecify.annotations.Nullable;

/**
 * Which URLs may be fetched at all. URLs come from users, so a request must not reach the
 * server's own loopback, the private network it sits in, link-local addresses, or a cloud's
 * metadata service (server-side request forgery). Only http and https are fetched; every address
 * a host name resolves to is checked, and the fetcher checks each redirect hop again. Hosts an
 * admin lists ({@code ledger.fetch.allowed-hosts}) are exempt, by the name written in the URL.
 *
 * <p>Why checking the answers is enough here: the connection that follows resolves the same name
 * again, and the JVM's DNS cache (30 s for positive answers unless configured otherwise) returns
 * the answer just checked, so a name cannot be rebound between the check and the connection.
 */
final class AddressPolicy {
    private static final Set<String> METADATA_HOSTS = Set.of(
            "metadata.google.internal", "metadata", "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    /** Resolves a host name to all of its addresses. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    AddressPolicy(List<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    AddressPolicy(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    /** Returns the URL when it may be fetched; otherwise throws {@link IngestException} saying why. */
    URI check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IngestException(url + ": only http and https URLs can be fetched");
        }
        String host = url.getHost();
        if (host == null || host.isBlank()) {
            throw new IngestException(url + ": the URL has no host");
        }
        if (url.getUserInfo() != null) {
            throw new IngestException(url + ": URLs with a user name or password are not fetched");
        }
        String name = bare(host);
        if (allowedHosts.contains(name)) {
            return url;
        }
        if (METADATA_HOSTS.contains(name)) {
            throw refused(url, name + " is a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new IngestException(url + ": unknown host " + name, e);
        }
        for (InetAddress address : addresses) {
            String why = forbidden(address);
            if (why != null) {
                throw refused(url, name + " resolves to " + address.getHostAddress() + ", " + why);
            }
        }
        return url;
    }

    private static IngestException refused(URI url, String why) {
        return new IngestException(url + ": refused: " + why + "; such addresses are fetched only when an admin"
                + " lists the host in LEDGER_FETCH_ALLOWED_HOSTS (ledger.fetch.allowed-hosts)");
    }

    private static String bare(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** Why this address must not be fetched, or null when it may be. */
    static @Nullable String forbidden(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return forbidden6(v6);
        }
        byte[] b = address.getAddress();
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 169 && a1 == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) {
            return "a cloud metadata address";
        }
        if (address.isAnyLocalAddress() || a0 == 0) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return "a shared (carrier-grade NAT) address";
        }
        if (address.isMulticastAddress() || a0 >= 240) {
            return "a multicast or reserved address";
        }
        if ((a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) || (a0 == 198 && (a1 & 0xfe) == 18)) {
            return "a reserved address";
        }
        return null;
    }

    private static @Nullable String forbidden6(Inet6Address address) {
        byte[] b = address.getAddress();
        if (b[0] == (byte) 0xfd
                && b[1] == 0x00
                && b[2] == 0x0e
                && b[3] == (byte) 0xc2
                && b[15] == 0x54
                && Arrays.equals(b, 4, 14, new byte[10], 0, 10)
                && b[14] == 0x02) {
            return "a cloud metadata address";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return "a link-local or site-local address";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a private (unique local) address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        InetAddress embedded = embeddedIpv4(b);
        if (embedded != null) {
            String why = forbidden(embedded);
            return why == null ? null : why + " (embedded in " + address.getHostAddress() + ")";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
    private static @Nullable InetAddress embeddedIpv4(byte[] b) {
        byte[] v4;
        if (Arrays.equals(b, 0, 12, new byte[12], 0, 12)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if (b[0] == 0x00
                && b[1] == 0x64
                && b[2] == (byte) 0xff
                && b[3] == (byte) 0x9b
                && Arrays.equals(b, 4, 12, new byte[8], 0, 8)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            v4 = Arrays.copyOfRange(b, 2, 6);
        } else {
            return null;
        }
        try {
            return Inet4Address.getByAddress(v4);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
