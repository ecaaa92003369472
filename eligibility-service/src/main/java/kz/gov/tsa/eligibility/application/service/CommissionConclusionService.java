package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.CommissionConclusion;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;

/**
 * ELIG-10: records the precinct commission's conclusion, once; the same findings again change nothing, other
 * findings are refused by the aggregate.
 */
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
    public Outcome<Result> record(Command command) {
        return Visibility.application(load.loadForUpdate(command.applicationId()), command.applicationId(),
                command.caller()).flatMap(application -> record(application, command));
    }

    private Outcome<Result> record(Application application, Command command) {
        CommissionConclusion conclusion = new CommissionConclusion(command.factsConfirmed(), command.notes(),
                command.actor(), clock.instant());
        if (application.conclusion().filter(c -> c.sameFindingsAs(conclusion)).isPresent()) {
            return Outcome.accepted(new Result(application, true));
        }
        return application.conclude(conclusion).map(concluded -> {
            save.saveChange(concluded, "COMMISSION_CONCLUDED", command.actor(), "ELIG-10: precinct commission "
                    + "conclusion, facts " + (command.factsConfirmed() ? "confirmed" : "not confirmed"));
            return new Result(concluded, false);
        });
    }
}
