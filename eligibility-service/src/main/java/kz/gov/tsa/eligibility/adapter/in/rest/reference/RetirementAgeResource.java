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
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.RetirementAgeRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
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

/** ELIG-06: the general retirement age by sex per year (women's fractional: 58.5, 59, …). */
@Path("/api/v1/reference/retirement-ages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class RetirementAgeResource {

    private final ReferenceEndpoints reference;

    @Inject
    RetirementAgeResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "ELIG-06: every retirement-age version", description = "Men 63; women 58 until 2017, +0.5 a "
            + "year from 2018, frozen at 61 for 2023-2027, 63 from 2031.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "2018", value = ReferenceExamples.RETIREMENT_VERSIONS)))
    public List<VersionView> versions(@Parameter(description = "MALE or FEMALE; both when omitted", example = "FEMALE")
                                      @QueryParam("sex") String sex,
                                      @Parameter(description = "Also the versions a correction superseded")
                                      @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return reference.versions(ReferenceParameter.RETIREMENT_AGE, Optional.ofNullable(sex).map(s -> sex(s).name()),
                includeSuperseded);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "ELIG-06: the retirement ages of men and women in force on a date",
            description = "422 naming RETIREMENT_AGE and the sex when one is missing.")
    @APIResponse(responseCode = "200", description = "Women, then men", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2018-06-01",
            value = ReferenceExamples.RETIREMENT_VERSIONS)))
    @APIResponse(responseCode = "422", description = "No age for that date", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public List<VersionView> inForce(@Parameter(description = "YYYY-MM-DD", example = "2018-06-01")
                                     @PathParam("date") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}")
                                     String date) {
        return List.of(reference.inForce(ReferenceParameter.RETIREMENT_AGE, Sex.FEMALE.name(), date),
                reference.inForce(ReferenceParameter.RETIREMENT_AGE, Sex.MALE.name(), date));
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "ELIG-06: a new retirement-age version (ministry)", description = "Closes the version in "
            + "force on validFrom and adds the new one; audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2028",
            value = """
                    {"sex": "FEMALE", "years": 61.5, "validFrom": "2028-01-01", "validTo": "2028-12-31",
                     "source": "Social Code art. 207", "reason": "schedule confirmed"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response record(@NotNull @Valid RetirementAgeRequest request) {
        return reference.record("years", () -> new RetirementAge(request.sex(), request.years()), request);
    }

    private static Sex sex(String text) {
        return constant(Sex.class, "sex", "reference.sex.invalid", text);
    }
}
