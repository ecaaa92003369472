package kz.gov.tsa.contract.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.contract.application.port.in.FindFamilyCasesQuery;
import kz.gov.tsa.contract.domain.FamilyCase;
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

    private final FindFamilyCasesQuery query;

    @Inject
    FamilyCaseResource(FindFamilyCasesQuery query) {
        this.query = query;
    }

    @GET
    @Path("/{applicationId}")
    @Operation(summary = "The case opened for one application")
    public FamilyCaseView byApplication(@PathParam("applicationId") UUID applicationId) {
        return query.byApplication(applicationId).map(FamilyCaseView::of)
                .orElseThrow(() -> new NotFoundException("no family case for application " + applicationId));
    }

    @GET
    @Operation(summary = "The cases of one family")
    public List<FamilyCaseView> byFamily(@QueryParam("familyId") String familyId) {
        if (familyId == null || familyId.isBlank()) {
            throw new jakarta.ws.rs.BadRequestException("familyId is required");
        }
        return query.byFamily(familyId).stream().map(FamilyCaseView::of).toList();
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
