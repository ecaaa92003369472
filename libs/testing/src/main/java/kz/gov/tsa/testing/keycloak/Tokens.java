package kz.gov.tsa.testing.keycloak;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Tokens for tests and scripts: the OAuth2 password grant against Keycloak, and decoding of a
 * JWT's claims (no signature check: for assertions only, never for authorization decisions).
 */
public final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Tokens() {
    }

    /**
     * Password grant: POST {@code <realmUrl>/protocol/openid-connect/token} with
     * {@code grant_type=password}, {@code client_id}, {@code username}, {@code password}.
     *
     * @param realmUrl e.g. {@code http://localhost:8080/realms/tsa}
     * @param clientId a public client with direct access grants, e.g. {@code tsa-cli}
     * @return the access token (a JWT)
     * @throws IllegalStateException with Keycloak's status and error body if the grant is refused
     */
    public static String passwordGrant(String realmUrl, String clientId, String username, String password) {
        Objects.requireNonNull(realmUrl, "realmUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        String endpoint = stripTrailingSlash(realmUrl) + "/protocol/openid-connect/token";
        String form = form(Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", password,
                "scope", "openid"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during token request to " + endpoint, e);
        }
        String what = "Password grant for user '" + username + "' with client '" + clientId + "' at " + endpoint;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " failed: HTTP " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body == null ? null : body.path("access_token").asText(null);
            if (token == null || token.isBlank()) {
                throw new IllegalStateException(what + ": no access_token in the answer: " + response.body());
            }
            return token;
        } catch (IOException e) {
            throw new IllegalStateException(what + ": answer is not JSON: " + response.body(), e);
        }
    }

    /**
     * The claims of a JWT (payload decoded from base64url, parsed with Jackson). Nested objects
     * are maps and arrays lists, e.g. {@code ((Map) claims.get("realm_access")).get("roles")}.
     * The signature is NOT verified.
     */
    public static Map<String, Object> claims(String jwt) {
        Objects.requireNonNull(jwt, "jwt");
        String[] parts = jwt.split("\\.", -1);
        if (parts.length < 2 || parts[1].isEmpty()) {
            throw new IllegalArgumentException("Not a JWT (expected header.payload.signature)");
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
            return JSON.readValue(payload, MAP);
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalArgumentException("JWT payload is not base64url-encoded JSON: " + e.getMessage(), e);
        }
    }

    /** {@code realm_access.roles} of a JWT, empty if absent. */
    public static List<String> realmRoles(String jwt) {
        Object access = claims(jwt).get("realm_access");
        if (access instanceof Map<?, ?> m && m.get("roles") instanceof List<?> roles) {
            return roles.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }
}
