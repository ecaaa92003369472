package kz.gov.tsa.contract.application.port.out;

import kz.gov.tsa.contract.domain.ContractEvent;

/** Publishes a contract event (through the transactional outbox: it exists if and only if the change commits). */
public interface PublishEventPort {
    void publish(ContractEvent event);
}
