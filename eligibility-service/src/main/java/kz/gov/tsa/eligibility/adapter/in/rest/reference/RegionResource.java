package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.RegionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.*;

/** The 20 regions by KATO code (ARCHITECTURE.md §7, REFERENCE-DATA §1). */
@Path("/api/v1/reference/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Dated reference money data (RULES.md §1): read by every role, changed by "
        + "the ministry (admin) and, for their own region, by akimats")
public class RegionResource {

    private final ReferenceEndpoints reference;

    @Inject
    RegionResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "The 20 regions", description = "17 oblasts and the cities of republican significance Astana "
            + "(710000000), Almaty (750000000) and Shymkent (790000000), with names in Kazakh, Russian and English.")
    @APIResponse(responseCode = "200", description = "The regions by KATO code",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "regions", value = ReferenceExamples.REGIONS)))
    public List<RegionView> regions() {
        return reference.regions();
    }

    @GET
    @Path("/{regionCode}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "One region by KATO code")
    @APIResponse(responseCode = "200", description = "The region", content = @Content(schema = @Schema(implementation = RegionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Almaty", value = ReferenceExamples.REGION)))
    @APIResponse(responseCode = "400", description = "Not nine digits")
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown region",
            value = ReferenceExamples.UNKNOWN_REGION)))
    public RegionView byCode(@Parameter(description = "KATO code", example = "750000000")
                             @PathParam("regionCode") @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}")
                             String regionCode) {
        return reference.regionView(regionCode);
    }
}
