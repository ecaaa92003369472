package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.service.reference.RegionalMoneyService;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.eligibility.domain.decision.RetirementAgeStep;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.IncomePeriodLength;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dated reference values a decision needs ([param] rules are data, never constants), each with the version
 * used so that the decision can be replayed: the poverty line of the region for the quarter of application
 * (published, or the method applied to the quarter before — derived as {@link RegionalMoneyService} derives it),
 * the retirement ages and the contract term in force on the date. A missing value is a refusal naming it.
 */
public final class DecisionParametersLoader {

    private final LoadReferenceDataPort load;
    private final RegionalMoneyService money;

    public DecisionParametersLoader(LoadReferenceDataPort load) {
        this.load = load;
        this.money = new RegionalMoneyService(load);
    }

    /** Call inside a transaction. */
    public DecisionParameters load(RegionCode region, Quarter quarter, LocalDate on) {
        PovertyLine line;
        try {
            line = money.povertyLine(region, quarter);
        } catch (UnknownRegionException e) {
            throw new MissingReferenceDataException(ReferenceParameter.POVERTY_LINE.name(), region + "/" + quarter,
                    quarter.firstDay());
        }
        Version<RetirementAge> men = inForce(ReferenceParameter.RETIREMENT_AGE, Sex.MALE.name(), on, RetirementAge.class);
        Version<RetirementAge> women = inForce(ReferenceParameter.RETIREMENT_AGE, Sex.FEMALE.name(), on,
                RetirementAge.class);
        Version<ContractTerm> term = inForce(ReferenceParameter.CONTRACT_TERM, ReferenceParameter.NATIONAL_KEY, on,
                ContractTerm.class);
        List<ParameterVersion> versions = new ArrayList<>();
        if (line.basis() == PovertyLine.Basis.METHOD) {
            // the derived line itself is not a stored row (id 0); the rows it rests on follow
            versions.add(new ParameterVersion(ReferenceParameter.POVERTY_LINE.name(), region + "/" + quarter,
                    line.value().toString(), quarter.firstDay(), 0));
        }
        line.versions().forEach(v -> versions.add(cite(v)));
        versions.add(cite(men));
        versions.add(cite(women));
        versions.add(cite(term));
        Version<IncomePeriodLength> incomePeriod = inForce(ReferenceParameter.INCOME_PERIOD,
                ReferenceParameter.NATIONAL_KEY, on, IncomePeriodLength.class);
        versions.add(cite(incomePeriod));
        List<RetirementAgeStep> schedule = new ArrayList<>(schedule(Sex.MALE, on));
        schedule.addAll(schedule(Sex.FEMALE, on));
        return new DecisionParameters(line.value(), men.value().years(), women.value().years(), term.value().months(),
                versions, schedule, incomePeriod.value().months());
    }

    /** ELIG-03: the length of the income period in force on {@code on}; missing → a refusal naming it. */
    static int incomePeriodMonths(LoadReferenceDataPort load, LocalDate on) {
        return load.inForce(ReferenceParameter.INCOME_PERIOD, ReferenceParameter.NATIONAL_KEY, on)
                .orElseThrow(() -> new MissingReferenceDataException(ReferenceParameter.INCOME_PERIOD.name(),
                        ReferenceParameter.NATIONAL_KEY, on))
                .as(IncomePeriodLength.class).value().months();
    }

    /** ELIG-06: every active retirement-age version of {@code sex} that began on or before {@code on}. */
    private List<RetirementAgeStep> schedule(Sex sex, LocalDate on) {
        return load.versions(ReferenceParameter.RETIREMENT_AGE, Optional.of(sex.name()), false).stream()
                .filter(Version::active)
                .filter(v -> !v.validity().from().isAfter(on))
                .map(v -> v.as(RetirementAge.class))
                .map(v -> new RetirementAgeStep(sex, v.validity().from(), v.validity().to(), v.value().years(), v.id()))
                .toList();
    }

    private <T extends kz.gov.tsa.eligibility.domain.reference.ReferenceValue> Version<T> inForce(
            ReferenceParameter parameter, String key, LocalDate on, Class<T> type) {
        return load.inForce(parameter, key, on)
                .orElseThrow(() -> new MissingReferenceDataException(parameter.name(), key, on))
                .as(type);
    }

    static ParameterVersion cite(Version<?> v) {
        return new ParameterVersion(v.parameter().name(), v.label(), v.value().text(), v.validity().from(), v.id());
    }
}
