package org.frontierledger.ingestion.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.frontierledger.ingestion.LexiconException;
import org.frontierledger.ingestion.internal.extract.Lexicon;
import org.frontierledger.ingestion.internal.extract.RuleBasedExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link IngestionProperties} and builds the one extractor every service of this process
 * shares: the shipped lexicon plus an administrator's files in {@code <ledger.data-dir>/lexicon/}.
 * The services themselves are components of the root package.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    IngestionProperties.class,
    FetchProperties.class,
    SourceProperties.class,
    PartProperties.class
})
public class IngestionConfiguration {
    private static final Logger log = LoggerFactory.getLogger(IngestionConfiguration.class);

    /** The administrator's lexicon folder of a data folder. */
    public static Path lexiconFolder(Path dataDir) {
        return dataDir.resolve("lexicon").toAbsolutePath().normalize();
    }

    /**
     * The extractor with the shipped lists and those of {@code <data dir>/lexicon/} (read once, at
     * start; {@code reextract} or a restart applies later changes).
     *
     * @throws LexiconException when a file there is malformed or names a spelling twice, so that the
     *     process does not start with half a lexicon; the message names the file and line
     */
    @Bean
    RuleBasedExtractor ruleBasedExtractor(@Value("${ledger.data-dir:./data}") String dataDir) {
        Path folder = lexiconFolder(Path.of(dataDir));
        Lexicon lexicon;
        try {
            lexicon = Lexicon.load(folder);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // Lexicon's own message names the file and line; its cause (a regex error) would not.
            throw new LexiconException(folder, e.getMessage());
        }
        List<String> added = administratorFiles(folder);
        if (!added.isEmpty()) {
            log.info("Lexicon: the shipped lists plus {} from {}", String.join(", ", added), folder);
        }
        return new RuleBasedExtractor(lexicon);
    }

    private static List<String> administratorFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
