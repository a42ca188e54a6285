package org.frontierledger.config;

import java.nio.file.Path;
import org.frontierledger.ingestion.EntityNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The companies' canonical names and aliases the views resolve names with: the extractor's shipped
 * lexicon plus an administrator's {@code <data dir>/lexicon/}, so the views and the extractor agree
 * that "Alphabet" is Google.
 */
@Configuration(proxyBeanMethods = false)
public class EntityNamesConfiguration {

    @Bean
    EntityNames entityNames(@Value("${ledger.data-dir:./data}") Path dataDir) {
        return EntityNames.load(dataDir.resolve("lexicon"));
    }
}
