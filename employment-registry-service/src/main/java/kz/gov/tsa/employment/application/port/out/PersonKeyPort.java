package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.kernel.Iin;

/** D-13: a person's pseudonymous key (HMAC-SHA256 of the IIN under the suite's secret, 64 hex digits). */
public interface PersonKeyPort {
    String personKey(Iin iin);
}
