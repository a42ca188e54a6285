package org.frontierledger.ingestion.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.frontierledger.ingestion.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
    private final AddressPolicy byDefault = new AddressPolicy(List.of());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.8.9.10:8080/",
                "http://localhost/",
                "http://0.0.0.0/",
                "http://10.0.0.1/",
                "http://172.16.5.4/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://169.254.10.10/",
                "http://100.64.0.1/",
                "http://224.0.0.1/",
                "http://[::1]/",
                "http://[::]/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://[fe80::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::a00:1]/",
                "http://[2002:a9fe:a9fe::1]/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://METADATA.google.internal./"
            })
    void refusesLoopbackPrivateLinkLocalAndMetadataAddressesByDefault(String url) {
        assertThatThrownBy(() -> byDefault.check(URI.create(url)))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("ledger.fetch.allowed-hosts");
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() throws UnknownHostException {
        InetAddress publicOne = InetAddress.getByAddress("news.example", new byte[] {93, (byte) 184, (byte) 215, 14});
        InetAddress privateOne = InetAddress.getByAddress("news.example", new byte[] {10, 0, 0, 7});
        AddressPolicy policy = new AddressPolicy(List.of(), host -> new InetAddress[] {publicOne, privateOne});

        assertThatThrownBy(() -> policy.check(URI.create("https://news.example/feed.xml")))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("news.example resolves to 10.0.0.7, a private address");
    }

    @Test
    void allowsPublicAddresses() {
        assertThat(byDefault.check(URI.create("https://93.184.215.14/pricing"))).hasHost("93.184.215.14");
        assertThat(byDefault.check(URI.create("http://[2606:4700::1111]/"))).isNotNull();
    }

    @Test
    void allowsOnlyTheHostsAnAdminListedByTheirName() {
        AddressPolicy policy = new AddressPolicy(List.of("127.0.0.1"));

        assertThat(policy.check(URI.create("http://127.0.0.1:8080/feed.xml"))).isNotNull();
        assertThatThrownBy(() -> policy.check(URI.create("http://localhost:8080/feed.xml")))
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> policy.check(URI.create("http://169.254.169.254/")))
                .hasMessageContaining("metadata");
    }

    @Test
    void refusesOtherSchemesAndCredentialsInUrls() {
        assertThatThrownBy(() -> byDefault.check(URI.create("file:///etc/passwd")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> byDefault.check(URI.create("gopher://93.184.215.14/")))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> byDefault.check(URI.create("http://user:secret@93.184.215.14/")))
                .hasMessageContaining("user name or password");
    }
}
