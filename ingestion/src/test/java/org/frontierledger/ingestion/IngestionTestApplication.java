package org.frontierledger.ingestion;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the event store and ingestion (no read models), for this module's integration tests. */
@SpringBootApplication
public class IngestionTestApplication {}
