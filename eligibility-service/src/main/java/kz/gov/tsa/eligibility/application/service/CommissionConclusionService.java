package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.eligibility.application.port.in.UseCaseRefusal;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.CommissionConclusion;

import java.time.Clock;

/** ELIG-10: records the precinct commission's conclusion, once; the same findings again change nothing. */
@ApplicationScoped
public class CommissionConclusionService implements RecordCommissionConclusionUseCase {

    private final LoadApplicationPort load;
    private final SaveApplicationPort save;
    private final Clock clock;

    @Inject
    public CommissionConclusionService(LoadApplicationPort load, SaveApplicationPort save, Clock clock) {
        this.load = load;
        this.save = save;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result record(Command command) {
        Application application = load.loadForUpdate(command.applicationId())
                .orElseThrow(() -> UseCaseRefusal.notFound("application.not-found", command.applicationId().toString()));
        CommissionConclusion conclusion = new CommissionConclusion(command.factsConfirmed(), command.notes(),
                command.actor(), clock.instant());
        if (application.conclusion().isPresent()) {
            if (application.conclusion().get().sameFindingsAs(conclusion)) {
                return new Result(application, true);
            }
            throw UseCaseRefusal.conflict("ELIG-10", "commission.already-concluded");
        }
        Application concluded = application.withConclusion(conclusion);
        save.saveChange(concluded, "COMMISSION_CONCLUDED", command.actor(),
                "ELIG-10: precinct commission conclusion, facts " + (command.factsConfirmed() ? "confirmed" : "not confirmed"));
        return new Result(concluded, false);
    }
}
