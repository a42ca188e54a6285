package org.frontierledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontierledger.LoopbackHttp.Response;
import org.frontierledger.security.Role;
import org.frontierledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12 against a real server on a random port with real HTTP clients: API tokens, login
 * throttling and lockout, CSRF on the login form, session cookies, the Content-Security-Policy, and
 * JSON answers for every /api/ path. Tests that fail logins send them from an address of their own
 * (127.0.0.2, ...), so that what the server counts per address stays within the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ledger.sample-data.enabled=false",
            "ledger.security.login-delay=2s",
            "ledger.security.login-max-delay=4s",
            "ledger.security.lockout-after=3",
            "ledger.security.address-delay-after=3",
            "ledger.security.address-lockout-after=6",
            "ledger.security.lockout-duration=1m"
        })
@ExtendWith(OutputCaptureExtension.class)
class SecurityIT {
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        LedgerTestSupport.useDataDir(registry, LedgerTestSupport.newDataDir("security"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String admin() {
        return basic("admin", LedgerTestSupport.ADMIN_PASSWORD);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode jsonError(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asText()).isNotBlank();
        return body;
    }

    @Test
    void apiTokensAuthenticateScriptsAreStoredHashedAndStopWhenRevoked() throws Exception {
        HttpResponse<String> created = send("POST", "/api/tokens", admin(), "{\"name\": \"nightly export\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String token = body.get("token").asText();
        String id = body.get("info").get("id").asText();
        assertThat(token).startsWith("flt_").hasSizeGreaterThan(40);

        HttpResponse<String> search = send("GET", "/api/search?q=capex", "Bearer " + token, null);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(json.readTree(search.body()).has("total")).isTrue();
        HttpResponse<String> events = send("GET", "/api/events?type=CAPEX", "Bearer " + token, null);
        assertThat(events.statusCode()).isEqualTo(200);

        // listed without its secret; stored as its SHA-256 only
        HttpResponse<String> list = send("GET", "/api/tokens", "Bearer " + token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).findValuesAsText("id")).contains(id);
        assertThat(list.body()).doesNotContain(token);
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForList("SELECT token_hash FROM api_token WHERE id = ?", String.class, id))
                .containsExactly(sha256);

        // a viewer cannot make tokens for someone else
        accounts.create("vera", "vera-password-1", Role.VIEWER);
        HttpResponse<String> forAdmin =
                send("POST", "/api/tokens", basic("vera", "vera-password-1"), "{\"user\": \"admin\"}");
        assertThat(forAdmin.statusCode()).isEqualTo(403);
        jsonError(forAdmin);

        assertThat(send("DELETE", "/api/tokens/" + id, admin(), null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> revoked = send("GET", "/api/search?q=capex", "Bearer " + token, null);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().allValues("WWW-Authenticate"))
                .anySatisfy(
                        challenge -> assertThat(challenge).startsWith("Bearer").contains("invalid_token"));
        jsonError(revoked);
    }

    @Test
    void aMissingLoginIsA401WithChallengesAndAJsonError() throws Exception {
        HttpResponse<String> response = send("GET", "/api/search?q=x", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm="));
        jsonError(response);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void failedLoginsAreLoggedDelayedAndThenLockTheAccount(CapturedOutput output) throws Exception {
        accounts.create("carol", "carol-password-1", Role.VIEWER);
        String from = "127.0.0.2";

        Response first = LoopbackHttp.send(
                from, port, "GET", "/api/events", Map.of("Authorization", basic("carol", "wrong-1")), "");
        assertThat(first.status()).isEqualTo(401);
        // at once, even the right password must wait
        Response tooSoon = LoopbackHttp.send(
                from, port, "GET", "/api/events", Map.of("Authorization", basic("carol", "carol-password-1")), "");
        assertThat(tooSoon.status()).isEqualTo(429);
        long wait = Long.parseLong(tooSoon.header("Retry-After").getFirst());
        assertThat(wait).isBetween(1L, 2L);
        assertThat(json.readTree(tooSoon.body()).get("error").asText()).contains("too many failed logins");

        Thread.sleep(wait * 1000 + 200);
        assertThat(LoopbackHttp.send(
                                from,
                                port,
                                "GET",
                                "/api/events",
                                Map.of("Authorization", basic("carol", "wrong-2")),
                                "")
                        .status())
                .isEqualTo(401);
        Response doubled = LoopbackHttp.send(
                from, port, "GET", "/api/events", Map.of("Authorization", basic("carol", "wrong-3")), "");
        assertThat(doubled.status()).isEqualTo(429);
        long longerWait = Long.parseLong(doubled.header("Retry-After").getFirst());
        assertThat(longerWait).isGreaterThan(wait);

        Thread.sleep(longerWait * 1000 + 200);
        assertThat(LoopbackHttp.send(
                                from,
                                port,
                                "GET",
                                "/api/events",
                                Map.of("Authorization", basic("carol", "wrong-4")),
                                "")
                        .status())
                .isEqualTo(401);
        // the third failure in a row locks the account: the right password is refused for a minute
        Response locked = LoopbackHttp.send(
                from, port, "GET", "/api/events", Map.of("Authorization", basic("carol", "carol-password-1")), "");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After").getFirst())).isGreaterThan(30);

        assertThat(output.getAll())
                .contains("Failed login for 'carol' from 127.0.0.2: failure 1 in a row")
                .contains("failure 3 in a row for the account")
                .contains("locked for PT1M");
    }

    @Test
    void failuresFromOneAddressDelayEveryAccountTriedFromIt() throws Exception {
        String from = "127.0.0.3";
        for (String user : List.of("ghost-1", "ghost-2", "ghost-3")) {
            assertThat(LoopbackHttp.send(
                                    from, port, "GET", "/api/events", Map.of("Authorization", basic(user, "guess")), "")
                            .status())
                    .isEqualTo(401);
        }
        // a fourth account, never tried before, must wait because of the address
        Response next = LoopbackHttp.send(
                from, port, "GET", "/api/events", Map.of("Authorization", basic("ghost-4", "guess")), "");
        assertThat(next.status()).isEqualTo(429);
        // another address is not affected
        assertThat(LoopbackHttp.send("127.0.0.4", port, "GET", "/api/events", Map.of("Authorization", admin()), "")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theLoginFormNeedsTheCsrfTokenAndTheSessionIsACookieOnly() throws Exception {
        String from = "127.0.0.5";
        Response page = LoopbackHttp.send(from, port, "GET", "/login", Map.of(), "");
        assertThat(page.status()).isEqualTo(200);
        String cookie = page.header("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(page.header("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'"));
        Matcher csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find())
                .as("the login page carries the CSRF token for the form")
                .isTrue();
        String session = cookie.substring(0, cookie.indexOf(';'));
        String form = "username=admin&password="
                + URLEncoder.encode(LedgerTestSupport.ADMIN_PASSWORD, StandardCharsets.UTF_8);

        // without the token, and from a foreign page: refused (back to the login page), and not logged in
        Response forged = LoopbackHttp.send(
                from,
                port,
                "POST",
                "/login",
                Map.of(
                        "Cookie",
                        session,
                        "Origin",
                        "https://evil.example",
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                form);
        assertThat(forged.status()).isIn(302, 403);
        assertThat(forged.header("Location"))
                .allSatisfy(location -> assertThat(location).endsWith("/login"));
        assertThat(forged.header("Set-Cookie")).isEmpty();
        Response stillAnonymous = LoopbackHttp.send(from, port, "GET", "/", Map.of("Cookie", session), "");
        assertThat(stillAnonymous.status()).isEqualTo(302);
        assertThat(stillAnonymous.header("Location"))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith("/login"));

        // with it: logged in, in a new session
        Response loggedIn = LoopbackHttp.send(
                from,
                port,
                "POST",
                "/login",
                Map.of("Cookie", session, "Content-Type", "application/x-www-form-urlencoded"),
                form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.header("Location"))
                .singleElement()
                .satisfies(
                        location -> assertThat(location).doesNotContain("error").doesNotContain("login"));
        String newSession = loggedIn.header("Set-Cookie").getFirst();
        Response home = LoopbackHttp.send(
                from, port, "GET", "/", Map.of("Cookie", newSession.substring(0, newSession.indexOf(';'))), "");
        assertThat(home.status()).isEqualTo(200);

        // no session id in a URL, ever
        Response vaadin = LoopbackHttp.send(from, port, "GET", "/VAADIN/", Map.of(), "");
        assertThat(vaadin.header("Location"))
                .allSatisfy(location -> assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        assertThat(vaadin.body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void failedFormLoginsAreLoggedAndThrottledToo(CapturedOutput output) throws Exception {
        accounts.create("erin", "erin-password-1", Role.VIEWER);
        String from = "127.0.0.6";
        Response page = LoopbackHttp.send(from, port, "GET", "/login", Map.of(), "");
        String cookie = page.header("Set-Cookie").getFirst();
        Matcher csrf = CSRF_META.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        Map<String, String> headers = Map.of(
                "Cookie",
                cookie.substring(0, cookie.indexOf(';')),
                "Content-Type",
                "application/x-www-form-urlencoded");
        String token = "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

        Response wrong =
                LoopbackHttp.send(from, port, "POST", "/login", headers, "username=erin&password=wrong" + token);
        assertThat(wrong.header("Location"))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith("/login?error"));
        // at once, even the right password is refused
        Response throttled = LoopbackHttp.send(
                from, port, "POST", "/login", headers, "username=erin&password=erin-password-1" + token);
        assertThat(throttled.header("Location"))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith("/login?error"));
        assertThat(output.getAll())
                .contains("Failed login for 'erin' from 127.0.0.6: failure 1 in a row")
                .contains("Login attempt for 'erin' from 127.0.0.6 refused: must wait");
    }

    @Test
    void unknownApiPathsAreJson404sWithoutASession() throws Exception {
        for (String[] request : new String[][] {
            {"POST", "/api/rebuild"}, {"POST", "/api/ingest"}, {"POST", "/api/users"}, {"GET", "/api/nothing/here"}
        }) {
            HttpResponse<String> response = send(request[0], request[1], admin(), "{}");
            assertThat(response.statusCode()).as(request[0] + " " + request[1]).isEqualTo(404);
            assertThat(jsonError(response).get("error").asText()).contains(request[1]);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void wrongMethodsLargeBodiesAndLongUrlsAreJsonErrors() throws Exception {
        HttpResponse<String> wrongMethod = send("POST", "/api/search", admin(), "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        jsonError(wrongMethod);
        assertThat(send("DELETE", "/api/events", admin(), null).statusCode()).isEqualTo(405);

        HttpResponse<String> large =
                send("POST", "/api/saved-searches", admin(), "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(large.statusCode()).isEqualTo(413);
        jsonError(large);

        HttpResponse<String> longUrl = send("GET", "/api/search?q=" + "a".repeat(9_000), admin(), null);
        assertThat(longUrl.statusCode()).isEqualTo(414);
        jsonError(longUrl);

        // beyond what Tomcat parses at all: its own answer, as JSON too
        HttpResponse<String> huge = send("GET", "/api/search?q=" + "a".repeat(80_000), admin(), null);
        assertThat(huge.statusCode()).isEqualTo(400);
        jsonError(huge);
    }

    @Test
    void offsetsAndClosedFacetValuesAreCheckedWithClearMessages() throws Exception {
        HttpResponse<String> deep = send("GET", "/api/search?q=capex&offset=2147483600", admin(), null);
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(jsonError(deep).get("error").asText()).contains("offset must be between 0 and 10000");

        HttpResponse<String> bogus = send("GET", "/api/search?type=BOGUS", admin(), null);
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(jsonError(bogus).get("error").asText())
                .contains("BOGUS")
                .contains("CAPEX")
                .contains("COMPUTE_COMMITMENT");
        assertThat(send("GET", "/api/search?year=last", admin(), null).statusCode())
                .isEqualTo(400);
        // a company is free text: an unknown one simply matches nothing
        assertThat(send("GET", "/api/search?org=Nobody%20Inc", admin(), null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/search?type=capex", admin(), null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> saved = send(
                "POST",
                "/api/saved-searches",
                admin(),
                "{\"name\": \"nope watch\", \"q\": \"hbm\", \"filters\": {\"type\": [\"NOPE\"]}}");
        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(jsonError(saved).get("error").asText()).contains("NOPE").contains("CAPEX");
        assertThat(send("GET", "/api/saved-searches", admin(), null).body()).doesNotContain("nope watch");
    }
}
