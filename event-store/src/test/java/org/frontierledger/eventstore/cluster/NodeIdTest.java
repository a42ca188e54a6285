package org.frontierledger.eventstore.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class NodeIdTest {
    @TempDir
    Path dataDir;

    @Test
    void aConfiguredIdWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ledger.node.id", "node-b")
                .withProperty("ledger.data-dir", dataDir.toString());

        assertThat(NodeId.of(environment).value()).isEqualTo("node-b");
        assertThat(dataDir.resolve(NodeId.FILE)).doesNotExist();
    }

    @Test
    void withoutOneAnIdIsGeneratedOnceAndKeptInTheDataFolder() throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("ledger.data-dir", dataDir.resolve("new").toString());

        NodeId first = NodeId.of(environment);
        NodeId again = NodeId.of(environment);

        assertThat(first.value()).matches("node-[0-9a-f]{8}");
        assertThat(again).isEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("new").resolve(NodeId.FILE)).strip())
                .isEqualTo(first.value());
        assertThat(NodeId.of(new MockEnvironment()
                        .withProperty(
                                "ledger.data-dir", dataDir.resolve("other").toString())))
                .isNotEqualTo(first);
    }

    @Test
    void namesTheIndexProcessorAndTheClaimsOwner() {
        NodeId node = new NodeId("node-a");

        assertThat(node.processorName("claim-index")).isEqualTo("claim-index@node-a");
        assertThat(node.tokenOwner())
                .isEqualTo("node-a/" + ProcessHandle.current().pid());
    }

    @Test
    void refusesAnIdThatCannotNameAProcessor() {
        assertThatThrownBy(() -> new NodeId("node a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ledger.node.id");
        assertThatThrownBy(() -> new NodeId("")).isInstanceOf(IllegalArgumentException.class);
    }
}
