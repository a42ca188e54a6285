package org.frontierledger.search.config;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the claim index, under {@code ledger.search}.
 *
 * @param indexDir the folder of the Lucene index; when unset, {@code index} inside the data folder
 *     ({@code ledger.data-dir}, itself {@code ./data} by default), see {@link #indexDirIn(Path)}.
 *     One process at a time may open it.
 */
@ConfigurationProperties("ledger.search")
public record SearchProperties(@Nullable Path indexDir) {

    /** The folder of the index within this data folder, unless {@link #indexDir()} is set. */
    public Path indexDirIn(Path dataDir) {
        // Resolved here, not by @DefaultValue("${ledger.data-dir}/index"): Spring Boot does not
        // resolve placeholders in default values, and would bind that text literally.
        return indexDir != null ? indexDir : dataDir.resolve("index");
    }
}
