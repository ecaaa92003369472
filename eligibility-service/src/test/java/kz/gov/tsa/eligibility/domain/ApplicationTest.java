package kz.gov.tsa.eligibility.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static kz.gov.tsa.eligibility.domain.FamilyMember.Relation.APPLICANT;
import static kz.gov.tsa.eligibility.domain.FamilyMember.Relation.CHILD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    static final FamilyMember MOTHER = FamilyMember.basic(Iin.parse("900101300126"), LocalDate.of(1990, 1, 1), APPLICANT);
    static final FamilyMember SON = FamilyMember.basic(Iin.parse("150312500455"), LocalDate.of(2015, 3, 12), CHILD);

    static Application receive(List<FamilyMember> members) {
        return Application.receive(UUID.randomUUID(), new RegionCode("750000000"), Quarter.parse("2026-Q4"), members, LivingConditions.NOT_RECORDED,
                Application.Channel.PORTAL, "portal1", Instant.parse("2026-11-26T05:00:00Z"));
    }

    @Test
    void ELIG10_aReceivedApplicationAwaitsThePrecinctCommission() {
        Application a = receive(List.of(MOTHER, SON));
        assertThat(a.status()).isEqualTo(Application.Status.AWAITING_COMMISSION);
        assertThat(a.applicant()).isEqualTo(MOTHER);
        var event = a.receivedEvent();
        assertThat(event.memberCount()).isEqualTo(2);
        assertThat(event.ruleIds()).contains("ELIG-10");
        assertThat(event.familyId()).isEqualTo(a.familyId());
    }

    @Test
    void ELIG14_theFamilyHasExactlyOneApplicantAndNoPersonTwice() {
        assertThatThrownBy(() -> receive(List.of(SON))).hasMessageContaining("applicant");
        assertThatThrownBy(() -> receive(List.of(MOTHER, MOTHER))).hasMessageContaining("applicant");
        var sonAsApplicantToo = FamilyMember.basic(SON.iin(), SON.birthDate(), CHILD);
        assertThatThrownBy(() -> receive(List.of(MOTHER, SON, sonAsApplicantToo))).hasMessageContaining("twice");
    }

    @Test
    void quartersParseAndKnowTheirDays() {
        Quarter q = Quarter.parse("2026-Q1");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 26))).hasToString("2026-Q4");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionCode("75111")).isInstanceOf(IllegalArgumentException.class);
    }
}
