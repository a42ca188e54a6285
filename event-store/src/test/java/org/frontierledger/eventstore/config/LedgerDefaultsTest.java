package org.frontierledger.eventstore.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LedgerDefaultsTest {

    private static StandardEnvironment environmentWith(String url) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        new LedgerDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void postgresSendsBatchedInsertsAsMultiRowInsertsAndH2IsLeftAlone() {
        assertThat(environmentWith("jdbc:postgresql://db:5432/ledger")
                        .getProperty(LedgerDefaults.REWRITE_BATCHED_INSERTS))
                .isEqualTo("true");
        assertThat(environmentWith("jdbc:h2:file:./data/ledger;AUTO_SERVER=TRUE")
                        .getProperty(LedgerDefaults.REWRITE_BATCHED_INSERTS))
                .isNull();
        assertThat(environmentWith("jdbc:h2:mem:x").getProperty("axon.serializer.events"))
                .isEqualTo("jackson");
    }
}
