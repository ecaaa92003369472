package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.web.LogMasking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application as the API shows it. IINs are shown in full only to the roles allowed to read it. */
public record ApplicationView(UUID id, String familyId, String regionCode, String quarter, String channel,
                              String status, Instant receivedAt, String submittedBy, List<MemberView> members) {

    public record MemberView(String iin, LocalDate birthDate, String relation) {
    }

    static ApplicationView of(Application a, boolean maskIins) {
        return new ApplicationView(a.id(), a.familyId(), a.region().value(), a.quarter().toString(), a.channel().name(),
                a.status().name(), a.receivedAt(), a.submittedBy(),
                a.members().stream().map(m -> new MemberView(maskIins ? LogMasking.iin(m.iin().value()) : m.iin().value(),
                        m.birthDate(), m.relation().name())).toList());
    }
}
