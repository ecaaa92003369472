package kz.gov.tsa.payment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import kz.gov.tsa.payment.application.port.in.GetPaymentRunQuery;
import kz.gov.tsa.payment.application.port.in.StartPaymentRunUseCase;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

/** PAY-04: the monthly payment run — started by an operator, run in the background, watched by its progress. */
@Path("/api/v1/payment-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment runs", description = "The exactly-once monthly payment run (PAY-04) and its control totals")
public class PaymentRunResource {

    private final Callers callers;
    private final StartPaymentRunUseCase start;
    private final GetPaymentRunQuery get;
    private final Clock clock;

    @Inject
    PaymentRunResource(Callers callers, StartPaymentRunUseCase start, GetPaymentRunQuery get, Clock clock) {
        this.callers = callers;
        this.start = start;
        this.get = get;
        this.clock = clock;
    }

    @Schema(name = "PaymentRunRequest", description = "The month to pay (YYYY-MM)")
    record StartRun(@NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{tsa.month.invalid}")
                    @Schema(example = "2026-03") String month) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Start the payment run of a month (202; it runs in the background in chunks)",
            description = "409 PAY-04 while a run of the same month is running. Every due line is issued once under its "
                    + "idempotency key, so a run started again issues only what is still due.")
    @APIResponse(responseCode = "202", description = "The run, RUNNING; follow its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentViews.RunView.class)))
    @APIResponse(responseCode = "409", description = "PAY-04: a run of this month is running")
    public Response start(@NotNull @Valid StartRun request, @Context UriInfo uri) {
        PaymentRun run = start.start(new StartPaymentRunUseCase.Command(callers.current(),
                YearMonth.parse(request.month()))).orElseThrow();
        return Response.accepted(PaymentViews.RunView.started(run))
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"operator", "auditor", "akimat", "admin"})
    @Operation(summary = "A run's status, progress (lines done/total, rate, ETA) and its control totals per region",
            description = "An akimat sees its own region's totals.")
    public PaymentViews.RunView get(@PathParam("id") UUID id) {
        return PaymentViews.RunView.of(get.get(callers.current(), id).orElseThrow(), clock);
    }
}
