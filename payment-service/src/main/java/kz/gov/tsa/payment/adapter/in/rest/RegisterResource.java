package kz.gov.tsa.payment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.BuildRegisterQuery;
import kz.gov.tsa.payment.application.port.in.ImportBankConfirmationsUseCase;
import kz.gov.tsa.payment.application.port.in.ReconciliationQuery;
import kz.gov.tsa.payment.application.port.in.ReissueReturnedTransferUseCase;
import kz.gov.tsa.payment.domain.register.Register;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

/** A month's register for the bank (CSV, ISO 20022 pain.001), the bank's confirmations and the reconciliation. */
@Path("/api/v1/registers/{month}")
@Tag(name = "Registers", description = "Bank registers (CSV, pain.001), confirmations and three-way reconciliation")
public class RegisterResource {

    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    private final Callers callers;
    private final BuildRegisterQuery registers;
    private final ImportBankConfirmationsUseCase confirmations;
    private final ReconciliationQuery reconciliation;
    private final RegisterDebtor debtor;
    private final ReissueReturnedTransferUseCase reissue;
    private final Clock clock;

    @Inject
    RegisterResource(Callers callers, BuildRegisterQuery registers, ImportBankConfirmationsUseCase confirmations,
                     ReconciliationQuery reconciliation, RegisterDebtor debtor, Clock clock,
                     ReissueReturnedTransferUseCase reissue) {
        this.reissue = reissue;
        this.callers = callers;
        this.registers = registers;
        this.confirmations = confirmations;
        this.reconciliation = reconciliation;
        this.debtor = debtor;
        this.clock = clock;
    }

    private Register register(String month, RegionCode region) {
        return register(month, region, BuildRegisterQuery.Kind.MONTH);
    }

    private Register register(String month, RegionCode region, BuildRegisterQuery.Kind kind) {
        return registers.register(callers.current(), YearMonth.parse(month), Optional.ofNullable(region), kind)
                .orElseThrow();
    }

    @GET
    @Path("/reissues/csv")
    @Produces("text/csv")
    @RolesAllowed({"operator", "auditor", "akimat", "admin"})
    @Operation(summary = "The month's re-issued transfers as CSV (a register of their own for the bank)")
    public Response reissuesCsv(@PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
                                @QueryParam("regionCode") RegionCode regionCode) {
        return Response.ok(RegisterFormats.csv(register(month, regionCode, BuildRegisterQuery.Kind.REISSUES)),
                "text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("/reissues/pain001")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "The month's re-issued transfers as ISO 20022 pain.001.001.09")
    public Response reissuesPain001(
            @PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
            @QueryParam("regionCode") RegionCode regionCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Response.ok(RegisterFormats.pain001(register(month, regionCode, BuildRegisterQuery.Kind.REISSUES), debtor,
                now, now.toLocalDate()), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/returns/{endToEndId}/reissue")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Re-issue a transfer the bank returned, once: a new instruction for the same entitlement",
            description = "409 PAY-04 when the transfer was not returned or was re-issued already.")
    public Response reissue(@PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
                            @PathParam("endToEndId") String endToEndId) {
        var i = reissue.reissue(new ReissueReturnedTransferUseCase.Command(callers.current(), YearMonth.parse(month),
                endToEndId)).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(new PaymentViews.ReissueView(endToEndId,
                i.endToEndId(), i.familyId(), i.maskedIin(), i.amount().toString())).build();
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @RolesAllowed({"operator", "auditor", "akimat", "admin"})
    @Operation(summary = "The month's register as CSV: a header with count and total, one line per transfer",
            description = "A regional caller gets its own region's register.")
    public Response csv(@PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
                        @QueryParam("regionCode") RegionCode regionCode) {
        return Response.ok(RegisterFormats.csv(register(month, regionCode)), "text/csv; charset=UTF-8").build();
    }

    @GET
    @Path("/pain001")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "The month's register as an ISO 20022 pain.001.001.09 credit transfer initiation",
            description = "NbOfTxs and CtrlSum of the group header and the payment information are the register's.")
    public Response pain001(@PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
                            @QueryParam("regionCode") RegionCode regionCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Response.ok(RegisterFormats.pain001(register(month, regionCode), debtor, now, now.toLocalDate()),
                MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @Path("/confirmations")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Import the bank's confirmations (endToEndId;status;amount;bankReference, PAID or RETURNED)",
            description = "Answers the month's three-way reconciliation. A bad line is a 400 naming it.")
    public PaymentViews.ReconciliationView importConfirmations(
            @PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month, String body) {
        return RegisterFormats.confirmations(body).flatMap(list -> confirmations.importFile(
                new ImportBankConfirmationsUseCase.Command(callers.current(), YearMonth.parse(month), list)))
                .map(PaymentViews.ReconciliationView::of).orElseThrow();
    }

    @POST
    @Path("/confirmations")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Import the bank's ISO 20022 pain.002.001.10 status report or camt.054.001.08 notification",
            description = "pain.002: ACSC/ACSP/ACCC/ACWC/ACCP paid, RJCT returned, other statuses not final yet. "
                    + "camt.054.001.08 (recognised by its namespace): a booked debit with the transfer's end-to-end "
                    + "id is paid; a booked credit, reversal or return information with it is returned; pending "
                    + "entries are not final yet (D-82). Answers the month's three-way reconciliation.")
    public PaymentViews.ReconciliationView importPain002(
            @PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month, String body) {
        return RegisterFormats.bankXml(body).flatMap(list -> confirmations.importFile(
                new ImportBankConfirmationsUseCase.Command(callers.current(), YearMonth.parse(month), list)))
                .map(PaymentViews.ReconciliationView::of).orElseThrow();
    }

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "auditor", "akimat", "admin"})
    @Operation(summary = "Three-way reconciliation: schedule ↔ payment lines ↔ bank confirmations",
            description = "Findings: NOT_INSTRUCTED, UNPAID, RETURNED, CONFIRMED_TWICE, AMOUNT_DIFFERS, UNKNOWN_INSTRUCTION.")
    public PaymentViews.ReconciliationView reconciliation(
            @PathParam("month") @Pattern(regexp = MONTH, message = "{tsa.month.invalid}") String month,
            @QueryParam("regionCode") RegionCode regionCode) {
        return reconciliation.reconcile(callers.current(), YearMonth.parse(month), Optional.ofNullable(regionCode))
                .map(PaymentViews.ReconciliationView::of).orElseThrow();
    }
}
