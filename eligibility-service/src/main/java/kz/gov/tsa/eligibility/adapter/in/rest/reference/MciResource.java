package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.MciRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
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

/** REF-07: the monthly calculation index per year and purpose. */
@Path("/api/v1/reference/mci")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class MciResource {

    private final ReferenceEndpoints reference;

    @Inject
    MciResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-07: every MCI version", description = "By purpose and first day. SOCIAL_PAYMENTS is "
            + "what TSA uses; FINES_TAXES differs only from 2022-04-01 to 2022-12-31 (3 063 against 3 180). 2017 is a "
            + "gap of the sources and has no version.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "2022 from April", value = ReferenceExamples.MCI_VERSIONS)))
    public List<VersionView> versions(
            @Parameter(description = "SOCIAL_PAYMENTS or FINES_TAXES; both when omitted", example = "SOCIAL_PAYMENTS")
            @QueryParam("purpose") String purpose,
            @Parameter(description = "Also the versions a correction superseded")
            @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return reference.versions(ReferenceParameter.MCI, Optional.ofNullable(purpose).map(p -> purpose(p).name()),
                includeSuperseded);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-07: the MCI in force on a date", description = "422 naming MCI when there is none "
            + "(e.g. 2017): never a default.")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(schema = @Schema(implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2022-05-01",
            value = ReferenceExamples.MCI_VERSION)))
    @APIResponse(responseCode = "400", description = "Not a date or purpose", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "422", description = "No MCI for that date", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public VersionView inForce(
            @Parameter(description = "YYYY-MM-DD", example = "2022-05-01")
            @PathParam("date") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}") String date,
            @Parameter(description = "SOCIAL_PAYMENTS (default) or FINES_TAXES", example = "SOCIAL_PAYMENTS")
            @QueryParam("purpose") @DefaultValue("SOCIAL_PAYMENTS") String purpose) {
        return reference.inForce(ReferenceParameter.MCI, purpose(purpose).name(), date);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "REF-07: a new MCI version (ministry)", description = "Closes the version in force on "
            + "validFrom (its validTo becomes the day before) and adds the new one; a version starting on the same "
            + "day is superseded (kept). Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2022 fines",
            value = """
                    {"purpose": "FINES_TAXES", "amount": 3180.00, "validFrom": "2022-04-01",
                     "source": "budget amendment law …", "reason": "amendment law checked on adilet.zan.kz"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations[]", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response record(@NotNull @Valid MciRequest request) {
        return reference.record("amount", () -> new Mci(request.purpose(), new Tenge(request.amount())), request);
    }

    private static MciPurpose purpose(String text) {
        return constant(MciPurpose.class, "purpose", "reference.purpose.invalid", text);
    }
}
