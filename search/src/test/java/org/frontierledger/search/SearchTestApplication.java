package org.frontierledger.search;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the search module with the event store and nothing else, for integration tests. */
@SpringBootApplication
public class SearchTestApplication {}
