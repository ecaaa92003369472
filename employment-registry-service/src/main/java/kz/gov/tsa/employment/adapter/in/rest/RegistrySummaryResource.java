package kz.gov.tsa.employment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.employment.application.port.in.RegistrySummaryQuery;
import kz.gov.tsa.employment.domain.RegistrySummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** The registry at a glance. */
@Path("/api/v1/registry/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registry", description = "Job seekers and the unemployed (EMP-02, EMP-05)")
@RolesAllowed({"operator", "akimat", "auditor", "admin"})
public class RegistrySummaryResource {

    private final RegistrySummaryQuery query;

    @Inject
    RegistrySummaryResource(RegistrySummaryQuery query) {
        this.query = query;
    }

    @GET
    @Operation(summary = "Registered persons per status, for one region (KATO code) or all")
    public RegistrySummaryView summary(
            @QueryParam("regionCode") @Pattern(regexp = "\\d{9}", message = "a KATO region code has 9 digits") String regionCode) {
        RegistrySummary s = query.summary(Optional.ofNullable(regionCode));
        return new RegistrySummaryView(s.regionCode(), s.total(), s.byStatus());
    }

    /** API view. */
    public record RegistrySummaryView(String regionCode, long total, java.util.Map<?, Long> byStatus) {
    }
}
