package org.frontierledger.eventstore.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/**
 * The name of this node in a cluster of several servers on one database: {@code ledger.node.id}
 * ({@code LEDGER_NODE_ID}) when set, else an id generated once and kept in the data folder
 * ({@code <ledger.data-dir>/node-id}), so a node keeps its name across restarts and two nodes with
 * data folders of their own never share one.
 *
 * <p>It names this node's own event processor of the Lucene index (each node keeps its own index
 * replica, with its own token) and prefixes the owner of the token claims this process holds.
 *
 * @param value letters, digits, {@code .}, {@code _} or {@code -}; at most 40 characters
 */
public record NodeId(String value) {
    /** The property that names the node. */
    public static final String PROPERTY = "ledger.node.id";
    /** The file in the data folder that keeps a generated id. */
    public static final String FILE = "node-id";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public NodeId {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    PROPERTY + " must be 1 to 40 letters, digits, '.', '_' or '-': '" + value + "'");
        }
    }

    /** This node's id under these settings, generating and storing one on the first start. */
    public static NodeId of(Environment environment) {
        String configured = environment.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return new NodeId(configured);
        }
        return storedIn(Path.of(environment.getProperty("ledger.data-dir", "./data")));
    }

    /** The id kept in this data folder, generated and written there when there is none yet. */
    static NodeId storedIn(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                String generated = "node-" + UUID.randomUUID().toString().substring(0, 8);
                Path staging = Files.createTempFile(dataDir, FILE, ".tmp");
                Files.writeString(staging, generated + "\n", StandardCharsets.UTF_8);
                try {
                    // Two processes starting on one new folder at once: the first file stays.
                    Files.createLink(file, staging);
                } catch (FileAlreadyExistsException taken) {
                    // fine: read the one that is there
                } catch (UnsupportedOperationException | IOException noLinks) {
                    if (!Files.exists(file)) {
                        Files.move(staging, file);
                    }
                }
                Files.deleteIfExists(staging);
            }
            return new NodeId(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot keep the node id in " + file + " (set " + PROPERTY + " or LEDGER_NODE_ID instead): "
                            + e.getMessage(),
                    e);
        }
    }

    /** The processor name of a per-node processing group: {@code group@node}. */
    public String processorName(String processingGroup) {
        return processingGroup + "@" + value;
    }

    /**
     * The owner this process writes on the token claims it holds: the node id and the process id,
     * so that two processes of one node (a server and a command on the same data folder) never pass
     * for one owner of a segment.
     */
    public String tokenOwner() {
        return value + "/" + ProcessHandle.current().pid();
    }

    @Override
    public String toString() {
        return value;
    }
}
