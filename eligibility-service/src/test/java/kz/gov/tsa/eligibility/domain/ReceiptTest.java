package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** ELIG-03 / ELIG-12: the quarter of application is the quarter of the date of receipt in Asia/Almaty (D-81). */
class ReceiptTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");   // 2 December 2026, 11:00 in Almaty

    static Outcome<Receipt> online(String namedQuarter) {
        return Receipt.of(Optional.ofNullable(namedQuarter).map(Quarter::parse), Optional.empty(), false, NOW, ALMATY);
    }

    static Outcome<Receipt> paper(String receivedOn, String reason, boolean role) {
        return Receipt.of(Optional.empty(), Optional.of(new Receipt.PaperReceipt(LocalDate.parse(receivedOn), reason)),
                role, NOW, ALMATY);
    }

    static Refusal refusal(Outcome<?> o) {
        return o.refusalIfAny().orElseThrow();
    }

    @Test
    void ELIG03_theQuarterIsTheQuarterOfTheDateOfReceiptWhetherNamedOrNot() {
        Receipt r = online(null).orElseThrow();
        assertThat(r.quarter()).isEqualTo(Quarter.parse("2026-Q4"));
        assertThat(r.receivedOn()).isEqualTo(LocalDate.parse("2026-12-02"));
        assertThat(r.receivedAt()).isEqualTo(NOW);
        assertThat(r.paper()).isEmpty();
        assertThat(online("2026-Q4").orElseThrow()).isEqualTo(r);
    }

    @Test
    void ELIG03_aRequestNamingAnotherQuarterIsRefusedNamingTheField() {
        // the review's case: received on 2026-12-02 for 2025-Q1
        Refusal r = refusal(online("2025-Q1"));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(r.ruleId()).isEqualTo("ELIG-03");
        assertThat(r.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("quarter");
        assertThat(r.facts()).containsEntry("quarterOfReceipt", "2026-Q4").containsEntry("receivedOn", "2026-12-02");
        assertThat(refusal(online("2027-Q1")).ruleId()).as("nor a later one").isEqualTo("ELIG-03");
    }

    @Test
    void ELIG03_theDateOfReceiptIsTakenInAlmatyNotInUtc() {
        // 31 Dec 2026 19:30 UTC is 1 Jan 2027 00:30 in Almaty (UTC+5): the application belongs to 2027-Q1
        Instant lateNight = Instant.parse("2026-12-31T19:30:00Z");
        Receipt r = Receipt.of(Optional.empty(), Optional.empty(), false, lateNight, ALMATY).orElseThrow();
        assertThat(r.quarter()).isEqualTo(Quarter.parse("2027-Q1"));
        Instant justBefore = Instant.parse("2026-12-31T18:59:59Z");
        assertThat(Receipt.of(Optional.empty(), Optional.empty(), false, justBefore, ALMATY).orElseThrow().quarter())
                .isEqualTo(Quarter.parse("2026-Q4"));
    }

    @Test
    void ELIG03_D81_aPaperApplicationTakesItsDateOfReceiptWithTheRoleAndAReason() {
        Receipt r = paper("2026-09-30", "received at the centre during a system outage", true).orElseThrow();
        assertThat(r.quarter()).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(r.receivedOn()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(r.receivedAt()).isEqualTo(Instant.parse("2026-09-29T19:00:00Z")); // 00:00 in Almaty
        assertThat(r.paper().orElseThrow().reason()).isEqualTo("received at the centre during a system outage");
        assertThat(Receipt.of(Optional.of(Quarter.parse("2026-Q3")),
                Optional.of(new Receipt.PaperReceipt(LocalDate.parse("2026-09-30"), "outage")), true, NOW, ALMATY)
                .isRefused()).isFalse();
        assertThat(refusal(Receipt.of(Optional.of(Quarter.parse("2026-Q4")),
                Optional.of(new Receipt.PaperReceipt(LocalDate.parse("2026-09-30"), "outage")), true, NOW, ALMATY))
                .fields()).extracting(Refusal.FieldRefusal::field).containsExactly("quarter");
    }

    @Test
    void ELIG03_D81_backDatingWithoutTheRoleIsForbidden() {
        Refusal r = refusal(paper("2026-11-30", "outage", false));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(r.ruleId()).isEqualTo("ELIG-03");
        assertThat(r.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("receivedOn");
    }

    @Test
    void ELIG03_D81_theDateOfReceiptLiesBetweenTheStartOfNewTsaAndToday() {
        assertThat(paper("2026-12-02", "today, on paper", true).isRefused()).isFalse();
        assertThat(refusal(paper("2026-12-03", "tomorrow", true)).fields())
                .extracting(Refusal.FieldRefusal::field).containsExactly("receivedOn");
        assertThat(paper("2018-01-01", "the first day", true).isRefused()).isFalse();
        assertThat(refusal(paper("2017-12-31", "before", true)).fields())
                .extracting(Refusal.FieldRefusal::field).containsExactly("receivedOn");
    }

    @Test
    void ELIG03_D81_theReasonIsRequiredAndBounded() {
        assertThat(refusal(paper("2026-11-30", "  ", true)).fields())
                .extracting(Refusal.FieldRefusal::field).containsExactly("receivedOnReason");
        assertThat(refusal(paper("2026-11-30", null, true)).fields())
                .extracting(Refusal.FieldRefusal::field).containsExactly("receivedOnReason");
        assertThat(paper("2026-11-30", "x".repeat(500), true).isRefused()).isFalse();
        assertThat(refusal(paper("2026-11-30", "x".repeat(501), true)).fields())
                .extracting(Refusal.FieldRefusal::field).containsExactly("receivedOnReason");
        assertThat(refusal(paper("2030-01-01", "", true)).fields()).extracting(Refusal.FieldRefusal::field)
                .as("every bad field at once").containsExactly("receivedOn", "receivedOnReason");
    }
}
