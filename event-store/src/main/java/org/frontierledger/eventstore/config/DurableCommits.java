package org.frontierledger.eventstore.config;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes every commit durable before it returns, on every store, so that what the ledger reports as
 * recorded survives the process being killed right after.
 *
 * <p>Why: H2's MVStore acknowledges a commit at once and writes it to the file up to
 * {@code WRITE_DELAY} (500 ms) later, from a background thread; a {@code kill -9} in between lost
 * documents that {@code ingest} had printed as recorded. With {@code WRITE_DELAY=0} the commit
 * writes the store before it returns (and a failed write, such as a full disk, fails the commit
 * instead of a background thread). On PostgreSQL each connection asks for
 * {@code synchronous_commit = on} (the server default, which a server or role setting may have
 * turned off), so a commit returns only once its WAL record is flushed.
 *
 * <p>Applied to Hikari data sources before their pool starts: to the configured URL, whether it is
 * the embedded default or one given in {@code SPRING_DATASOURCE_URL}. In-memory H2 databases (tests)
 * are left alone.
 */
final class DurableCommits implements BeanPostProcessor {
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=\\s*[^;]*");
    static final String POSTGRES_SYNCHRONOUS_COMMIT = "SET synchronous_commit TO on";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            hikari.setJdbcUrl(durableUrl(hikari.getJdbcUrl()));
            hikari.setConnectionInitSql(initSql(hikari.getJdbcUrl(), hikari.getConnectionInitSql()));
        }
        return bean;
    }

    /** The URL with {@code WRITE_DELAY=0} for an H2 database kept in files; any other URL as given. */
    static String durableUrl(String url) {
        if (!isH2Files(url)) {
            return url;
        }
        return WRITE_DELAY.matcher(url).replaceAll("") + ";WRITE_DELAY=0";
    }

    /** The connection init SQL: PostgreSQL's synchronous commit added to what was configured. */
    static @Nullable String initSql(String url, @Nullable String configured) {
        if (!url.startsWith("jdbc:postgresql:")) {
            return configured;
        }
        return configured == null || configured.isBlank()
                ? POSTGRES_SYNCHRONOUS_COMMIT
                : configured + "; " + POSTGRES_SYNCHRONOUS_COMMIT;
    }

    private static boolean isH2Files(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:");
    }
}
