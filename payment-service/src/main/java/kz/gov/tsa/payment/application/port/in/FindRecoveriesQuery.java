package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.RecoveryRecord;

import java.util.List;
import java.util.Optional;

/** CON-06 (2): overpayment recovery records within the caller's reach, optionally of one family. */
public interface FindRecoveriesQuery {
    Outcome<List<RecoveryRecord>> find(Caller caller, Optional<String> familyId);
}
