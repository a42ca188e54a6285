package org.frontierledger.digest;

import java.time.Clock;
import java.time.Duration;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.cluster.ClusterLocks;
import org.frontierledger.export.DigestExporters;
import org.frontierledger.projections.digest.WeeklyDigests;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.CronExpression;

/** The digest's weekly schedule in the server (never in a command-line run). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestProperties.class)
class DigestConfiguration {

    /** The schedule runs in the server only, never in a command-line run. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    @ConditionalOnProperty(
            name = {"ledger.digest.enabled", "ledger.read-side.enabled"},
            havingValue = "true",
            matchIfMissing = true)
    static class Scheduling {
        @Bean
        DigestSchedule digestSchedule(
                WeeklyDigests digests,
                DigestExporters exporters,
                DigestArchive archive,
                ProjectionReplayer replayer,
                Clock clock,
                DigestProperties properties,
                ClusterLocks locks) {
            // Validates the expression at start-up rather than at the first Monday.
            if (!properties.schedule().equals("-")) {
                CronExpression.parse(properties.schedule());
            }
            return new DigestSchedule(
                    digests, exporters, archive, replayer, clock, Duration.ofMinutes(10), properties.schedule(), locks);
        }
    }
}
