package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers (control sums, stable end-to-end ids) and the three-way reconciliation. */
class RegisterRulesTest {

    static final YearMonth MARCH = YearMonth.parse("2026-03");

    static Instruction instruction(String family, String person, String amount) {
        return new Instruction(Instruction.endToEndId(MARCH, family, person), MARCH, family, "750000000", person,
                "9001******26", Tenge.of(amount), 1);
    }

    @Test
    void PAY04_anEndToEndIdIsStableAtMost35CharactersAndNamesNoPerson() {
        String id = Instruction.endToEndId(MARCH, "F-1", "a".repeat(64));
        assertThat(id).hasSize(35).startsWith("TSA202603").isEqualTo(Instruction.endToEndId(MARCH, "F-1", "a".repeat(64)))
                .isNotEqualTo(Instruction.endToEndId(MARCH, "F-1", "b".repeat(64)))
                .isNotEqualTo(Instruction.endToEndId(YearMonth.parse("2026-04"), "F-1", "a".repeat(64)));
    }

    @Test
    void aRegisterSumsThePayableInstructionsAndWithholdsTheOthers() {
        Register r = Register.of(MARCH, "750000000", List.of(instruction("F-1", "a", "100.10"),
                instruction("F-1", "b", "200.20"), instruction("F-2", "c", "-5.00"), instruction("F-2", "d", "0.00")));
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.total()).isEqualTo(Tenge.of("300.30"));
        assertThat(r.withheld()).hasSize(2);
    }

    @Test
    void PAY04_reconciliationFindsUnpaidReturnedDuplicateOtherAmountUnknownAndNotInstructed() {
        Instruction paid = instruction("F-1", "a", "100.00");
        Instruction returned = instruction("F-1", "b", "200.00");
        Instruction missing = instruction("F-2", "c", "300.00");
        Instruction twice = instruction("F-2", "d", "400.00");
        Instruction otherAmount = instruction("F-3", "e", "500.00");
        Register r = Register.of(MARCH, null, List.of(paid, returned, missing, twice, otherAmount));
        var report = Reconciliation.reconcile(r, List.of(
                new Confirmation(paid.endToEndId(), Confirmation.Status.PAID, Tenge.of("100.00"), "B1"),
                new Confirmation(returned.endToEndId(), Confirmation.Status.RETURNED, Tenge.of("200.00"), "B2"),
                new Confirmation(twice.endToEndId(), Confirmation.Status.PAID, Tenge.of("400.00"), "B3"),
                new Confirmation(twice.endToEndId(), Confirmation.Status.PAID, Tenge.of("400.00"), "B4"),
                new Confirmation(otherAmount.endToEndId(), Confirmation.Status.PAID, Tenge.of("499.00"), "B5"),
                new Confirmation("TSA202603" + "0".repeat(26), Confirmation.Status.PAID, Tenge.of("1.00"), "B6")),
                List.of(new Reconciliation.DueShare("F-9", "f", "9001******26", MARCH, Tenge.of("50.00"))));
        assertThat(report.instructions()).isEqualTo(5);
        assertThat(report.instructed()).isEqualTo(Tenge.of("1500.00"));
        assertThat(report.paid()).isEqualTo(3);
        assertThat(report.paidTotal()).isEqualTo(Tenge.of("999.00"));
        for (var kind : Reconciliation.Kind.values()) {
            assertThat(report.count(kind)).as(kind.name()).isEqualTo(1);
        }
        assertThat(report.findings()).filteredOn(f -> f.kind() == Reconciliation.Kind.UNPAID).singleElement()
                .satisfies(f -> assertThat(f.endToEndId()).isEqualTo(missing.endToEndId()));
        assertThat(report.findings()).filteredOn(f -> f.kind() == Reconciliation.Kind.CONFIRMED_TWICE).singleElement()
                .satisfies(f -> assertThat(f.confirmed()).isEqualTo(Tenge.of("800.00")));
    }

    @Test
    void aReturnedTransferIsReissuedOnceForTheSameAmountAndNothingElseIs() {
        Instruction returned = instruction("F-1", "a", "200.00");
        Instruction paid = instruction("F-1", "b", "100.00");
        Register r = Register.of(MARCH, null, List.of(returned, paid));
        List<Confirmation> confirmations = List.of(
                new Confirmation(returned.endToEndId(), Confirmation.Status.RETURNED, Tenge.of("200.00"), "B1"),
                new Confirmation(paid.endToEndId(), Confirmation.Status.PAID, Tenge.of("100.00"), "B2"));
        Instruction again = Reissues.reissue(returned.endToEndId(), r, confirmations, java.util.Optional.empty())
                .orElseThrow();
        assertThat(again.endToEndId()).hasSize(35).startsWith("TSR").isNotEqualTo(returned.endToEndId());
        assertThat(again.amount()).isEqualTo(returned.amount());
        assertThat(again.familyId()).isEqualTo(returned.familyId());
        assertThat(Reissues.reissue(returned.endToEndId(), r, confirmations, java.util.Optional.of(again))
                .refusalIfAny()).map(kz.gov.tsa.kernel.Refusal::ruleId).contains("PAY-04");
        assertThat(Reissues.reissue(paid.endToEndId(), r, confirmations, java.util.Optional.empty()).refusalIfAny())
                .map(kz.gov.tsa.kernel.Refusal::code).contains("reissue.not-returned");
        assertThat(Reissues.reissue("TSA-nothing", r, confirmations, java.util.Optional.empty()).refusalIfAny())
                .map(kz.gov.tsa.kernel.Refusal::kind).contains(kz.gov.tsa.kernel.Refusal.Kind.NOT_FOUND);
    }
}
