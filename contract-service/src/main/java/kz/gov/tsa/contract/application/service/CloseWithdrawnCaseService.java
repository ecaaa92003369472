package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.CloseWithdrawnCaseUseCase;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.Optional;
import java.util.UUID;

/** D-97: closes the case of an application withdrawn before its decision; a replay changes nothing. */
@ApplicationScoped
public class CloseWithdrawnCaseService implements CloseWithdrawnCaseUseCase {

    private final FamilyCasePort cases;

    @Inject
    public CloseWithdrawnCaseService(FamilyCasePort cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FamilyCase> withdrawn(UUID applicationId, String reason, String cause) {
        return cases.loadByApplication(applicationId).map(c -> {
            if (c.status() == FamilyCase.Status.WITHDRAWN) {
                return c;
            }
            FamilyCase closed = c.withdrawn();
            cases.saveStatus(closed, cause, "application withdrawn before its decision (D-97): " + reason);
            return closed;
        });
    }
}
