package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.RegistrationRefusal;

/** Publishes an employment event (through the transactional outbox: it exists if and only if the change commits). */
public interface PublishEventPort {
    void publish(EmploymentEvent event);

    /** D-70: {@code RegistrationRefused} (a refused registration has no registration aggregate to carry it). */
    void publish(RegistrationRefusal refusal);
}
