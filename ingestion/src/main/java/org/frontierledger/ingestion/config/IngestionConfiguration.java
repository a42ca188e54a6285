package org.frontierledger.ingestion.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the ingestion settings; the service itself is a component of the root package. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestionProperties.class, FetchProperties.class, SourceProperties.class,
        PartProperties.class})
public class IngestionConfiguration {}
