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
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.ContractTermRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
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

/** CON-04: the social contract's term in months per period. */
@Path("/api/v1/reference/contract-term")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ContractTermResource {

    private final ReferenceEndpoints reference;

    @Inject
    ContractTermResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "CON-04: every contract-term version", description = "6 months from 2018-01-01 (new TSA format).")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "6 months", value = "[" + ReferenceExamples.CONTRACT_TERM_VERSION + "]")))
    public List<VersionView> versions(@Parameter(description = "Also the versions a correction superseded")
                                      @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return reference.versions(ReferenceParameter.CONTRACT_TERM, Optional.empty(), includeSuperseded);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "CON-04: the contract term in force on a date")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(schema = @Schema(implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2026",
            value = ReferenceExamples.CONTRACT_TERM_VERSION)))
    @APIResponse(responseCode = "422", description = "No term for that date (before 2018)", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public VersionView inForce(@Parameter(description = "YYYY-MM-DD", example = "2026-10-01")
                               @PathParam("date") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}")
                               String date) {
        return reference.inForce(ReferenceParameter.CONTRACT_TERM, ReferenceParameter.NATIONAL_KEY, date);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "CON-04: a new contract-term version (ministry)", description = "Closes the version in force "
            + "on validFrom and adds the new one; audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "6 months",
            value = """
                    {"months": 6, "validFrom": "2018-01-01", "source": "TSA Law art. 4 p. 10",
                     "reason": "new TSA format"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response record(@NotNull @Valid ContractTermRequest request) {
        return reference.record("months", () -> new ContractTerm(request.months()), request);
    }
}
