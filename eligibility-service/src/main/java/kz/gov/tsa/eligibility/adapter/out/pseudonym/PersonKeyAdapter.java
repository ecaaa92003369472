package kz.gov.tsa.eligibility.adapter.out.pseudonym;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.PersonKeyPort;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.web.pii.PersonKeys;

/**
 * D-13: a person's key, HMAC-SHA256 of the IIN under {@code tsa.pii.person-key} — computed by the suite's one
 * {@link PersonKeys} (libs/web), so that one person has one key (and one family id) in every service.
 */
@ApplicationScoped
class PersonKeyAdapter implements PersonKeyPort {

    private final PersonKeys keys;

    @Inject
    PersonKeyAdapter(PersonKeys keys) {
        this.keys = keys;
    }

    @Override
    public String personKey(Iin iin) {
        return keys.personKey(iin);
    }
}
