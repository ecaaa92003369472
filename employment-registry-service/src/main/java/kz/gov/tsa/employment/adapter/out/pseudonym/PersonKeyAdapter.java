package kz.gov.tsa.employment.adapter.out.pseudonym;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * D-13: a person's key, HMAC-SHA256 of the IIN under {@code tsa.pii.person-key} — the secret (and development
 * default) every service uses, so that contract-service matches these events to its members.
 */
@ApplicationScoped
class PersonKeyAdapter implements PersonKeyPort {

    private static final Logger LOG = Logger.getLogger(PersonKeyAdapter.class);

    @ConfigMapping(prefix = "tsa.pii")
    interface PiiConfig {
        @WithDefault("dev-only-person-key-not-for-production-0000")
        String personKey();
    }

    private final IinHasher hasher;

    @Inject
    PersonKeyAdapter(PiiConfig config) {
        String secret = config.personKey();
        if (secret.startsWith("dev-only")) {
            LOG.warn("tsa.pii.person-key is the development default: set TSA_PII_PERSON_KEY in a deployment");
        }
        this.hasher = IinHasher.of(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String personKey(Iin iin) {
        return hasher.hash(iin);
    }
}
