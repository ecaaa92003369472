package kz.gov.tsa.contract.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.contract.application.port.in.FindFamilyCasesQuery;
import kz.gov.tsa.contract.domain.FamilyCase;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Family cases opened from received applications. */
@Path("/api/v1/family-cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Family cases", description = "A family's case at the Centre, opened when its TSA application is received")
@RolesAllowed({"operator", "auditor", "admin"})
public class FamilyCaseResource {

    private final Callers callers;
    private final FindFamilyCasesQuery query;

    @Inject
    FamilyCaseResource(Callers callers, FindFamilyCasesQuery query) {
        this.callers = callers;
        this.query = query;
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "The case opened for one application",
            description = "An operator with a region claim sees the cases of its region; another region's is a 404.")
    public FamilyCaseView byApplication(@PathParam("applicationId") UUID applicationId) {
        return FamilyCaseView.of(query.byApplication(callers.current(), applicationId).orElseThrow());
    }

    @GET
    @Operation(summary = "The cases of one family",
            description = "Only the cases in the caller's reach: an operator with a region claim, those of its region.")
    public List<FamilyCaseView> byFamily(@QueryParam("familyId") @NotBlank String familyId) {
        return query.byFamily(callers.current(), familyId).stream().map(FamilyCaseView::of).toList();
    }

    /** API view of a family case. */
    public record FamilyCaseView(UUID applicationId, String familyId, String regionCode, String quarter,
                                 int memberCount, Instant applicationReceivedAt, Instant openedAt, String status) {
        static FamilyCaseView of(FamilyCase c) {
            return new FamilyCaseView(c.applicationId(), c.familyId(), c.regionCode(), c.quarter(), c.memberCount(),
                    c.applicationReceivedAt(), c.openedAt(), c.status().name());
        }
    }
}
