package org.frontierledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an event store holds, read with plain JDBC from outside the application (the process that
 * wrote it may have been killed): the documents' sources, and every event as a comparable line.
 *
 * @param sources the {@code source} of every {@code DocumentIngested}
 * @param events one line per event: stream, sequence number, type and payload (JSON); the Axon
 *     message ids (random) and metadata (user, correlation) are left out, so two ingests of the same
 *     files compare equal
 */
record StoredEvents(Set<String> sources, List<String> events) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static StoredEvents read(String url, String user) throws SQLException, IOException {
        Set<String> sources = new TreeSet<>();
        List<String> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT aggregateIdentifier, sequenceNumber, payloadType, payload"
                                + " FROM DomainEventEntry ORDER BY aggregateIdentifier, sequenceNumber")) {
            while (rows.next()) {
                String type = rows.getString(3);
                String payload = new String(rows.getBytes(4), StandardCharsets.UTF_8);
                if (type.endsWith(".DocumentIngested")) {
                    sources.add(JSON.readTree(payload).get("source").asText());
                }
                events.add(rows.getString(1) + " #" + rows.getLong(2) + " " + type + " " + payload);
            }
        }
        return new StoredEvents(sources, events);
    }
}
