package kz.gov.tsa.payment.adapter.in.rest;

import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerDebitCreditNotificationV08;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.PaymentReturnReason5;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.domain.register.Confirmation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PAY-04 / D-82: the bank's camt.054.001.08 notification read with the Prowide library into confirmations. */
class Camt054Test {

    static final String PAID_ID = "TSA202611" + "a".repeat(26);
    static final String RETURNED_ID = "TSA202611" + "b".repeat(26);
    static final String REVERSED_ID = "TSA202611" + "c".repeat(26);
    static final String PENDING_ID = "TSA202611" + "d".repeat(26);
    static final String CREDITED_BACK_ID = "TSA202611" + "e".repeat(26);

    static ActiveOrHistoricCurrencyAndAmount kzt(String amount) {
        return new ActiveOrHistoricCurrencyAndAmount().setCcy("KZT").setValue(new BigDecimal(amount));
    }

    static EntryTransaction10 tx(String id, String amount) {
        EntryTransaction10 tx = new EntryTransaction10().setRefs(new TransactionReferences6().setEndToEndId(id)
                .setAcctSvcrRef("BANK-" + (id.length() > 9 ? id.charAt(9) : "?")));
        return amount == null ? tx : tx.setAmt(kzt(amount));
    }

    static ReportEntry10 entry(String status, CreditDebitCode direction, String amount, EntryTransaction10... txs) {
        EntryDetails9 details = new EntryDetails9();
        for (EntryTransaction10 t : txs) {
            details.addTxDtls(t);
        }
        ReportEntry10 e = new ReportEntry10().setSts(new EntryStatus1Choice().setCd(status)).setCdtDbtInd(direction)
                .setAcctSvcrRef("ENTRY").addNtryDtls(details);
        return amount == null ? e : e.setAmt(kzt(amount));
    }

    static String notification(ReportEntry10... entries) {
        AccountNotification17 account = new AccountNotification17().setId("N-1").setCreDtTm(OffsetDateTime.now());
        for (ReportEntry10 e : entries) {
            account.addNtry(e);
        }
        return new MxCamt05400108().setBkToCstmrDbtCdtNtfctn(new BankToCustomerDebitCreditNotificationV08()
                .setGrpHdr(new GroupHeader81().setMsgId("BANK-N-1").setCreDtTm(OffsetDateTime.now()))
                .addNtfctn(account)).message();
    }

    @Test
    void PAY04_aBookedDebitIsPaidAndACreditReversalOrReturnIsReturnedPendingEntriesWait() {
        String xml = notification(
                // one batch booked entry of two transfers: one paid, one with return information
                entry("BOOK", CreditDebitCode.DBIT, "70000.00", tx(PAID_ID, "40000.00"),
                        tx(RETURNED_ID, "30000.00").setRtrInf(new PaymentReturnReason5())),
                // a one-transaction entry whose amount is only on the entry, reversed
                entry("BOOK", CreditDebitCode.DBIT, "20000.00", tx(REVERSED_ID, null)).setRvslInd(true),
                // the money credited back to the paying account with the transfer's id
                entry("BOOK", CreditDebitCode.CRDT, "15000.00", tx(CREDITED_BACK_ID, "15000.00")),
                // not booked yet
                entry("PDNG", CreditDebitCode.DBIT, "5000.00", tx(PENDING_ID, "5000.00")));
        assertThat(xml).contains(RegisterFormats.CAMT054);

        List<Confirmation> read = RegisterFormats.bankXml(xml).orElseThrow();

        assertThat(read).extracting(Confirmation::endToEndId)
                .containsExactly(PAID_ID, RETURNED_ID, REVERSED_ID, CREDITED_BACK_ID);
        assertThat(read).extracting(Confirmation::status).containsExactly(Confirmation.Status.PAID,
                Confirmation.Status.RETURNED, Confirmation.Status.RETURNED, Confirmation.Status.RETURNED);
        assertThat(read).extracting(c -> c.amount().toString())
                .containsExactly("40000.00", "30000.00", "20000.00", "15000.00");
        assertThat(read.getFirst().bankReference()).isEqualTo("BANK-a");
    }

    @Test
    void PAY04_aBookedTransactionWithoutIdOrAmountOrAnUnreadableNotificationIsA400() {
        Refusal noId = RegisterFormats.bankXml(notification(
                entry("BOOK", CreditDebitCode.DBIT, "1.00", tx(PAID_ID, "1.00")),
                entry("BOOK", CreditDebitCode.DBIT, null, tx(" ", "1.00")))).refusalIfAny().orElseThrow();
        assertThat(noId.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(noId.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("TxDtls[2]");
        Refusal noAmount = RegisterFormats.bankXml(notification(entry("BOOK", CreditDebitCode.DBIT, null,
                tx(PAID_ID, null), tx(RETURNED_ID, "1.00")))).refusalIfAny().orElseThrow();
        assertThat(noAmount.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("TxDtls[1]");
        Refusal unreadable = RegisterFormats.camt054("<Document xmlns=\"" + RegisterFormats.CAMT054 + "\"/>")
                .refusalIfAny().orElseThrow();
        assertThat(unreadable.code()).isEqualTo("confirmation.not-camt054");
        assertThat(RegisterFormats.bankXml("<Document/>").refusalIfAny().orElseThrow().code())
                .as("anything else is read as a pain.002").isEqualTo("confirmation.not-pain002");
    }
}
