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
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.FoodSplitRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.domain.reference.FoodSplit;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.*;

/** REF-02: the food / non-food split of the subsistence minimum per period. */
@Path("/api/v1/reference/food-split")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class FoodSplitResource {

    private final ReferenceEndpoints reference;

    @Inject
    FoodSplitResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-02: every split version", description = "60 / 40 until 2017-12-31, 55 / 45 from 2018-01-01.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "from 2018", value = "[" + ReferenceExamples.SPLIT_VERSION + "]")))
    public List<VersionView> versions(@Parameter(description = "Also the versions a correction superseded")
                                      @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return reference.versions(ReferenceParameter.FOOD_SPLIT, Optional.empty(), includeSuperseded);
    }

    @GET
    @Path("/{date}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-02: the split in force on a date")
    @APIResponse(responseCode = "200", description = "The version in force", content = @Content(schema = @Schema(implementation = VersionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2018", value = ReferenceExamples.SPLIT_VERSION)))
    @APIResponse(responseCode = "422", description = "No split for that date", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public VersionView inForce(@Parameter(description = "YYYY-MM-DD", example = "2018-01-01")
                               @PathParam("date") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}")
                               String date) {
        return reference.inForce(ReferenceParameter.FOOD_SPLIT, ReferenceParameter.NATIONAL_KEY, date);
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "REF-02: a new split version (ministry)", description = "The shares add up to 100. Closes the "
            + "version in force; audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2018",
            value = """
                    {"foodPercent": 55, "nonFoodPercent": 45, "validFrom": "2018-01-01",
                     "source": "MLSPP order on the SM method", "reason": "new split from 2018"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. shares not adding up to 100)", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response record(@NotNull @Valid FoodSplitRequest request) {
        if (request.foodPercent().add(request.nonFoodPercent()).compareTo(BigDecimal.valueOf(100)) != 0) {
            throw invalid("nonFoodPercent", "reference.split.sum");
        }
        return reference.record("foodPercent", () -> new FoodSplit(request.foodPercent(), request.nonFoodPercent()),
                request);
    }
}
