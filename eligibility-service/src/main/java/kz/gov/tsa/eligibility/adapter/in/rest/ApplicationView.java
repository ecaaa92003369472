package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.web.LogMasking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as the API shows it. IINs are masked for read-only roles. */
public record ApplicationView(UUID id, String familyId, String regionCode, String quarter, String incomePeriod,
                              String channel, String status, Instant receivedAt, String submittedBy,
                              List<MemberView> members, LivingConditions livingConditions) {

    public record MemberView(String iin, LocalDate birthDate, String relation, String residency, String disability,
                             boolean longIllness, boolean fullTimeStudent, List<String> careDuties, String employment,
                             List<IncomeView> incomes, List<CareView> careFor) {
    }

    /** ELIG-07: a person the member cares for; {@code outsideFamily} null for a member of the family. */
    public record CareView(String duty, String iin, String outsideFamily) {
    }

    public record IncomeView(String month, String kind, BigDecimal amount) {
    }

    static ApplicationView of(Application a, boolean maskIins) {
        return new ApplicationView(a.id(), a.familyId(), a.region().value(), a.quarter().toString(),
                a.quarter().previous().toString(), a.channel().name(), a.status().name(), a.receivedAt(),
                a.submittedBy(), a.members().stream().map(m -> member(m, maskIins)).toList(), a.livingConditions());
    }

    static MemberView member(FamilyMember m, boolean maskIins) {
        return new MemberView(maskIins ? LogMasking.iin(m.iin().value()) : m.iin().value(), m.birthDate(),
                m.relation().name(), m.residency().name(), m.disability().name(), m.longIllness(), m.fullTimeStudent(),
                m.careDuties().stream().map(Enum::name).sorted().toList(), m.employment().name(),
                m.incomes().stream().map(i -> new IncomeView(i.month().toString(), i.kind().name(), i.amount().value()))
                        .toList(),
                m.careFor().stream().map(c -> new CareView(c.duty().name(),
                        maskIins ? LogMasking.iin(c.person().value()) : c.person().value(), c.outsideFamily())).toList());
    }
}
