package org.frontierledger;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same path with PostgreSQL chosen by configuration alone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.sample-data.enabled=false", "spring.main.web-application-type=none"})
@Import(PostgresPipelineIT.DropSchemaOnClose.class)
class PostgresPipelineIT extends PipelineContract {
    private static final String SCHEMA = TestDatabases.newSchemaName("pipeline_it");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("pg-pipeline"));
        TestDatabases.usePostgres(registry, SCHEMA);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DropSchemaOnClose {
        @Bean
        DisposableBean dropSchema() {
            return () -> TestDatabases.dropPostgresSchema(SCHEMA);
        }
    }
}
