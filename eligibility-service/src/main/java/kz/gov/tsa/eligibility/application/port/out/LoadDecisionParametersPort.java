package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.Quarter;
import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;

import java.time.LocalDate;

/** Looks up the dated reference values a decision needs ([param] rules are data, never constants). */
public interface LoadDecisionParametersPort {

    /**
     * The poverty line of {@code region} for the quarter of application {@code quarter}, the retirement
     * ages and the contract term in force on {@code on}, each with the version used.
     *
     * @throws MissingReferenceDataException naming the first missing parameter, its key and date — never a default
     */
    DecisionParameters load(RegionCode region, Quarter quarter, LocalDate on);
}
