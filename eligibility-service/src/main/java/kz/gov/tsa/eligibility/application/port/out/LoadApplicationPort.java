package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.Application;

import java.util.Optional;
import java.util.UUID;

/** Loads applications. */
public interface LoadApplicationPort {
    Optional<Application> load(UUID id);

    /** Loads and locks the application for the rest of the transaction (no concurrent change). */
    Optional<Application> loadForUpdate(UUID id);

    /**
     * The application first submitted with this Idempotency-Key by this actor, with its content
     * fingerprint. Within a transaction, serialises concurrent submissions with the same key.
     */
    Optional<KeyedApplication> loadByIdempotencyKey(String actor, String key);

    record KeyedApplication(Application application, String fingerprint) {
    }
}
