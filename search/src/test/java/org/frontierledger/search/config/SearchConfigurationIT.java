package org.frontierledger.search.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.frontierledger.eventstore.cluster.NodeId;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.internal.index.ClaimIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

class SearchConfigurationIT {

    @TempDir
    Path dataDir;

    /** The module's beans as component scanning finds them, without the event store. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(
            basePackageClasses = ClaimSearch.class,
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "org\\.frontierledger\\.search\\.(ClaimSearch|config\\.SearchConfiguration"
                                    + "|internal\\.index\\.ClaimIndexProjection)"))
    static class SearchModule {}

    /** The node this process is, which the event store's configuration would give (the index processor is named after it). */
    @Configuration(proxyBeanMethods = false)
    static class ThisNode {
        @Bean
        NodeId nodeId() {
            return new NodeId("node-test");
        }
    }

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(SearchModule.class, ThisNode.class);

    @Test
    void readSideIsOnUnlessSwitchedOff() {
        runner.withPropertyValues("ledger.data-dir=" + dataDir).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(ClaimSearch.class).hasSingleBean(ClaimIndex.class);
            assertThat(context).hasBean("claimIndexProjection");
        });
    }

    @Test
    void switchedOffReadSideHasNoIndexNorSearch() {
        runner.withPropertyValues("ledger.data-dir=" + dataDir, "ledger.read-side.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ClaimSearch.class).doesNotHaveBean(ClaimIndex.class);
                    assertThat(context).doesNotHaveBean("claimIndexProjection");
                });
        assertThat(dataDir.resolve("index")).doesNotExist();
    }

    @Test
    void indexLivesInTheDataFolderByDefault() {
        runner.withPropertyValues("ledger.data-dir=" + dataDir)
                .run(context ->
                        assertThat(context.getBean(ClaimIndex.class).path()).isEqualTo(dataDir.resolve("index")));
    }

    @Test
    void indexDirCanBeSetOnItsOwn() {
        Path elsewhere = dataDir.resolve("elsewhere");
        runner.withPropertyValues("ledger.data-dir=" + dataDir, "ledger.search.index-dir=" + elsewhere)
                .run(context ->
                        assertThat(context.getBean(ClaimIndex.class).path()).isEqualTo(elsewhere));
        assertThat(elsewhere.resolve("write.lock")).exists();
    }
}
