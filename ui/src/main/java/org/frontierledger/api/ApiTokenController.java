package org.frontierledger.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.frontierledger.security.ApiTokens;
import org.frontierledger.security.ApiTokens.NewToken;
import org.frontierledger.security.ApiTokens.TokenInfo;
import org.frontierledger.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens, for scripts to send as {@code Authorization: Bearer TOKEN}:
 *
 * <ul>
 *   <li>{@code POST /api/tokens} with {@code {"name": "nightly export"}}: a new token of the
 *       signed-in user, 201 with the secret {@code token}, shown this once; an admin may add
 *       {@code "user": "NAME"} to create one for another user;
 *   <li>{@code GET /api/tokens}: the user's tokens without their secrets (an admin:
 *       {@code ?user=NAME});
 *   <li>{@code DELETE /api/tokens/{id}}: revokes one, 204; the user's own, or any for an admin.
 * </ul>
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/tokens")
class ApiTokenController {
    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(
            summary = "The API tokens of the signed-in user (or, for an admin, of ?user=NAME), without their secrets")
    List<Token> list(Authentication user, @RequestParam(name = "user", required = false) @Nullable String owner) {
        String whose = owner == null || owner.isBlank() ? user.getName() : owner;
        requireSelfOrAdmin(user, whose);
        return tokens.list(whose).stream().map(Token::of).toList();
    }

    @PostMapping
    @Operation(
            summary = "Creates an API token and shows it once",
            description = "Body (optional): {\"name\": \"label\", \"user\": \"NAME\"} (another user: ADMIN only); 201"
                    + " with the token, to send as 'Authorization: Bearer TOKEN'")
    ResponseEntity<Created> create(Authentication user, @RequestBody(required = false) @Nullable JsonNode body) {
        String name = text(body, "name");
        String owner = text(body, "user");
        String forUser = owner.isBlank() ? user.getName() : owner;
        requireSelfOrAdmin(user, forUser);
        NewToken created = tokens.create(forUser, name, user.getName());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.info().id()))
                .body(new Created(Token.of(created.info()), created.token()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revokes an API token; 204")
    @NotFoundResponse("the signed-in user has no API token with this id")
    ResponseEntity<Void> revoke(Authentication user, @PathVariable String id) {
        TokenInfo token = tokens.find(id)
                .filter(t -> t.username().equals(user.getName()) || isAdmin(user))
                .orElseThrow(() -> new NoSuchElementException("you have no API token with id '" + id + "'"));
        tokens.revoke(token.id());
        return ResponseEntity.noContent().build();
    }

    private static void requireSelfOrAdmin(Authentication user, String owner) {
        if (!owner.equals(user.getName()) && !isAdmin(user)) {
            throw new AccessDeniedException("only an admin manages the tokens of other users");
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
    }

    private static String text(@Nullable JsonNode body, String field) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return "";
        }
        if (!body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object such as {\"name\": \"nightly export\"}");
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!f.equals("name") && !f.equals("user")) {
                throw new IllegalArgumentException("unknown field '" + f + "'; the fields are [name, user]");
            }
        });
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    /** A token as listed: never its secret. */
    record Token(
            String id,
            String user,
            String name,
            String createdBy,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {
        static Token of(TokenInfo t) {
            return new Token(
                    t.id(), t.username(), t.name(), t.createdBy(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    /** A token just created, with its secret, which is not shown again. */
    record Created(Token info, String token) {}
}
