package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.WithdrawApplicationUseCase;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;

/**
 * D-97 (ELIG-01): withdraws an application not yet decided. The application's new state (audited with the actor and
 * the reason), the release of its members and {@code ApplicationWithdrawn} commit in one transaction; withdrawing a
 * withdrawn application again changes nothing.
 */
@ApplicationScoped
public class WithdrawApplicationService implements WithdrawApplicationUseCase {

    private final LoadApplicationPort load;
    private final SaveApplicationPort save;
    private final FamilyMembershipPort memberships;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public WithdrawApplicationService(LoadApplicationPort load, SaveApplicationPort save,
                                      FamilyMembershipPort memberships, PublishEventPort events, Clock clock) {
        this.load = load;
        this.save = save;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Result> withdraw(Command command) {
        return Visibility.application(load.loadForUpdate(command.applicationId()), command.applicationId(),
                command.caller()).flatMap(application -> withdraw(application, command));
    }

    private Outcome<Result> withdraw(Application application, Command command) {
        if (Visibility.portalOnly(command.caller())
                && command.caller().citizenIin().filter(application.applicant().iin()::equals).isEmpty()) {
            return Outcome.refused(Refusal.forbidden("application.withdrawal.not-applicant"));
        }
        if (application.withdrawn()) {
            return Outcome.accepted(new Result(application, true));
        }
        return application.withdraw().map(withdrawn -> {
            save.saveChange(withdrawn, "WITHDRAWN", command.actor(), "D-97 (ELIG-01): " + command.reason());
            memberships.release(withdrawn.id());
            events.publish(new ApplicationEvent.Withdrawn(withdrawn.id(), withdrawn.familyId(), withdrawn.region(),
                    withdrawn.quarter(), command.reason(), command.actor(), clock.instant()), withdrawn.id());
            return new Result(withdrawn, false);
        });
    }
}
