package kz.gov.tsa.eligibility.adapter.out.persistence;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.Iin;
import kz.gov.tsa.eligibility.domain.Quarter;
import kz.gov.tsa.eligibility.domain.RegionCode;

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
        e.submittedBy = a.submittedBy();
        e.receivedAt = a.receivedAt();
        e.status = a.status().name();
        e.members = a.members().stream()
                .map(m -> new ApplicationEntity.MemberRow(m.iin().value(), m.birthDate(), m.relation().name()))
                .toList();
        return e;
    }

    static Application toDomain(ApplicationEntity e) {
        return new Application(e.id, e.familyId, new RegionCode(e.regionCode), Quarter.parse(e.quarter),
                e.members.stream().map(m -> new FamilyMember(Iin.parse(m.iin()), m.birthDate(),
                        FamilyMember.Relation.valueOf(m.relation()))).toList(),
                Application.Channel.valueOf(e.channel), e.submittedBy, e.receivedAt,
                Application.Status.valueOf(e.status));
    }
}
