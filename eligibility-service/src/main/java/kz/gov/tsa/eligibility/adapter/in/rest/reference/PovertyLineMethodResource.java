package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.PovertyLineMethodRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.ChangeView;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.*;

/** REF-04 / AMD-01: how the poverty line is derived, per period. */
@Path("/api/v1/reference/poverty-line-methods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class PovertyLineMethodResource {

    private final ReferenceEndpoints reference;

    @Inject
    PovertyLineMethodResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-04: every poverty-line method version", description = "40 % of SM until 2017; 50 % "
            + "2018-01-01..2019-03-31; none known 2019-04-01..2019-09-30 (gap); 70 % 2019-10-01..2024-12-31; from "
            + "2025 the larger of 35 % of the median income and 70 % of SM (AMD-01). Always applied to the quarter "
            + "before the quarter of application.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from 2025", value = "[" + ReferenceExamples.METHOD_VERSION + "]")))
    public List<VersionView> versions(@Parameter(description = "Also the versions a correction superseded")
                                      @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return reference.versions(ReferenceParameter.POVERTY_LINE_METHOD, Optional.empty(), includeSuperseded);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-04: the method in force on a date", description = "422 naming POVERTY_LINE_METHOD in the "
            + "2019-Q2/Q3 gap.")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(schema = @Schema(implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2025", value = ReferenceExamples.METHOD_VERSION)))
    @APIResponse(responseCode = "422", description = "No method for that date", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "gap", value = ReferenceExamples.MISSING)))
    public VersionView inForce(@Parameter(description = "YYYY-MM-DD", example = "2025-01-01")
                               @PathParam("date") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}")
                               String date) {
        return reference.inForce(ReferenceParameter.POVERTY_LINE_METHOD, ReferenceParameter.NATIONAL_KEY, date);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "REF-04: a new method version (ministry)", description = "E.g. fills the 2019-Q2/Q3 gap once the "
            + "order is found. Closes or supersedes what it overlaps; audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2019 gap",
            value = """
                    {"kind": "SHARE_OF_SM", "smPercent": 60, "validFrom": "2019-04-01", "validTo": "2019-09-30",
                     "source": "MTSZN order amending the 2017 order, adilet.zan.kz …", "reason": "order found"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response record(@NotNull @Valid PovertyLineMethodRequest request) {
        boolean greater = request.kind() == PovertyLineMethodRequest.Kind.GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE;
        if (greater != (request.medianIncomePercent() != null)) {
            throw invalid("medianIncomePercent", "reference.method.median-percent", request.kind().name());
        }
        return reference.record("smPercent", () -> greater
                ? new PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare(request.medianIncomePercent(),
                        request.smPercent(), request.rounding())
                : new PovertyLineMethod.ShareOfSubsistenceMinimum(request.smPercent(), request.rounding()), request);
    }
}
