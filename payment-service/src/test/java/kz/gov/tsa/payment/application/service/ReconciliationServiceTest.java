package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.ReissueReturnedTransferUseCase;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Reconciliation;
import kz.gov.tsa.payment.domain.register.Reconciliation.Kind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY_AKIMAT;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ASTANA;
import static kz.gov.tsa.payment.application.service.RegisterFixture.AUDITOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.JANUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.OPERATOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.child;
import static kz.gov.tsa.payment.application.service.RegisterFixture.family;
import static kz.gov.tsa.payment.application.service.RegisterFixture.paid;
import static kz.gov.tsa.payment.application.service.RegisterFixture.parent;
import static kz.gov.tsa.payment.application.service.RegisterFixture.returned;
import static kz.gov.tsa.payment.application.service.RegisterFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

/** ReconciliationService: schedule ↔ lines ↔ confirmations of a month (PAY-04), within the caller's reach (D-11). */
class ReconciliationServiceTest {

    final RegisterFixture f = new RegisterFixture();
    final ReconciliationService reconciliation = new ReconciliationService(f.ports);

    @Test
    void PAY04_aShareDueButNeverIssuedIsANotInstructedFindingAndAnUnconfirmedTransferIsUnpaid() {
        f.decided(1, ALMATY).paid(JANUARY);
        f.decided(2, ALMATY); // decided after January's run: its January shares are due and have no line

        Reconciliation.Report report = reconciliation.reconcile(AUDITOR, JANUARY, Optional.empty()).orElseThrow();

        assertThat(report.instructions()).isEqualTo(2);
        assertThat(report.instructed()).isEqualTo(Tenge.of("30000.00"));
        assertThat(report.paid()).isZero();
        assertThat(report.paidTotal()).isEqualTo(Tenge.ZERO);
        assertThat(report.findings()).filteredOn(x -> x.kind() == Kind.NOT_INSTRUCTED).hasSize(2)
                .allSatisfy(x -> {
                    assertThat(x.familyId()).isEqualTo(family(2));
                    assertThat(x.endToEndId()).isNull();
                }).extracting(Reconciliation.Finding::instructed)
                .containsExactlyInAnyOrder(Tenge.of("20000.00"), Tenge.of("10000.00"));
        assertThat(report.findings()).filteredOn(x -> x.kind() == Kind.UNPAID)
                .extracting(Reconciliation.Finding::endToEndId)
                .containsExactlyInAnyOrder(transfer(JANUARY, 1, parent(1)), transfer(JANUARY, 1, child(1)));
        assertThat(report.findings()).hasSize(4);
    }

    @Test
    void PAY04_aFullyPaidMonthHasNoFinding() {
        f.decided(1, ALMATY).paid(JANUARY);
        f.bankConfirms(JANUARY, paid(transfer(JANUARY, 1, parent(1)), "20000.00"),
                paid(transfer(JANUARY, 1, child(1)), "10000.00"));

        Reconciliation.Report report = reconciliation.reconcile(OPERATOR, JANUARY, Optional.empty()).orElseThrow();

        assertThat(report.findings()).isEmpty();
        assertThat(report.paid()).isEqualTo(2);
        assertThat(report.paidTotal()).isEqualTo(report.instructed()).isEqualTo(Tenge.of("30000.00"));
    }

    @Test
    void D11_aRegionalReportKeepsOnlyItsOwnInstructionsAndTheirConfirmations() {
        f.decided(1, ALMATY).decided(2, ASTANA).paid(JANUARY);
        f.bankConfirms(JANUARY, paid(transfer(JANUARY, 1, parent(1)), "20000.00"),
                paid(transfer(JANUARY, 2, parent(2)), "20000.00"),
                returned(transfer(JANUARY, 2, child(2)), "10000.00"),
                paid("TSA202601" + "0".repeat(26), "5.00"));

        Reconciliation.Report almaty = reconciliation.reconcile(ALMATY_AKIMAT, JANUARY, Optional.empty()).orElseThrow();
        assertThat(almaty.instructions()).isEqualTo(2);
        assertThat(almaty.paid()).isEqualTo(1);
        assertThat(almaty.paidTotal()).isEqualTo(Tenge.of("20000.00"));
        // Astana's confirmations and the unknown one are not Almaty's findings
        assertThat(almaty.findings()).extracting(Reconciliation.Finding::kind).containsExactly(Kind.UNPAID);
        assertThat(almaty.findings()).allSatisfy(x -> assertThat(x.familyId()).isEqualTo(family(1)));

        Reconciliation.Report national = reconciliation.reconcile(AUDITOR, JANUARY, Optional.empty()).orElseThrow();
        assertThat(national.instructions()).isEqualTo(4);
        assertThat(national.paid()).isEqualTo(2);
        assertThat(national.count(Kind.UNKNOWN_INSTRUCTION)).isEqualTo(1);
        assertThat(national.count(Kind.RETURNED)).isEqualTo(1);
        assertThat(national.count(Kind.UNPAID)).isEqualTo(1);

        Refusal other = reconciliation.reconcile(ALMATY_AKIMAT, JANUARY, Optional.of(new RegionCode(ASTANA)))
                .refusalIfAny().orElseThrow();
        assertThat(other.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(other.facts()).containsEntry("regionCode", ASTANA);
    }

    @Test
    void PAY04_aReissuedTransferIsPartOfTheMonthsReconciliationUntilTheBankPaysIt() {
        f.decided(1, ALMATY).paid(JANUARY);
        String childTransfer = transfer(JANUARY, 1, child(1));
        f.bankConfirms(JANUARY, paid(transfer(JANUARY, 1, parent(1)), "20000.00"), returned(childTransfer, "10000.00"));
        Instruction reissue = new ReissueReturnedTransferService(f.ports).reissue(
                new ReissueReturnedTransferUseCase.Command(OPERATOR, JANUARY, childTransfer)).orElseThrow();

        Reconciliation.Report before = reconciliation.reconcile(AUDITOR, JANUARY, Optional.empty()).orElseThrow();
        assertThat(before.instructions()).isEqualTo(3);
        assertThat(before.instructed()).isEqualTo(Tenge.of("40000.00"));
        assertThat(before.findings()).extracting(Reconciliation.Finding::kind, Reconciliation.Finding::endToEndId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Kind.UNPAID, reissue.endToEndId()),
                        org.assertj.core.groups.Tuple.tuple(Kind.RETURNED, childTransfer));

        f.bankConfirms(JANUARY, paid(reissue.endToEndId(), "10000.00"));
        Reconciliation.Report after = reconciliation.reconcile(AUDITOR, JANUARY, Optional.empty()).orElseThrow();
        assertThat(after.paid()).isEqualTo(2);
        assertThat(after.paidTotal()).isEqualTo(Tenge.of("30000.00"));
        assertThat(after.findings()).extracting(Reconciliation.Finding::kind).containsExactly(Kind.RETURNED);
    }
}
