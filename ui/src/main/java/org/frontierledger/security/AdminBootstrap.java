package org.frontierledger.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * There is no default password: on the first start with no users, {@code admin} is created with
 * {@code LEDGER_ADMIN_PASSWORD}, or with a generated password printed once in the log.
 */
@Component
@ConditionalOnWebApplication
class AdminBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(
            UserAccounts accounts, @Value("${LEDGER_ADMIN_PASSWORD:${ledger.admin-password:}}") String password) {
        this.accounts = accounts;
        this.configuredPassword = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            accounts.create("admin", configuredPassword, Role.ADMIN);
            log.info("Created user 'admin' with the password from LEDGER_ADMIN_PASSWORD.");
            return;
        }
        String password = accounts.generatePassword();
        accounts.create("admin", password, Role.ADMIN);
        log.warn("""

                =====================================================================
                 Created user 'admin' with a generated password (shown only once):
                     {}
                 Set LEDGER_ADMIN_PASSWORD before the first start to choose it.
                =====================================================================""", password);
    }
}
