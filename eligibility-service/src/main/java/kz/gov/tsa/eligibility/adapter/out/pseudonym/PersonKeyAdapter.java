package kz.gov.tsa.eligibility.adapter.out.pseudonym;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.PersonKeyPort;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * A person's pseudonymous key: HMAC-SHA256 of the 12 IIN digits under the suite's secret
 * ({@code tsa.pii.person-key}, the same in every service so that one person has one key everywhere), as 64
 * lower-case hex digits. Without the secret the IIN cannot be recovered from it.
 */
@ApplicationScoped
class PersonKeyAdapter implements PersonKeyPort {

    private static final Logger LOG = Logger.getLogger(PersonKeyAdapter.class);
    static final String DEV_KEY_MARK = "dev-only";

    /** The secret behind the pseudonymous person keys. */
    @ConfigMapping(prefix = "tsa.pii")
    interface PiiConfig {
        /** At least 32 characters; deployments set {@code TSA_PII_PERSON_KEY}. */
        @WithDefault("dev-only-person-key-not-for-production-0000")
        String personKey();
    }

    private final IinHasher hasher;

    @Inject
    PersonKeyAdapter(PiiConfig config) {
        String secret = config.personKey();
        if (secret.length() < 32) {
            throw new IllegalStateException("tsa.pii.person-key must have at least 32 characters");
        }
        if (secret.startsWith(DEV_KEY_MARK)) {
            LOG.warn("tsa.pii.person-key is the development default: set TSA_PII_PERSON_KEY in a deployment");
        }
        this.hasher = IinHasher.of(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String personKey(Iin iin) {
        return hasher.hash(iin);
    }
}
