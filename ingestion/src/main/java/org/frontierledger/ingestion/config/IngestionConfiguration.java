package org.frontierledger.ingestion.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link IngestionProperties}; the service itself is a component of the root package. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestionProperties.class, FetchProperties.class, SourceProperties.class})
public class IngestionConfiguration {}
