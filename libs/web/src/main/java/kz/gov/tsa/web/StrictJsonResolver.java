package kz.gov.tsa.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives Quarkus REST (server side only: REST clients keep the application's mapper) the {@link StrictJson strict}
 * copy of the application's {@code ObjectMapper} for reading request bodies and writing responses. The CDI
 * {@code ObjectMapper} itself is left as configured, so Kafka envelopes, stored JSON and REST-client responses are
 * read as tolerantly as before. A service that declares its own {@code ContextResolver<ObjectMapper>} replaces this
 * one and should start from {@link #strict(ObjectMapper)}.
 */
@Provider
@Singleton
@ConstrainedTo(RuntimeType.SERVER)
public class StrictJsonResolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictJsonResolver(ObjectMapper application) {
        this.strict = strict(application);
    }

    /** A strict copy of {@code mapper} for request bodies ({@code mapper} is not changed). */
    public static ObjectMapper strict(ObjectMapper mapper) {
        return StrictJson.strictCopy(mapper);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
