package kz.gov.tsa.testing.auth;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Real signed JWTs for {@code @QuarkusTest}s running against {@code OidcWiremockTestResource}
 * (quarkus-test-oidc-server): signed with its key, issuer {@code https://server.example.com}, roles
 * at {@code realm_access.roles} as Keycloak puts them. The service's OIDC adapter verifies them
 * exactly as it verifies Keycloak's (signature, issuer, expiry, roles). Test profile keys:
 * <pre>
 * %test.quarkus.oidc.auth-server-url=${keycloak.url}/realms/quarkus/
 * </pre>
 * Tokens of a real Keycloak are covered by the system tests.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    /** An access token for {@code user} with the given realm roles, valid for five minutes. */
    public static String accessToken(String user, String... roles) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(ISSUER)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(Duration.ofMinutes(5))
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** An already expired token (for 401 tests). */
    public static String expiredToken(String user, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(ISSUER)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(now - 3600)
                .expiresAt(now - 1800)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /**
     * {@code Bearer <token>} with extra claims besides the roles, e.g. the {@code region} (KATO code) of an
     * {@code akimat} caller: {@code bearerWithClaims("akimat-almaty", Map.of("region", "750000000"), "akimat")}.
     */
    public static String bearerWithClaims(String user, Map<String, Object> claims, String... roles) {
        var builder = Jwt.preferredUserName(user)
                .subject(user)
                .issuer(ISSUER)
                .audience(ISSUER)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.of(roles)));
        claims.forEach(builder::claim);
        return "Bearer " + builder.expiresIn(Duration.ofMinutes(5)).jws().keyId("1").sign("privateKey.jwk");
    }

    /** {@code Bearer <token>} for an Authorization header. */
    public static String bearer(String user, String... roles) {
        return "Bearer " + accessToken(user, roles);
    }
}
