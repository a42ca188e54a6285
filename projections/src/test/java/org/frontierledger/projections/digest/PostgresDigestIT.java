package org.frontierledger.projections.digest;

import org.frontierledger.eventstore.testing.TestDatabases;
import org.frontierledger.projections.ProjectionsTestApplication;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ProjectionsTestApplication.class)
@Import(PostgresDigestIT.DropSchemaOnClose.class)
class PostgresDigestIT extends DigestReadModelContract {
    private static final String SCHEMA = TestDatabases.newSchemaName("digest_it");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, SCHEMA);
    }

    /** Drops the schema when the (cached) context closes, after its processors have stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DropSchemaOnClose {
        @Bean
        DisposableBean dropSchema() {
            return () -> TestDatabases.dropPostgresSchema(SCHEMA);
        }
    }
}
