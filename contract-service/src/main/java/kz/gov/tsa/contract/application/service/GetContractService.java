package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.GetContractQuery;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

@ApplicationScoped
public class GetContractService implements GetContractQuery {

    private final ContractStorePort store;
    private final ContractAccess access;

    @Inject
    public GetContractService(ContractStorePort store, PersonKeyPort personKeys) {
        this.store = store;
        this.access = new ContractAccess(personKeys);
    }

    @Override
    public Outcome<Contract> get(Caller caller, UUID contractId) {
        return access.readable(caller, contractId, store.findById(contractId));
    }
}
