package kz.gov.tsa.payment.adapter.in.rest;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxPain00200110;
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
}
