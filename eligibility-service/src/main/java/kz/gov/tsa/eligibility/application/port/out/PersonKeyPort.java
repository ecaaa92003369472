package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.kernel.Iin;

/**
 * The pseudonymous key of a person: a keyed hash of the IIN, the same in every service (it is a Kafka key and the
 * base of the family id) and never reversible without the key. A raw IIN is never a key.
 */
public interface PersonKeyPort {
    String personKey(Iin iin);
}
