package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.StartMeasureUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.ReferenceValuesPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.MeasureFacts;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.MeasureRules;
import kz.gov.tsa.employment.domain.Participation;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/** PRG-01..09: a measure starts when its checks pass with the limits (and, for PRG-04, the MCI) of its start day. */
@ApplicationScoped
public class StartMeasureService implements StartMeasureUseCase {

    private final RegistrationEdits edits;
    private final ProgrammeParametersPort parameters;
    private final ReferenceValuesPort reference;
    private final Clock clock;

    @Inject
    public StartMeasureService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                               ProgrammeParametersPort parameters, ReferenceValuesPort reference, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.parameters = parameters;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> start(Command c) {
        return edits.apply(c.caller(), c.registrationId(),
                r -> {
                    BigDecimal mci = null;
                    if (c.kind() == MeasureKind.MICRO_CREDIT) {
                        var known = reference.mciOn(c.startOn());
                        if (known.isEmpty()) {
                            return Outcome.refused(ReferenceRefusals.mciUnknown(c.startOn(), "PRG-04"));
                        }
                        mci = known.get();
                    }
                    MeasureFacts facts = c.facts() == null ? MeasureFacts.none() : c.facts();
                    var request = new MeasureRules.Request(c.kind(), c.startOn(), c.endOn(), facts, r.status(),
                            r.birthDate(), LimitsOn.day(parameters, c.startOn()), mci);
                    return MeasureRules.check(request).flatMap(ok -> r.startMeasure(new Participation(UUID.randomUUID(),
                            c.kind(), c.provider(), c.startOn(), c.endOn(), Participation.Status.ACTIVE, null, false,
                            facts), clock.instant()));
                });
    }
}
