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
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.PovertyLineView;
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

/** REF-04/05: the poverty line of a region for the quarter of application, and its published figure. */
@Path("/api/v1/reference/poverty-lines/{regionCode}/{quarter}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class PovertyLineResource {

    private final ReferenceEndpoints reference;

    @Inject
    PovertyLineResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-04/05: the poverty line of a region for the quarter of application", description = "The "
            + "figure the region published for the quarter takes precedence (PUBLISHED); otherwise the method in "
            + "force for the quarter applied to the SM (and, from 2025, the median income) of the quarter BEFORE "
            + "(METHOD), each term rounded HALF_UP to the tiyn. 422 naming the missing parameter: "
            + "POVERTY_LINE_METHOD in 2019-Q2/Q3, MEDIAN_INCOME from 2025 until it is entered.")
    @APIResponse(responseCode = "200", description = "The line, how it was obtained and its inputs", content = @Content(schema = @Schema(implementation = PovertyLineView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Almaty 2024-Q1",
            value = ReferenceExamples.POVERTY_LINE)))
    @APIResponse(responseCode = "400", description = "Invalid region or quarter")
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown region",
            value = ReferenceExamples.UNKNOWN_REGION)))
    @APIResponse(responseCode = "422", description = "A parameter is missing", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "2019-Q2", value = ReferenceExamples.MISSING)))
    public PovertyLineView get(@Parameter(example = "750000000") @PathParam("regionCode")
                               @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                               @Parameter(example = "2024-Q1") @PathParam("quarter")
                               @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter) {
        return reference.regional(regionCode, quarter,
                (money, region, q) -> PovertyLineView.of(money.povertyLine(region, q)));
    }

    @PUT
    @RolesAllowed({AKIMAT, ADMIN})
    @Operation(summary = "REF-05: publish the poverty line of a region for a quarter", description = "The published figure takes precedence over the method. An akimat changes only its own region "
            + "(token claim region); the ministry (admin) any. The figure is valid for the quarter; an earlier figure "
            + "of the quarter is superseded (kept). Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "figure",
            value = """
                    {"amount": 32000.00, "source": "akimat resolution of 05.04.2026 No. 123", "reason": "quarterly publication"}""")))
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
                              @Parameter(example = "2026-Q2") @PathParam("quarter")
                              @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter,
                              @NotNull @Valid FigureRequest request) {
        return reference.publish(ReferenceParameter.POVERTY_LINE, regionCode, quarter, request);
    }
}
