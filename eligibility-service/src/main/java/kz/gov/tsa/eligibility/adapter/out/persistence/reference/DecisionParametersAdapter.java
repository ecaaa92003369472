package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.reference.ReferenceDataQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.LoadDecisionParametersPort;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.domain.Quarter;
import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.eligibility.domain.Sex;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link LoadDecisionParametersPort} over the stored reference data: the poverty line of the region for
 * the quarter of application as {@link RegionalMoneyQuery} derives it (published, or the method applied
 * to the quarter before), the retirement ages and the contract term in force on the date — with a
 * {@link ParameterVersion} for every stored row used, so that the decision can be replayed.
 */
@ApplicationScoped
class DecisionParametersAdapter implements LoadDecisionParametersPort {

    private final RegionalMoneyQuery money;
    private final ReferenceDataQuery data;

    @Inject
    DecisionParametersAdapter(RegionalMoneyQuery money, ReferenceDataQuery data) {
        this.money = money;
        this.data = data;
    }

    @Override
    @Transactional
    public DecisionParameters load(RegionCode region, Quarter quarter, LocalDate on) {
        PovertyLine line;
        try {
            line = money.povertyLine(region, quarter);
        } catch (UnknownRegionException e) {
            throw new MissingReferenceDataException(ReferenceParameter.POVERTY_LINE.name(), region + "/" + quarter,
                    quarter.firstDay());
        }
        Version<RetirementAge> men = retirementAge(Sex.MALE, on);
        Version<RetirementAge> women = retirementAge(Sex.FEMALE, on);
        Version<ContractTerm> term = data.inForce(ReferenceParameter.CONTRACT_TERM, ReferenceParameter.NATIONAL_KEY, on)
                .as(ContractTerm.class);

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
        return new DecisionParameters(line.value(), men.value().years(), women.value().years(), term.value().months(),
                versions);
    }

    private Version<RetirementAge> retirementAge(Sex sex, LocalDate on) {
        return data.inForce(ReferenceParameter.RETIREMENT_AGE, sex.name(), on).as(RetirementAge.class);
    }

    static ParameterVersion cite(Version<?> v) {
        return new ParameterVersion(v.parameter().name(), v.label(), v.value().text(), v.validity().from(), v.id());
    }
}
