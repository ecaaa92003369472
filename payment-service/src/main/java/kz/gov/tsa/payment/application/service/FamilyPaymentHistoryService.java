package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.FamilyPaymentHistoryQuery;
import kz.gov.tsa.payment.application.port.out.PaymentLinesPort;
import kz.gov.tsa.payment.domain.PaymentLine;

import java.util.List;

/** PAY-05: the family's lines with their traces, only where the caller reaches (else a 404 like an unknown family). */
@ApplicationScoped
public class FamilyPaymentHistoryService implements FamilyPaymentHistoryQuery {

    private final PaymentLinesPort lines;

    @Inject
    public FamilyPaymentHistoryService(PaymentLinesPort lines) {
        this.lines = lines;
    }

    @Override
    public Outcome<List<PaymentLine>> history(Caller caller, String familyId) {
        List<PaymentLine> visible = lines.ofFamily(familyId).stream()
                .filter(l -> RegionCode.isKnown(l.regionCode()) && caller.covers(new RegionCode(l.regionCode())))
                .toList();
        return visible.isEmpty() ? Outcome.refused(Refusal.notFound("payment.family-not-found", familyId))
                : Outcome.accepted(visible);
    }
}
