package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.kernel.Caller;
import java.util.Set;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.testing.persons.TestIins;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Families, commands and reference data for the use-case tests: Almaty, quarter 2024-Q2, PL 30 384.90. */
final class UseCaseFixtures {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final Quarter Q2_2024 = Quarter.parse("2024-Q2");
    static final String RECEIVED_AT = "2024-04-10T05:00:00Z";
    private static final AtomicLong IDS = new AtomicLong(1);

    private UseCaseFixtures() {
    }

    static FamilyMember mother(String iin) {
        return new FamilyMember(Iin.parse(iin), LocalDate.parse("1990-01-01"), FamilyMember.Relation.APPLICANT,
                ResidencyStatus.CITIZEN, Disability.NONE, false, false, Set.of(CareDuty.CHILD_UNDER_7),
                EmploymentStatus.NOT_WORKING, List.of());
    }

    static FamilyMember applicant(String iin, String birthDate) {
        return FamilyMember.basic(Iin.parse(iin), LocalDate.parse(birthDate), FamilyMember.Relation.APPLICANT);
    }

    static FamilyMember child(String iin, String birthDate) {
        return FamilyMember.basic(Iin.parse(iin), LocalDate.parse(birthDate), FamilyMember.Relation.CHILD);
    }

    /** A new mother (1990) with a new son under 7. */
    /** An Almaty operator, an Almaty commission member, a ministry auditor and an operator of Astana (D-11). */
    static final Caller OPERATOR = Caller.fromToken("operator1", Set.of("operator"), "750000000");
    static final Caller COMMISSION = Caller.fromToken("commission1", Set.of("commission"), "750000000");
    static final Caller MINISTRY = Caller.fromToken("ministry1", Set.of("auditor"), null);
    static final Caller ASTANA_OPERATOR = Caller.fromToken("operator2", Set.of("operator"), "710000000");

    static List<FamilyMember> motherAndSon() {
        return List.of(mother(TestIins.woman("1990-01-01")), child(TestIins.man("2020-05-05"), "2020-05-05"));
    }

    static SubmitApplicationCommand submit(List<FamilyMember> members) {
        return submit(members, Optional.empty());
    }

    static SubmitApplicationCommand submit(List<FamilyMember> members, Optional<String> idempotencyKey) {
        return new SubmitApplicationCommand(ALMATY, Q2_2024, members, LivingConditions.NOT_RECORDED,
                Application.Channel.OPERATOR, OPERATOR, idempotencyKey);
    }

    /** Almaty with its published PL for 2024-Q2, the retirement ages and the contract term in force. */
    static InMemoryPorts.ReferenceData referenceData() {
        var data = new InMemoryPorts.ReferenceData();
        data.regions.add(new Region(ALMATY, "Алматы", "Алматы", "Almaty", Region.Kind.CITY_OF_REPUBLICAN_SIGNIFICANCE));
        data.versions.add(version(new RegionalFigure(ReferenceParameter.POVERTY_LINE, ALMATY, Tenge.of("30384.90")),
                Validity.of(Q2_2024)));
        data.versions.add(version(new RetirementAge(Sex.MALE, BigDecimal.valueOf(63)),
                Validity.from(LocalDate.parse("2023-01-01"))));
        data.versions.add(version(new RetirementAge(Sex.FEMALE, BigDecimal.valueOf(61)),
                Validity.from(LocalDate.parse("2023-01-01"))));
        data.versions.add(version(new ContractTerm(6), Validity.from(LocalDate.parse("2018-01-01"))));
        data.versions.add(version(new kz.gov.tsa.eligibility.domain.reference.IncomePeriodLength(3),
                Validity.from(LocalDate.parse("2014-01-01"))));
        return data;
    }

    static <T extends ReferenceValue> Version<T> version(T value, Validity validity) {
        return new Version<>(IDS.getAndIncrement(), value, validity, "test", "test", Instant.parse(RECEIVED_AT),
                "test", null);
    }
}
