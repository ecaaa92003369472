package kz.gov.tsa.web.pii;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * D-13: a person's pseudonymous key, HMAC-SHA256 of the 12 IIN digits under the suite's secret
 * ({@code tsa.pii.person-key}, the same secret and development default in every service, so that one person has
 * one key — and one family id — everywhere), as 64 lower-case hex digits. Without the secret the IIN cannot be
 * recovered from it.
 * <p>
 * One bean for every service: each service's {@code adapter.out.pseudonym.PersonKeyAdapter} implements its own
 * narrow {@code PersonKeyPort} by delegating here, so its domain and application never see this class.
 */
@ApplicationScoped
public class PersonKeys {

    private static final Logger LOG = Logger.getLogger(PersonKeys.class);
    /** The development default starts with this mark; a deployment that keeps it is warned at start. */
    public static final String DEV_KEY_MARK = "dev-only";

    /** The secret behind the pseudonymous person keys. */
    @ConfigMapping(prefix = "tsa.pii")
    public interface PiiConfig {
        /** At least 32 characters; deployments set {@code TSA_PII_PERSON_KEY}. */
        @WithDefault("dev-only-person-key-not-for-production-0000")
        String personKey();
    }

    private final IinHasher hasher;

    @Inject
    public PersonKeys(PiiConfig config) {
        String secret = config.personKey();
        if (secret.length() < IinHasher.MIN_SECRET_BYTES) {
            throw new IllegalStateException("tsa.pii.person-key must have at least "
                    + IinHasher.MIN_SECRET_BYTES + " characters");
        }
        if (secret.startsWith(DEV_KEY_MARK)) {
            LOG.warn("tsa.pii.person-key is the development default: set TSA_PII_PERSON_KEY in a deployment");
        }
        this.hasher = IinHasher.of(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The person's key: 64 lower-case hex digits. */
    public String personKey(Iin iin) {
        return hasher.hash(iin);
    }
}
