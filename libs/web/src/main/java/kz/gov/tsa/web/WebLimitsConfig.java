package kz.gov.tsa.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * Request size limits answered with a problem+json body by {@link HttpLimits} (defaults in this library's
 * {@code META-INF/microprofile-config.properties}; a service overrides them in its {@code application.properties}).
 * The body limit is Quarkus's own {@code quarkus.http.limits.max-body-size}.
 */
@ConfigMapping(prefix = "tsa.web.limits")
public interface WebLimitsConfig {

    /**
     * Longest request target (path and query string, as sent) → otherwise 414. Keep it well below
     * {@code quarkus.http.limits.max-initial-line-length}, the codec's hard limit, beyond which Vert.x answers 414
     * with an empty body.
     */
    int maxUriLength();

    /**
     * Largest header section (every {@code name: value} line) → otherwise 431. Keep it well below
     * {@code quarkus.http.limits.max-header-size}, the codec's hard limit, beyond which Vert.x answers 431 with an
     * empty body.
     */
    MemorySize maxHeaderSize();
}
