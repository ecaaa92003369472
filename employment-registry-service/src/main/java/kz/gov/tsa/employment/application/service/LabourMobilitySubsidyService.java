package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.LabourMobilitySubsidyQuery;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.ReferenceValuesPort;
import kz.gov.tsa.employment.domain.LabourMobility;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** PRG-08: subsidies in tenge from the MCI of the day (422 {@code ref.mci-unknown} naming the day when unknown). */
@ApplicationScoped
public class LabourMobilitySubsidyService implements LabourMobilitySubsidyQuery {

    private final ReferenceValuesPort reference;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public LabourMobilitySubsidyService(ReferenceValuesPort reference, ProgrammeParametersPort parameters, Clock clock) {
        this.reference = reference;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    public Outcome<LabourMobility.Subsidy> subsidy(int members, LabourMobility.Move move, boolean rural, LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        if (members < 1 || members > 50) {
            return Outcome.refused(Refusal.invalid("PRG-08", "subsidy.members-out-of-range", members)
                    .withField("members", "subsidy.members-out-of-range", members));
        }
        return reference.mciOn(day).map(mci -> Outcome.accepted(LabourMobility.subsidy(members, move, rural, mci,
                        LimitsOn.day(parameters, day))))
                .orElseGet(() -> Outcome.refused(ReferenceRefusals.mciUnknown(day, "PRG-08")));
    }
}
