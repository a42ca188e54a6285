package org.frontierledger.projections;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the event store and this module's read models, for integration tests. */
@SpringBootApplication
public class ProjectionsTestApplication {}
