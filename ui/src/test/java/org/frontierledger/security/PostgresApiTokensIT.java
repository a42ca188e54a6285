package org.frontierledger.security;

import org.frontierledger.LedgerTestSupport;
import org.frontierledger.eventstore.testing.PostgresSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The token store on PostgreSQL, chosen by configuration alone. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"ledger.sample-data.enabled=false", "spring.main.web-application-type=none"})
@PostgresSchema("tokens_it")
class PostgresApiTokensIT extends ApiTokensContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("pg-tokens"));
    }
}
