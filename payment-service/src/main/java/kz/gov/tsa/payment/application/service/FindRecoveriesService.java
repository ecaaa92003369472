package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.application.port.in.FindRecoveriesQuery;
import kz.gov.tsa.payment.application.port.out.RecoveryPort;
import kz.gov.tsa.payment.domain.RecoveryRecord;

import java.util.List;
import java.util.Optional;

/** CON-06 (2): recovery records of the caller's region (every region for a nationwide caller). */
@ApplicationScoped
public class FindRecoveriesService implements FindRecoveriesQuery {

    private final RecoveryPort recoveries;

    @Inject
    public FindRecoveriesService(RecoveryPort recoveries) {
        this.recoveries = recoveries;
    }

    @Override
    public Outcome<List<RecoveryRecord>> find(Caller caller, Optional<String> familyId) {
        return caller.scope(Optional.empty()).map(scope -> recoveries.find(scope, familyId));
    }
}
