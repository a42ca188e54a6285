package org.frontierledger.ingestion;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the event store and this module's services, for integration tests. */
@SpringBootApplication
public class IngestionTestApplication {}
