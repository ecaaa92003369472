package kz.gov.tsa.payment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.FamilyPaymentHistoryQuery;
import kz.gov.tsa.payment.application.port.in.FindRecoveriesQuery;
import kz.gov.tsa.payment.application.port.in.MonthlyTotalsQuery;
import kz.gov.tsa.payment.domain.PaymentLine;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** PAY-05 and reporting: a family's lines with their traces, a month's totals per region, recoveries. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payment history with traces (PAY-05), monthly totals, overpayment recoveries")
public class PaymentQueriesResource {

    private final Callers callers;
    private final FamilyPaymentHistoryQuery history;
    private final MonthlyTotalsQuery totals;
    private final FindRecoveriesQuery recoveries;

    @Inject
    PaymentQueriesResource(Callers callers, FamilyPaymentHistoryQuery history, MonthlyTotalsQuery totals,
                           FindRecoveriesQuery recoveries) {
        this.callers = callers;
        this.history = history;
        this.totals = totals;
        this.recoveries = recoveries;
    }

    @GET
    @Path("/families/{familyId}/payments")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "A family's payment lines, each with its decision, contract state and rule IDs (PAY-05)",
            description = "404 for a family without lines or of another region than the caller's.")
    public PaymentViews.HistoryView history(@PathParam("familyId") String familyId) {
        List<PaymentLine> lines = history.history(callers.current(), familyId).orElseThrow();
        return new PaymentViews.HistoryView(familyId, lines.size(),
                lines.stream().map(PaymentLine::amount).reduce(Tenge.ZERO, Tenge::plus).toString(),
                lines.stream().map(PaymentViews.LineView::of).toList());
    }

    @GET
    @Path("/payment-totals")
    @RolesAllowed({"akimat", "auditor", "operator", "admin"})
    @Operation(summary = "The lines issued by a month's runs, per region",
            description = "An akimat (and any regional caller) sees its own region; another region is a 403.")
    public PaymentViews.MonthTotalsView totals(@QueryParam("month") @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])",
            message = "{tsa.month.invalid}") String month, @QueryParam("regionCode") RegionCode regionCode) {
        YearMonth m = YearMonth.parse(month);
        return PaymentViews.MonthTotalsView.of(m, totals.totals(callers.current(), m, Optional.ofNullable(regionCode))
                .orElseThrow());
    }

    @GET
    @Path("/recoveries")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "Overpayments to recover after a revocation for false information (CON-06 (2))",
            description = "Of the caller's region; optionally of one family.")
    public List<PaymentViews.RecoveryView> recoveries(@QueryParam("familyId") String familyId) {
        return recoveries.find(callers.current(), Optional.ofNullable(familyId).filter(f -> !f.isBlank()))
                .orElseThrow().stream().map(PaymentViews.RecoveryView::of).toList();
    }
}
