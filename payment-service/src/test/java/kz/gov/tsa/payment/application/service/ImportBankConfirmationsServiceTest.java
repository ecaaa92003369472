package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.ImportBankConfirmationsUseCase;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort.Change;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Reconciliation;
import kz.gov.tsa.payment.domain.register.Reconciliation.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY_AKIMAT;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY_OPERATOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ASTANA;
import static kz.gov.tsa.payment.application.service.RegisterFixture.JANUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.OPERATOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.child;
import static kz.gov.tsa.payment.application.service.RegisterFixture.paid;
import static kz.gov.tsa.payment.application.service.RegisterFixture.parent;
import static kz.gov.tsa.payment.application.service.RegisterFixture.returned;
import static kz.gov.tsa.payment.application.service.RegisterFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

/** ImportBankConfirmationsService: the bank's file is stored (audited with its importer), then the month reconciled. */
class ImportBankConfirmationsServiceTest {

    final RegisterFixture f = new RegisterFixture();
    final ImportBankConfirmationsService imports = new ImportBankConfirmationsService(f.ports);

    static final String UNKNOWN = "TSA202601" + "0".repeat(26);

    List<Confirmation> file() {
        return List.of(
                paid(transfer(JANUARY, 1, parent(1)), "20000.00"),
                returned(transfer(JANUARY, 1, child(1)), "10000.00"),
                paid(transfer(JANUARY, 2, parent(2)), "19999.00"),
                paid(UNKNOWN, "5.00"));
    }

    List<Change> imported() {
        return f.ports.audit.stream().filter(c -> c.action().equals("BANK_CONFIRMATIONS_IMPORTED")).toList();
    }

    @Test
    void PAY04_theBanksFileIsStoredAuditedWithItsImporterAndTheMonthIsReconciledNationally() {
        f.decided(1, ALMATY).decided(2, ASTANA).paid(JANUARY);

        Reconciliation.Report report = imports.importFile(new ImportBankConfirmationsUseCase.Command(OPERATOR, JANUARY,
                file())).orElseThrow();

        assertThat(f.ports.confirmations(JANUARY)).containsExactlyElementsOf(file());
        assertThat(imported()).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("operator1");
            assertThat(java.util.Map.<String, Object>copyOf(c.details())).containsEntry("month", "2026-01").containsEntry("confirmations", 4);
        });
        assertThat(report.month()).isEqualTo(JANUARY);
        assertThat(report.instructions()).isEqualTo(4);
        assertThat(report.instructed()).isEqualTo(Tenge.of("60000.00"));
        assertThat(report.paid()).isEqualTo(2);
        assertThat(report.paidTotal()).isEqualTo(Tenge.of("39999.00"));
        assertThat(report.count(Kind.RETURNED)).isEqualTo(1);
        assertThat(report.count(Kind.AMOUNT_DIFFERS)).isEqualTo(1);
        assertThat(report.count(Kind.UNPAID)).isEqualTo(1);
        assertThat(report.count(Kind.UNKNOWN_INSTRUCTION)).isEqualTo(1);
        assertThat(report.count(Kind.CONFIRMED_TWICE)).isZero();
        assertThat(report.count(Kind.NOT_INSTRUCTED)).isZero();
        assertThat(report.findings()).filteredOn(x -> x.kind() == Kind.UNPAID).singleElement()
                .satisfies(x -> assertThat(x.endToEndId()).isEqualTo(transfer(JANUARY, 2, child(2))));
        assertThat(report.findings()).filteredOn(x -> x.kind() == Kind.AMOUNT_DIFFERS).singleElement()
                .satisfies(x -> {
                    assertThat(x.instructed()).isEqualTo(Tenge.of("20000.00"));
                    assertThat(x.confirmed()).isEqualTo(Tenge.of("19999.00"));
                });
    }

    @Test
    void onlyANationwideCallerImportsTheBanksFileAndARefusedImportStoresNothing() {
        f.decided(1, ALMATY).paid(JANUARY);
        for (Caller regional : List.of(ALMATY_OPERATOR, ALMATY_AKIMAT)) {
            Refusal refusal = imports.importFile(new ImportBankConfirmationsUseCase.Command(regional, JANUARY, file()))
                    .refusalIfAny().orElseThrow();
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("confirmation.nationwide-only");
        }
        assertThat(f.ports.confirmations(JANUARY)).isEmpty();
        assertThat(imported()).isEmpty();
    }

    @Test
    void PAY04_anEmptyFileIsRefusedAsInvalidAndStoresNothing() {
        f.decided(1, ALMATY).paid(JANUARY);
        Refusal refusal = imports.importFile(new ImportBankConfirmationsUseCase.Command(OPERATOR, JANUARY, List.of()))
                .refusalIfAny().orElseThrow();
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refusal.ruleId()).isEqualTo("PAY-04");
        assertThat(refusal.code()).isEqualTo("confirmation.empty");
        assertThat(f.ports.confirmationImports).isEmpty();
        assertThat(imported()).isEmpty();
    }

    @Test
    void PAY04_aFileImportedTwiceIsReportedAsConfirmedTwiceAndItsPaymentsAreCountedOnce() {
        f.decided(1, ALMATY).paid(JANUARY);
        List<Confirmation> file = List.of(paid(transfer(JANUARY, 1, parent(1)), "20000.00"),
                paid(transfer(JANUARY, 1, child(1)), "10000.00"));
        Reconciliation.Report first = imports.importFile(new ImportBankConfirmationsUseCase.Command(OPERATOR, JANUARY,
                file)).orElseThrow();
        assertThat(first.paid()).isEqualTo(2);
        assertThat(first.findings()).isEmpty();

        Reconciliation.Report again = imports.importFile(new ImportBankConfirmationsUseCase.Command(OPERATOR, JANUARY,
                file)).orElseThrow();

        // nothing is settled silently: the duplicate is a finding, and the money is not counted twice
        assertThat(again.count(Kind.CONFIRMED_TWICE)).isEqualTo(2);
        assertThat(again.paid()).isEqualTo(2);
        assertThat(again.paidTotal()).isEqualTo(Tenge.of("30000.00"));
        assertThat(f.ports.confirmationImports).hasSize(2);
        assertThat(imported()).hasSize(2);
    }
}
