package kz.gov.tsa.payment.adapter.in.rest;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericPersonIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.Party38Choice;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PersonIdentification13;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The register's file formats: a CSV for the akimats and the bank, and an ISO 20022 pain.001.001.09 credit transfer
 * initiation built with the Prowide ISO 20022 library (never by string concatenation). The control sums of both
 * headers (count, total) are the register's. The bank's confirmations come back as CSV.
 */
final class RegisterFormats {

    static final String CSV_COLUMNS = "endToEndId;familyId;regionCode;maskedIin;amount;lines";
    static final String CONFIRMATION_COLUMNS = "endToEndId;status;amount;bankReference";

    private RegisterFormats() {
    }

    static String csv(Register r) {
        StringBuilder out = new StringBuilder();
        out.append("# TSA payment register;month=").append(r.month()).append(";region=")
                .append(r.regionCode() == null ? "ALL" : r.regionCode()).append(";count=").append(r.count())
                .append(";total=").append(r.total()).append('\n');
        out.append(CSV_COLUMNS).append('\n');
        for (Instruction i : r.instructions()) {
            out.append(i.endToEndId()).append(';').append(i.familyId()).append(';').append(i.regionCode()).append(';')
                    .append(i.maskedIin()).append(';').append(i.amount()).append(';').append(i.lines()).append('\n');
        }
        return out.toString();
    }

    static String pain001(Register r, RegisterDebtor debtor, OffsetDateTime now, LocalDate executionDate) {
        String msgId = "TSA-" + r.month() + "-" + (r.regionCode() == null ? "ALL" : r.regionCode());
        var header = new GroupHeader85().setMsgId(msgId).setCreDtTm(now).setNbOfTxs(Long.toString(r.count()))
                .setCtrlSum(r.total().value()).setInitgPty(new PartyIdentification135().setNm(debtor.debtorName()));
        var info = new PaymentInstruction30().setPmtInfId(msgId).setPmtMtd(PaymentMethod3Code.TRF)
                .setNbOfTxs(Long.toString(r.count())).setCtrlSum(r.total().value())
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(executionDate))
                .setDbtr(new PartyIdentification135().setNm(debtor.debtorName()))
                .setDbtrAcct(new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(debtor.debtorIban())))
                .setDbtrAgt(new BranchAndFinancialInstitutionIdentification6().setFinInstnId(
                        new FinancialInstitutionIdentification18().setBICFI(debtor.debtorBic())));
        for (Instruction i : r.instructions()) {
            info.addCdtTrfTxInf(new CreditTransferTransaction34()
                    .setPmtId(new PaymentIdentification6().setEndToEndId(i.endToEndId()))
                    .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                            .setCcy("KZT").setValue(i.amount().value())))
                    .setCdtr(new PartyIdentification135().setNm(i.maskedIin()).setId(new Party38Choice().setPrvtId(
                            new PersonIdentification13().addOthr(new GenericPersonIdentification1()
                                    .setId(i.familyId()).setIssr("TSA")))))
                    .setRmtInf(new RemittanceInformation16().addUstrd("TSA " + r.month() + " " + i.familyId())));
        }
        var document = new CustomerCreditTransferInitiationV09().setGrpHdr(header).addPmtInf(info);
        return new MxPain00100109().setCstmrCdtTrfInitn(document).message();
    }

    /** Lines {@code endToEndId;status;amount;bankReference} (a header line is skipped); a bad line is a 400 naming it. */
    static Outcome<List<Confirmation>> confirmations(String body) {
        List<Confirmation> out = new ArrayList<>();
        String[] lines = body == null ? new String[0] : body.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("endToEndId")) {
                continue;
            }
            String[] f = line.split(";", -1);
            String field = "line " + (n + 1);
            if (f.length < 3 || f[0].isBlank() || f[0].length() > Instruction.MAX_ID
                    || !f[2].matches("-?\\d+\\.\\d{2}") || !(f[1].equals("PAID") || f[1].equals("RETURNED"))) {
                return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.bad-line", n + 1)
                        .withField(field, "confirmation.bad-line", n + 1));
            }
            out.add(new Confirmation(f[0], Confirmation.Status.valueOf(f[1]), Tenge.of(f[2]),
                    f.length > 3 ? f[3] : null));
        }
        return Outcome.accepted(out);
    }

    /** pain.002 transaction statuses that mean the bank credited the transfer. */
    static final Set<String> PAID = Set.of("ACSC", "ACSP", "ACCC", "ACWC", "ACCP");

    /**
     * A pain.002.001.10 payment status report (parsed with the Prowide library): each transaction status with its
     * original end-to-end id and amount — ACSC/ACSP/ACCC/ACWC/ACCP paid, RJCT returned, any other status (pending)
     * not yet a confirmation. A report the library cannot read, or a final status without id or amount, is a 400.
     */
    static Outcome<List<Confirmation>> pain002(String xml) {
        MxPain00200110 report;
        try {
            report = MxPain00200110.parse(xml);
        } catch (RuntimeException e) {
            report = null;
        }
        if (report == null || report.getCstmrPmtStsRpt() == null) {
            return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.not-pain002"));
        }
        List<Confirmation> out = new ArrayList<>();
        int n = 0;
        for (var info : report.getCstmrPmtStsRpt().getOrgnlPmtInfAndSts()) {
            for (var tx : info.getTxInfAndSts()) {
                n++;
                String status = tx.getTxSts();
                if (status == null || !(PAID.contains(status) || "RJCT".equals(status))) {
                    continue;
                }
                var amount = tx.getOrgnlTxRef() == null || tx.getOrgnlTxRef().getAmt() == null
                        || tx.getOrgnlTxRef().getAmt().getInstdAmt() == null ? null
                        : tx.getOrgnlTxRef().getAmt().getInstdAmt().getValue();
                String id = tx.getOrgnlEndToEndId();
                if (id == null || id.isBlank() || id.length() > Instruction.MAX_ID || amount == null) {
                    return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.bad-transaction", n)
                            .withField("TxInfAndSts[" + n + "]", "confirmation.bad-transaction", n));
                }
                out.add(new Confirmation(id, PAID.contains(status) ? Confirmation.Status.PAID
                        : Confirmation.Status.RETURNED, new Tenge(amount),
                        tx.getAcctSvcrRef() != null ? tx.getAcctSvcrRef() : tx.getStsId()));
            }
        }
        return Outcome.accepted(out);
    }

    /** The namespace that marks a camt.054.001.08 notification (any other XML is read as a pain.002 report). */
    static final String CAMT054 = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    /** The bank's XML: a camt.054.001.08 debit notification when it says so, else a pain.002.001.10 report. */
    static Outcome<List<Confirmation>> bankXml(String xml) {
        return xml != null && xml.contains(CAMT054) ? camt054(xml) : pain002(xml);
    }

    /**
     * A camt.054.001.08 bank-to-customer debit/credit notification of the paying account (parsed with the Prowide
     * library, D-82): each <em>booked</em> entry's transactions with their end-to-end id and amount — a debit is the
     * transfer paid out, a credit back to the account with the same end-to-end id, a reversal or return
     * information is the transfer returned; pending and information-only entries are not yet confirmations. A
     * transaction's own amount wins over its entry's (which is the only amount of a one-transaction entry). A
     * notification the library cannot read, or a booked transaction without id or amount, is a 400.
     */
    static Outcome<List<Confirmation>> camt054(String xml) {
        MxCamt05400108 notification;
        try {
            notification = MxCamt05400108.parse(xml);
        } catch (RuntimeException e) {
            notification = null;
        }
        if (notification == null || notification.getBkToCstmrDbtCdtNtfctn() == null) {
            return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.not-camt054"));
        }
        List<Confirmation> out = new ArrayList<>();
        int n = 0;
        for (var account : notification.getBkToCstmrDbtCdtNtfctn().getNtfctn()) {
            for (var entry : account.getNtry()) {
                String status = entry.getSts() == null ? null : entry.getSts().getCd();
                boolean booked = "BOOK".equals(status);
                boolean reversal = Boolean.TRUE.equals(entry.isRvslInd());
                var transactions = entry.getNtryDtls().stream().flatMap(d -> d.getTxDtls().stream()).toList();
                for (var tx : transactions) {
                    n++;
                    if (!booked) {
                        continue;
                    }
                    String id = tx.getRefs() == null ? null : tx.getRefs().getEndToEndId();
                    var amount = tx.getAmt() != null ? tx.getAmt().getValue()
                            : transactions.size() == 1 && entry.getAmt() != null ? entry.getAmt().getValue() : null;
                    if (id == null || id.isBlank() || id.length() > Instruction.MAX_ID || amount == null) {
                        return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.bad-transaction", n)
                                .withField("TxDtls[" + n + "]", "confirmation.bad-transaction", n));
                    }
                    CreditDebitCode direction = tx.getCdtDbtInd() != null ? tx.getCdtDbtInd() : entry.getCdtDbtInd();
                    boolean returned = reversal || tx.getRtrInf() != null || direction == CreditDebitCode.CRDT;
                    String reference = tx.getRefs().getAcctSvcrRef() != null ? tx.getRefs().getAcctSvcrRef()
                            : entry.getAcctSvcrRef();
                    out.add(new Confirmation(id, returned ? Confirmation.Status.RETURNED : Confirmation.Status.PAID,
                            new Tenge(amount), reference));
                }
            }
        }
        return Outcome.accepted(out);
    }
}
