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
import kz.gov.tsa.kernel.RefusedException;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.Callers;
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
    private final Callers callers;

    @Inject
    RegistrySummaryResource(RegistrySummaryQuery query, Callers callers) {
        this.query = query;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "Registered persons per status, for one region (KATO code) or all")
    public RegistrySummaryView summary(
            @QueryParam("regionCode") @Pattern(regexp = "\\d{9}", message = "a KATO region code has 9 digits") String regionCode) {
        if (regionCode != null && !RegionCode.isKnown(regionCode)) {
            throw new RefusedException(Refusal.invalid("EMP-02", "registry.region-unknown", regionCode)
                    .withField("regionCode", "registry.region-unknown", regionCode));
        }
        RegistrySummary s = query.summary(callers.current(),
                Optional.ofNullable(regionCode).map(RegionCode::new)).orElseThrow();
        return new RegistrySummaryView(s.regionCode(), s.total(), s.byStatus());
    }

    /** API view. */
    public record RegistrySummaryView(String regionCode, long total, java.util.Map<?, Long> byStatus) {
    }
}
