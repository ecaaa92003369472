package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.RegistrationRefusal;

/** D-70: keeps refused registrations (append-only), each audited with its actor in the same transaction. */
public interface RecordRefusalPort {

    void record(RegistrationRefusal refusal, String actor);
}
