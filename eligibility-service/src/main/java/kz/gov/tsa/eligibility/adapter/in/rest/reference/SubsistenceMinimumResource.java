package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.FigureRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.ChangeView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.SubsistenceMinimumView;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.*;

/** REF-01/02: the subsistence minimum of a region per quarter, and its published figure. */
@Path("/api/v1/reference/subsistence-minimum/{regionCode}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SubsistenceMinimumResource {

    private final ReferenceEndpoints reference;

    @Inject
    SubsistenceMinimumResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-01/02: the subsistence minimum of a region for a quarter", description = "FOOD_BASKET: "
            + "the official basket's cost at the region's prices / the food share of the split in force (60 % until "
            + "2017, 55 % from 2018); PUBLISHED: the published or entered figure (seeded: the national SM of the "
            + "budget law for every region, 2015-2026). A placeholder basket is never used. 422 naming the missing "
            + "parameter otherwise.")
    @APIResponse(responseCode = "200", description = "The SM, how it was obtained and its inputs", content = @Content(schema = @Schema(implementation = SubsistenceMinimumView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Almaty 2023-Q4",
            value = ReferenceExamples.SUBSISTENCE_MINIMUM)))
    @APIResponse(responseCode = "400", description = "Invalid region or quarter")
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown region",
            value = ReferenceExamples.UNKNOWN_REGION)))
    @APIResponse(responseCode = "422", description = "A parameter is missing", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public SubsistenceMinimumView get(@Parameter(example = "750000000") @PathParam("regionCode")
                                      @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                                      @Parameter(example = "2023-Q4") @PathParam("quarter")
                                      @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter) {
        return reference.regional(regionCode, quarter,
                (money, region, q) -> SubsistenceMinimumView.of(money.subsistenceMinimum(region, q)));
    }

    @PUT
    @RolesAllowed({AKIMAT, ADMIN})
    @Operation(summary = "REF-01: publish (enter) the SM of a region for a quarter", description = "Replaces the national figure seeded for the region and quarter. An akimat changes only its own region "
            + "(token claim region); the ministry (admin) any. The figure is valid for the quarter; an earlier figure "
            + "of the quarter is superseded (kept). Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "figure",
            value = """
                    {"amount": 45210.00, "source": "regional statistics department, SM for the quarter", "reason": "quarterly publication"}""")))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "An akimat and another region", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not own region",
            value = ReferenceExamples.NOT_OWN_REGION)))
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown region",
            value = ReferenceExamples.UNKNOWN_REGION)))
    public ChangeView publish(@Parameter(example = "750000000") @PathParam("regionCode")
                              @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                              @Parameter(example = "2026-Q1") @PathParam("quarter")
                              @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter,
                              @NotNull @Valid FigureRequest request) {
        return reference.publish(ReferenceParameter.SUBSISTENCE_MINIMUM, regionCode, quarter, request);
    }
}
