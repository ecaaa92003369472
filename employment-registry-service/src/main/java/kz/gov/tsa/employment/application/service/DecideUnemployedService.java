package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.DecideUnemployedUseCase;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RecordRefusalPort;
import kz.gov.tsa.employment.application.port.out.ReferenceValuesPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationRefusal;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Sex;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * EMP-05/06: the unemployed-registration decision, with the retirement age of the person's sex on the day of the
 * application as eligibility-service published it (D-40); unknown → 422 {@code ref.retirement-age-unknown}. A refusal
 * under EMP-06 is kept on the registration and in the refusals, and announced as {@code RegistrationRefused} (D-70).
 */
@ApplicationScoped
public class DecideUnemployedService implements DecideUnemployedUseCase {

    private final RegistrationEdits edits;
    private final RefusalRecords refusals;
    private final CalendarPort calendar;
    private final ProgrammeParametersPort parameters;
    private final ReferenceValuesPort reference;
    private final Clock clock;

    @Inject
    public DecideUnemployedService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                   CalendarPort calendar, ProgrammeParametersPort parameters,
                                   ReferenceValuesPort reference, RecordRefusalPort refusals, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.refusals = new RefusalRecords(refusals, events);
        this.calendar = calendar;
        this.parameters = parameters;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> decide(Command c) {
        LocalDate appliedOn = c.appliedOn() != null ? c.appliedOn() : LocalDate.now(clock);
        if (appliedOn.isAfter(LocalDate.now(clock))) {
            return Outcome.refused(Refusal.invalid("EMP-05", "unemployed.applied-in-the-future")
                    .withField("appliedOn", "unemployed.applied-in-the-future"));
        }
        Outcome<Registration> decided = edits.apply(c.caller(), c.registrationId(),
                r -> {
                    var age = reference.retirementAgeOn(r.sex(), appliedOn);
                    if (age.isEmpty()) {
                        return Outcome.refused(Refusal.unprocessable("EMP-06", "ref.retirement-age-unknown",
                                        parameterOf(r.sex()), appliedOn.toString())
                                .with("parameter", parameterOf(r.sex())).with("date", appliedOn.toString()));
                    }
                    return r.decideUnemployed(appliedOn, c.working(), c.falseDocuments(), c.receivesJobLossPayment(), age.get(),
                            calendar.calendar(), LimitsOn.day(parameters, appliedOn), clock.instant());
                });
        if (!decided.isRefused()) {
            Registration r = decided.orElseThrow();
            if (r.status() == RegistrationStatus.JOB_SEEKER && r.unemployedDecision() != null
                    && !r.unemployedDecision().registered() && appliedOn.equals(r.unemployedDecision().appliedOn())) {
                refusals.keep(RegistrationRefusal.ofUnemployedDecision(UUID.randomUUID(), r, clock.instant()),
                        c.caller().subject());
            }
        }
        return decided;
    }

    static String parameterOf(Sex sex) {
        return "RETIREMENT_AGE." + sex.name();
    }
}
