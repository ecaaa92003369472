package kz.gov.tsa.payment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
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

    @Inject
    PaymentPipelineResource(PaymentPipelineQuery query) {
        this.query = query;
    }

    @GET
    @Operation(summary = "Families and people awaiting a decision, per region and quarter")
    public PipelineSummaryView summary(@QueryParam("regionCode") String regionCode, @QueryParam("quarter") String quarter) {
        PipelineSummary s = query.summary(Optional.ofNullable(regionCode).filter(v -> !v.isBlank()),
                Optional.ofNullable(quarter).filter(v -> !v.isBlank()));
        return new PipelineSummaryView(s.totalFamilies(), s.totalPeople(), s.lines());
    }

    @GET
    @Path("/applications/{applicationId}")
    @Operation(summary = "One pending application as payment-service recorded it")
    public PendingApplication application(@PathParam("applicationId") UUID applicationId) {
        return query.application(applicationId)
                .orElseThrow(() -> new NotFoundException("no pending application " + applicationId));
    }

    /** API view of the pipeline. */
    public record PipelineSummaryView(long families, long people, java.util.List<PipelineSummary.Line> lines) {
    }
}
