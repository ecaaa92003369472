package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.ApplicationEvent;

import java.util.UUID;

/** Publishes a domain event; the adapter writes it to the transactional outbox of the caller's transaction. */
public interface PublishEventPort {
    void publish(ApplicationEvent event, UUID correlationId);
}
