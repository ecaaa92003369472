package kz.gov.tsa.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers an oversized request with problem+json before anything else reads it: a body above
 * {@code quarkus.http.limits.max-body-size} (by its {@code Content-Length}) → 413, a request target above
 * {@code tsa.web.limits.max-uri-length} → 414, a header section above {@code tsa.web.limits.max-header-size} → 431.
 * <p>
 * Why a route and not an error handler: Quarkus's own 413 ends the response with an empty body, and Vert.x's 414/431
 * come from its HTTP codec through the {@code HttpServer}'s invalid-request handler, which Quarkus 3.33 neither sets
 * nor exposes. So the library's limits are checked here, on the Vert.x router ahead of Quarkus's body-size route
 * (order -2); the codec limits are raised to hard back-stops (see {@code microprofile-config.properties}).
 * Still answered without a body: a chunked body (no {@code Content-Length}) that grows beyond the limit while Quarkus
 * REST reads it, and requests beyond the codec's back-stops.
 */
@Singleton
public class HttpLimits {

    /** Before Quarkus's {@code max-body-size} route (-2), after its access-log and header routes. */
    static final int ROUTE_ORDER = -3;

    private static final Logger LOG = Logger.getLogger(HttpLimits.class);

    void install(@Observes Router router, WebLimitsConfig limits, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        long bodyLimit = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long headerLimit = limits.maxHeaderSize().asLongValue();
        router.route().order(ROUTE_ORDER).handler(routing -> check(routing, json, limits.maxUriLength(),
                headerLimit, bodyLimit));
    }

    private static void check(RoutingContext routing, ObjectMapper json, int uriLimit, long headerLimit,
            long bodyLimit) {
        HttpServerRequest request = routing.request();
        if (request.uri().length() > uriLimit) {
            refuse(routing, json, 414, ProblemType.URI_TOO_LONG, uriLimit);
        } else if (headerSize(request) > headerLimit) {
            refuse(routing, json, 431, ProblemType.HEADERS_TOO_LARGE, headerLimit);
        } else if (contentLength(request) > bodyLimit) {
            refuse(routing, json, 413, ProblemType.PAYLOAD_TOO_LARGE, bodyLimit);
        } else {
            routing.next();
        }
    }

    static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return size;
    }

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private static void refuse(RoutingContext routing, ObjectMapper json, int status, String slug, long limit) {
        HttpServerRequest request = routing.request();
        Locale locale = ProblemResponses.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String instance = status == 414 ? null : request.path(); // a too-long target is not echoed
        Problem problem = ProblemResponses.standard(locale, status, slug, instance, null, Map.of("limit", limit));
        LOG.debugf("Refused oversized request: %d %s", status, slug);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "";
        }
        routing.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .putHeader("Connection", "close")
                .end(body);
    }
}
