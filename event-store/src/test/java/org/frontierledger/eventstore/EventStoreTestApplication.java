package org.frontierledger.eventstore;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the event store alone, for this module's integration tests. */
@SpringBootApplication
public class EventStoreTestApplication {}
