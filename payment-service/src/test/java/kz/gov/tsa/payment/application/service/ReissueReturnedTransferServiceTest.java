package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.ReissueReturnedTransferUseCase;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort.Change;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static kz.gov.tsa.payment.application.service.RegisterFixture.ADMIN;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.ALMATY_OPERATOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.AUDITOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.FEBRUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.JANUARY;
import static kz.gov.tsa.payment.application.service.RegisterFixture.OPERATOR;
import static kz.gov.tsa.payment.application.service.RegisterFixture.child;
import static kz.gov.tsa.payment.application.service.RegisterFixture.family;
import static kz.gov.tsa.payment.application.service.RegisterFixture.paid;
import static kz.gov.tsa.payment.application.service.RegisterFixture.parent;
import static kz.gov.tsa.payment.application.service.RegisterFixture.returned;
import static kz.gov.tsa.payment.application.service.RegisterFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

/** ReissueReturnedTransferService: a transfer the bank returned is re-issued once, by a nationwide operator. */
class ReissueReturnedTransferServiceTest {

    final RegisterFixture f = new RegisterFixture();
    final ReissueReturnedTransferService service = new ReissueReturnedTransferService(f.ports);
    final String childTransfer = transfer(JANUARY, 1, child(1));

    ReissueReturnedTransferUseCase.Command reissue(Caller caller, String endToEndId) {
        return new ReissueReturnedTransferUseCase.Command(caller, JANUARY, endToEndId);
    }

    List<Change> reissuedAudit() {
        return f.ports.audit.stream().filter(c -> c.action().equals("TRANSFER_REISSUED")).toList();
    }

    void childReturned() {
        f.decided(1, ALMATY).paid(JANUARY);
        f.bankConfirms(JANUARY, paid(transfer(JANUARY, 1, parent(1)), "20000.00"), returned(childTransfer, "10000.00"));
    }

    @Test
    void PAY04_aReturnedTransferIsReissuedOnlyOnce() {
        childReturned();

        Instruction first = service.reissue(reissue(OPERATOR, childTransfer)).orElseThrow();

        assertThat(first.endToEndId()).isEqualTo("TSR" + childTransfer.substring(3));
        assertThat(first.amount()).isEqualTo(Tenge.of("10000.00"));
        assertThat(first.familyId()).isEqualTo(family(1));
        assertThat(first.personKey()).isEqualTo(child(1));
        assertThat(first.month()).isEqualTo(JANUARY);
        assertThat(f.ports.reissueOf(childTransfer)).contains(first);
        assertThat(reissuedAudit()).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("operator1");
            assertThat(java.util.Map.<String, Object>copyOf(c.details())).containsEntry("familyId", family(1)).containsEntry("amount", "10000.00");
        });

        Refusal again = service.reissue(reissue(OPERATOR, childTransfer)).refusalIfAny().orElseThrow();

        assertThat(again.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(again.ruleId()).isEqualTo("PAY-04");
        assertThat(again.code()).isEqualTo("reissue.only-once");
        assertThat(again.facts()).containsEntry("reissuedAs", first.endToEndId());
        assertThat(f.ports.reissuesByOriginal).containsOnlyKeys(childTransfer);
        assertThat(reissuedAudit()).hasSize(1);
    }

    @Test
    void PAY04_whenAnotherOperatorReissuesTheSameTransferAtOnceOnlyOneReissueIsStored() {
        childReturned();
        Instruction original = f.ports.instructions(JANUARY, Optional.empty()).stream()
                .filter(i -> i.endToEndId().equals(childTransfer)).findFirst().orElseThrow();
        // the other transaction commits between this one's check and its insert
        f.ports.beforeSaveReissue = () -> f.ports.reissuesByOriginal.putIfAbsent(childTransfer, original.reissued());

        Refusal lost = service.reissue(reissue(OPERATOR, childTransfer)).refusalIfAny().orElseThrow();

        assertThat(lost.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(lost.ruleId()).isEqualTo("PAY-04");
        assertThat(lost.code()).isEqualTo("reissue.only-once");
        assertThat(f.ports.reissuesByOriginal).hasSize(1);
        assertThat(reissuedAudit()).isEmpty();
    }

    @Test
    void PAY04_aTransferThatWasPaidOrNotConfirmedOrFirstConfirmedPaidIsNotReissued() {
        f.decided(1, ALMATY).decided(2, ALMATY).paid(JANUARY);
        String paidTransfer = transfer(JANUARY, 1, parent(1));
        String paidThenReturned = transfer(JANUARY, 2, parent(2));
        String unconfirmed = transfer(JANUARY, 2, child(2));
        f.bankConfirms(JANUARY, paid(paidTransfer, "20000.00"), paid(paidThenReturned, "20000.00"));
        f.bankConfirms(JANUARY, returned(paidThenReturned, "20000.00"));

        for (String id : List.of(paidTransfer, paidThenReturned, unconfirmed)) {
            Refusal refusal = service.reissue(reissue(OPERATOR, id)).refusalIfAny().orElseThrow();
            assertThat(refusal.kind()).as(id).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.ruleId()).as(id).isEqualTo("PAY-04");
            assertThat(refusal.code()).as(id).isEqualTo("reissue.not-returned");
        }
        assertThat(f.ports.reissuesByOriginal).isEmpty();
        assertThat(reissuedAudit()).isEmpty();
    }

    @Test
    void aTransferThatIsNotTheMonthsIsNotFound() {
        childReturned();
        String februarysId = transfer(FEBRUARY, 1, child(1));
        for (String id : List.of(februarysId, "TSA202601" + "0".repeat(26), "TSR" + childTransfer.substring(3))) {
            Refusal refusal = service.reissue(reissue(OPERATOR, id)).refusalIfAny().orElseThrow();
            assertThat(refusal.kind()).as(id).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.code()).as(id).isEqualTo("reissue.unknown-transfer");
        }
        assertThat(f.ports.reissuesByOriginal).isEmpty();
    }

    @Test
    void onlyANationwideOperatorOrAnAdminReissuesAndARefusalStoresNothing() {
        childReturned();
        Caller akimat = Caller.fromToken("akimat1", Set.of("akimat"), ALMATY);
        for (Caller caller : List.of(ALMATY_OPERATOR, AUDITOR, akimat)) {
            Refusal refusal = service.reissue(reissue(caller, childTransfer)).refusalIfAny().orElseThrow();
            assertThat(refusal.kind()).as(caller.subject()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).as(caller.subject()).isEqualTo("confirmation.nationwide-only");
        }
        assertThat(f.ports.reissuesByOriginal).isEmpty();

        assertThat(service.reissue(reissue(ADMIN, childTransfer)).orElseThrow().endToEndId()).startsWith("TSR");
        assertThat(reissuedAudit()).extracting(Change::actor).containsExactly("admin1");
    }

    @Test
    void aReturnedConfirmationOfAnotherMonthDoesNotCount() {
        f.decided(1, ALMATY).paid(JANUARY);
        f.bankConfirms(FEBRUARY, returned(childTransfer, "10000.00"));
        assertThat(service.reissue(reissue(OPERATOR, childTransfer)).refusalIfAny()).map(Refusal::code)
                .contains("reissue.not-returned");
        assertThat(f.ports.confirmations(JANUARY)).extracting(Confirmation::endToEndId).isEmpty();
    }
}
