package kz.gov.tsa.payment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.payment.application.port.in.PaymentPipelineQuery;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/** Applications on their way to payments, for payment planning. */
@Path("/api/v1/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment pipeline", description = "Applications received and not yet decided, per region and quarter")
@RolesAllowed({"operator", "akimat", "auditor", "admin"})
public class PaymentPipelineResource {

    private final PaymentPipelineQuery query;
    private final Callers callers;

    @Inject
    PaymentPipelineResource(PaymentPipelineQuery query, Callers callers) {
        this.query = query;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Families and people awaiting a decision, per region and quarter",
            description = "An akimat reads its own region (403 for another; without a region claim, 403); a caller "
                    + "without a region may read every region or the one it names. An unknown region or a malformed "
                    + "quarter is a 400 naming the parameter.")
    public PipelineSummaryView summary(
            @Parameter(description = "KATO code of one of the 20 regions", example = "750000000")
            @QueryParam("regionCode") RegionCode regionCode,
            @Parameter(description = "Quarter of application, YYYY-Qn", example = "2026-Q4")
            @QueryParam("quarter") @jakarta.validation.constraints.Pattern(regexp = "\\d{4}-Q[1-4]",
                    message = "{tsa.quarter.invalid}") String quarter) {
        PipelineSummary s = query.summary(callers.current(), Optional.ofNullable(regionCode),
                Optional.ofNullable(quarter).filter(v -> !v.isBlank())).orElseThrow();
        return new PipelineSummaryView(s.totalFamilies(), s.totalPeople(), s.lines());
    }

    @GET
    @Path("/applications/{applicationId}")
    @Operation(summary = "One pending application as payment-service recorded it")
    public PendingApplication application(@PathParam("applicationId") UUID applicationId) {
        return query.application(callers.current(), applicationId)
                .orElseThrow(() -> new NotFoundException("no pending application " + applicationId));
    }

    /** API view of the pipeline. */
    public record PipelineSummaryView(long families, long people, java.util.List<PipelineSummary.Line> lines) {
    }
}
