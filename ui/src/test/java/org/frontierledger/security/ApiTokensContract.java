package org.frontierledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontierledger.security.ApiTokens.NewToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The token store on a real database: a token acts as its user with the user's roles until it is
 * revoked or the user is disabled, and only its hash is stored. Run on H2 and PostgreSQL.
 */
abstract class ApiTokensContract {
    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenActsAsItsUserUntilRevoked() {
        accounts.create("ana", "ana-password-1", Role.ANALYST);
        NewToken created = tokens.create("ana", "nightly export", "admin");

        UserDetails user = tokens.authenticate(created.token()).orElseThrow();

        assertThat(user.getUsername()).isEqualTo("ana");
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_ANALYST");
        assertThat(jdbc.queryForList(
                        "SELECT token_hash FROM api_token WHERE id = ?",
                        String.class,
                        created.info().id()))
                .containsExactly(ApiTokens.hash(created.token()))
                .doesNotContain(created.token());
        assertThat(tokens.list("ana")).singleElement().satisfies(info -> {
            assertThat(info.name()).isEqualTo("nightly export");
            assertThat(info.createdBy()).isEqualTo("admin");
            assertThat(info.lastUsedAt()).isNotNull();
            assertThat(info.revokedAt()).isNull();
        });

        assertThat(tokens.revoke(created.info().id())).isTrue();
        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.revoke(created.info().id())).isFalse();
        assertThat(tokens.list("ana").getFirst().revokedAt()).isNotNull();
    }

    @Test
    void aDisabledUsersTokensStopAndUnknownOnesNeverWork() {
        accounts.create("dan", "dan-password-1", Role.VIEWER);
        NewToken created = tokens.create("dan", "", "dan");
        assertThat(created.info().name()).isEqualTo("API token");

        jdbc.update("UPDATE users SET enabled = FALSE WHERE username = 'dan'");

        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.authenticate("flt_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate("not-a-token")).isEmpty();
        assertThatThrownBy(() -> tokens.create("nobody", "x", "admin")).hasMessageContaining("no user 'nobody'");
    }
}
