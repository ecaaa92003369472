package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.Optional;
import java.util.UUID;

/** D-97: the family's application was withdrawn before its decision — its case closes, nothing is drafted. */
public interface CloseWithdrawnCaseUseCase {

    /**
     * The case, now WITHDRAWN (unchanged if it already was); empty when no case of that application is known.
     * Runs inside the caller's transaction (the inbox's).
     */
    Optional<FamilyCase> withdrawn(UUID applicationId, String reason, String cause);
}
