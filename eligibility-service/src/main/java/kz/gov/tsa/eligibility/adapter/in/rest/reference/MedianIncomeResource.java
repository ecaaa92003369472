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
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
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

/** AMD-01: the median per-capita income of a region per quarter (not seeded). */
@Path("/api/v1/reference/median-income/{regionCode}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class MedianIncomeResource {

    private final ReferenceEndpoints reference;

    @Inject
    MedianIncomeResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "AMD-01: the median per-capita income of a region for a quarter", description = "Not seeded: "
            + "422 naming MEDIAN_INCOME until it is entered.")
    @APIResponse(responseCode = "200", description = "The stored version", content = @Content(schema = @Schema(implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "figure", value = ReferenceExamples.FIGURE_VERSION)))
    @APIResponse(responseCode = "400", description = "Invalid region or quarter")
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions")
    @APIResponse(responseCode = "422", description = "Not entered", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public VersionView get(@Parameter(example = "750000000") @PathParam("regionCode")
                           @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                           @Parameter(example = "2025-Q4") @PathParam("quarter")
                           @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter) {
        return reference.regional(regionCode, quarter,
                (money, region, q) -> VersionView.of(money.figure(ReferenceParameter.MEDIAN_INCOME, region, q)));
    }

    @PUT
    @RolesAllowed({AKIMAT, ADMIN})
    @Operation(summary = "AMD-01: enter the median per-capita income of a region for a quarter", description = "Needed by the poverty-line method from 2025 (35 % of it, but not below 70 % of SM). An akimat changes only its own region "
            + "(token claim region); the ministry (admin) any. The figure is valid for the quarter; an earlier figure "
            + "of the quarter is superseded (kept). Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "figure",
            value = """
                    {"amount": 98000.00, "source": "digital family map, median per-capita income of the quarter", "reason": "quarterly publication"}""")))
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
                              @Parameter(example = "2025-Q4") @PathParam("quarter")
                              @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter,
                              @NotNull @Valid FigureRequest request) {
        return reference.publish(ReferenceParameter.MEDIAN_INCOME, regionCode, quarter, request);
    }
}
