package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.eligibility.application.port.in.AuditTrailQuery;
import kz.gov.tsa.eligibility.domain.AuditRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The audit trail: every state change with its actor, read-only. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only audit trail of every state change (who, when, what, why)")
public class AuditResource {

    private final AuditTrailQuery trail;

    @Inject
    AuditResource(AuditTrailQuery trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({"auditor", "admin"})
    @Operation(summary = "The audit trail of one entity, oldest first")
    public List<AuditRecord> trail(
            @Parameter(description = "Application, Decision, or a reference parameter name", example = "Application")
            @QueryParam("entityType") @NotBlank @Size(max = 64) String entityType,
            @Parameter(description = "The entity's id (a UUID, or a parameter key)", example = "0b7e2d3c-1f7a-4a51-9a43-0e1a3c7d5b21")
            @QueryParam("entityId") @NotBlank @Size(max = 200) String entityId) {
        return trail.trail(entityType, entityId);
    }
}
