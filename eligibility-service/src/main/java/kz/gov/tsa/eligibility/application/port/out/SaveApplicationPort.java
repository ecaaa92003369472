package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.Receipt;

import java.util.Optional;

/** Stores a new application (and its idempotency key and audit record). */
public interface SaveApplicationPort {
    /**
     * Stores a new application; a back-dated paper application ({@code paper}, D-81) is audited with its date of
     * receipt and the reason it is entered only now.
     */
    void saveNew(Application application, Optional<IdempotencyRecord> idempotency, Optional<Receipt.PaperReceipt> paper);

    /** Stores a state change of an existing application, audited with {@code action} and the actor. */
    void saveChange(Application application, String action, String actor, String reason);

    /** The key the client sent and the fingerprint of the content it was first used with. */
    record IdempotencyRecord(String key, String fingerprint) {
    }
}
