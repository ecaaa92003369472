package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.FindFamilyContractsQuery;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;

import java.util.List;

@ApplicationScoped
public class FindFamilyContractsService implements FindFamilyContractsQuery {

    private final ContractStorePort store;
    private final ContractAccess access;

    @Inject
    public FindFamilyContractsService(ContractStorePort store, PersonKeyPort personKeys) {
        this.store = store;
        this.access = new ContractAccess(personKeys);
    }

    @Override
    public List<Contract> byFamily(Caller caller, String familyId) {
        return store.findByFamily(familyId).stream().filter(c -> access.mayRead(caller, c)).toList();
    }
}
