package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.EmploymentEvent;

/** Publishes an employment event (through the transactional outbox: it exists if and only if the change commits). */
public interface PublishEventPort {
    void publish(EmploymentEvent event);
}
