package kz.gov.tsa.eligibility.adapter.out.persistence;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.CareFor;
import kz.gov.tsa.eligibility.domain.CommissionConclusion;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.eligibility.domain.PaymentMode;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one mapping between {@link Application} and {@link ApplicationEntity}. */
final class ApplicationMapper {

    private ApplicationMapper() {
    }

    static ApplicationEntity toEntity(Application a) {
        ApplicationEntity e = new ApplicationEntity();
        e.id = a.id();
        e.familyId = a.familyId();
        e.regionCode = a.region().value();
        e.quarter = a.quarter().toString();
        e.channel = a.channel().name();
        e.conditionalPayment = a.conditionalPayment().name();
        e.submittedBy = a.submittedBy();
        e.receivedAt = a.receivedAt();
        e.status = a.status().name();
        e.members = a.members().stream().map(ApplicationMapper::toRow).toList();
        applyState(a, e);
        LivingConditions l = a.livingConditions();
        e.livingConditions = new ApplicationEntity.LivingRow(l.ownsHousing(), l.subsidiaryFarm(), l.ownsCar(),
                l.livingAreaSquareMetres());
        return e;
    }

    /** Copies what changes after receipt: status and the commission's conclusion. */
    static void applyState(Application a, ApplicationEntity e) {
        e.status = a.status().name();
        a.conclusion().ifPresent(c -> {
            e.commissionFactsConfirmed = c.factsConfirmed();
            e.commissionNotes = c.notes();
            e.commissionConcludedBy = c.concludedBy();
            e.commissionConcludedAt = c.concludedAt();
        });
    }

    static ApplicationEntity.MemberRow toRow(FamilyMember m) {
        return new ApplicationEntity.MemberRow(m.iin().value(), m.birthDate(), m.relation().name(), m.residency().name(),
                m.disability().name(), m.longIllness(), m.fullTimeStudent(),
                m.careDuties().stream().map(Enum::name).sorted().toList(), m.employment().name(),
                m.incomes().stream().map(i -> new ApplicationEntity.IncomeRow(i.month().toString(), i.kind().name(),
                        i.amount().value())).toList(),
                m.careFor().stream().map(c -> new ApplicationEntity.CareRow(c.duty().name(), c.person().value(),
                        c.outsideFamily())).toList());
    }

    static FamilyMember toDomain(ApplicationEntity.MemberRow r) {
        return new FamilyMember(Iin.parse(r.iin()), r.birthDate(), FamilyMember.Relation.valueOf(r.relation()),
                ResidencyStatus.valueOf(r.residency()), Disability.valueOf(r.disability()), r.longIllness(),
                r.fullTimeStudent(), r.careDuties().stream().map(CareDuty::valueOf).collect(Collectors.toSet()),
                EmploymentStatus.valueOf(r.employment()),
                r.incomes().stream().map(i -> new MonthlyIncome(YearMonth.parse(i.month()),
                        MonthlyIncome.IncomeKind.valueOf(i.kind()), new Tenge(i.amount()))).toList(),
                r.careFor() == null ? List.of() : r.careFor().stream().map(c -> new CareFor(CareDuty.valueOf(c.duty()),
                        Iin.parse(c.iin()), c.outsideFamily())).toList());
    }

    static Application toDomain(ApplicationEntity e) {
        var l = e.livingConditions;
        return new Application(e.id, e.familyId, new RegionCode(e.regionCode), Quarter.parse(e.quarter),
                e.members.stream().map(ApplicationMapper::toDomain).toList(),
                new LivingConditions(l.ownsHousing(), l.subsidiaryFarm(), l.ownsCar(), l.livingAreaSquareMetres()),
                Application.Channel.valueOf(e.channel), e.submittedBy, e.receivedAt,
                Application.Status.valueOf(e.status),
                Optional.ofNullable(e.commissionConcludedAt).map(at -> new CommissionConclusion(
                        Boolean.TRUE.equals(e.commissionFactsConfirmed), e.commissionNotes, e.commissionConcludedBy, at)),
                PaymentMode.valueOf(e.conditionalPayment));
    }
}
