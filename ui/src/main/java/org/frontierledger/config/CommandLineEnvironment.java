package org.frontierledger.config;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every run needs before the application starts. A relative data folder
 * ({@code LEDGER_DATA_DIR=store}) is resolved against the current folder, so that the embedded
 * database's URL is absolute (H2 refuses a path implicitly relative to the working directory).
 * Runs without a web server (command-line commands, non-web tests) leave Vaadin out: its
 * auto-configuration needs a web application context and would fail the start otherwise.
 */
public class CommandLineEnvironment implements EnvironmentPostProcessor {
    static final String DATA_DIR = "ledger.data-dir";
    static final String VAADIN_AUTO_CONFIGURATIONS = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty(DATA_DIR);
        if (dataDir != null && !dataDir.isBlank() && !Path.of(dataDir).isAbsolute()) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "frontier-ledger-data-dir",
                            Map.of(
                                    DATA_DIR,
                                    Path.of(dataDir)
                                            .toAbsolutePath()
                                            .normalize()
                                            .toString())));
        }
        boolean nonWeb = application.getWebApplicationType() == WebApplicationType.NONE
                || "none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""));
        if (nonWeb) {
            environment
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "frontier-ledger-command-line",
                            Map.of("spring.autoconfigure.exclude", VAADIN_AUTO_CONFIGURATIONS)));
        }
    }
}
