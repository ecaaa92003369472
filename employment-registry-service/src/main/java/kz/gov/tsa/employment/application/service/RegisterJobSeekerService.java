package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.FamilyOfPersonPort;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RecordRefusalPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Channel;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationRefusal;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * EMP-01/02/03/09: registration as a job seeker. The portal registers only the citizen themself (the token's
 * {@code iin} claim, D-19); an operator only in its region. One open registration per person (the store's unique index decides
 * a race); the EMP-09 ban is checked against the person's earlier registrations. A refusal under a rule (EMP-02,
 * EMP-09) is kept and announced as {@code RegistrationRefused} (D-70); the caller still gets it as the answer.
 */
@ApplicationScoped
public class RegisterJobSeekerService implements RegisterJobSeekerUseCase {

    private final RegistrationStorePort store;
    private final PersonKeyPort personKeys;
    private final FamilyOfPersonPort families;
    private final CalendarPort calendar;
    private final ProgrammeParametersPort parameters;
    private final PublishEventPort events;
    private final RefusalRecords refusals;
    private final Clock clock;

    @Inject
    public RegisterJobSeekerService(RegistrationStorePort store, PersonKeyPort personKeys, FamilyOfPersonPort families,
                                    CalendarPort calendar, ProgrammeParametersPort parameters, PublishEventPort events,
                                    RecordRefusalPort refusals, Clock clock) {
        this.store = store;
        this.personKeys = personKeys;
        this.families = families;
        this.calendar = calendar;
        this.parameters = parameters;
        this.events = events;
        this.refusals = new RefusalRecords(refusals, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> register(Command c) {
        Channel channel;
        if (c.caller().hasRole("portal") && !c.caller().hasAnyRole("operator", "admin")) {
            if (c.caller().citizenIin().filter(c.iin()::equals).isEmpty()) { // the token's iin claim (D-19)
                return Outcome.refused(Refusal.forbidden("registration.portal-own-only").withField("iin",
                        "registration.portal-own-only"));
            }
            channel = Channel.PORTAL;
        } else {
            var covered = c.caller().requireCovers(c.region());
            if (covered.isRefused()) {
                return Outcome.refused(covered.refusalIfAny().orElseThrow());
            }
            channel = Channel.OPERATOR;
        }
        LocalDate today = LocalDate.now(clock);
        String key = personKeys.personKey(c.iin());
        String familyId = c.familyId() != null ? c.familyId() : families.familyOf(key).orElse(null);
        var person = new Registration.Person(key, c.iin().toString(), c.iin().birthDate(), c.iin().sex(), familyId);
        var outcome = Registration.register(UUID.randomUUID(), person, c.region(), c.rural(), channel, c.documents(),
                c.legalRepresentative(), today, store.findByPerson(key), calendar.calendar(),
                LimitsOn.day(parameters, today), clock.instant());
        Outcome<Registration> result = outcome.flatMap(step -> {
            if (!store.insert(step, c.iin(), c.caller().subject())) { // a concurrent registration of the person won
                String other = store.findByPerson(key).stream().filter(Registration::active).findFirst()
                        .map(r -> r.id().toString()).orElse("-");
                return Outcome.refused(Refusal.conflict("EMP-02", "registration.already-registered", other)
                        .with("registrationId", other));
            }
            step.events().forEach(events::publish);
            return Outcome.accepted(step.registration());
        });
        result.refusalIfAny().filter(RegistrationRefusal::kept).ifPresent(refusal -> refusals.keep(
                RegistrationRefusal.ofRegistration(UUID.randomUUID(), person, c.region(), channel, refusal, today,
                        clock.instant()), c.caller().subject()));
        return result;
    }
}
