package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.BasketItemRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.BasketPricesRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRequests.WithdrawalRequest;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.BasketCostView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.BasketPricesView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.ChangeView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

import static kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest.*;

/**
 * REF-03: the food basket — items (ministry), regional prices per quarter (akimat of the region or
 * ministry) and the monthly cost with the check against 2175 kcal a day.
 */
@Path("/api/v1/reference/basket")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class FoodBasketResource {

    private final ReferenceEndpoints reference;

    @Inject
    FoodBasketResource(ReferenceEndpoints reference) {
        this.reference = reference;
    }

    @GET
    @Path("/items")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-03: the basket items", description = "Every version, or with `on` the basket in force on "
            + "that day (422 naming BASKET_ITEM when there is none). The seeded items are a PLACEHOLDER "
            + "(placeholder = true) until the official 43-item list is entered; see docs/reference-data.md.")
    @APIResponse(responseCode = "200", description = "The items", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VersionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "placeholder bread", value = ReferenceExamples.BASKET_ITEMS)))
    @APIResponse(responseCode = "422", description = "No basket on that day", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public List<VersionView> items(@Parameter(description = "YYYY-MM-DD: only the items in force that day", example = "2025-10-01")
                                   @QueryParam("on") @Pattern(regexp = DATE_PATTERN, message = "{reference.date.invalid}")
                                   String on,
                                   @Parameter(description = "Also the versions a correction superseded")
                                   @QueryParam("includeSuperseded") boolean includeSuperseded) {
        return on == null ? reference.versions(ReferenceParameter.BASKET_ITEM, Optional.empty(), includeSuperseded)
                : reference.allInForce(ReferenceParameter.BASKET_ITEM, "on", on);
    }

    @POST
    @Path("/items")
    @RolesAllowed(ADMIN)
    @Operation(summary = "REF-03: a new version of a basket item (ministry)", description = "Adds the item from "
            + "validFrom, or changes its names, norm or energy from then on. Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "bread",
            value = """
                    {"code": "BREAD", "nameKk": "Бидай ұнынан жасалған нан", "nameRu": "Хлеб пшеничный",
                     "nameEn": "Wheat bread", "unit": "KG", "yearlyNorm": 105.850, "kcalPerUnit": 2420,
                     "validFrom": "2027-01-01", "source": "MLSPP order on the SM method, annex 1, item 1",
                     "reason": "official basket entered"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Not the ministry")
    public Response addItem(@NotNull @Valid BasketItemRequest request) {
        return reference.record("code", () -> new BasketItem(request.code(), request.nameKk(), request.nameRu(),
                request.nameEn(), request.unit(), request.yearlyNorm(), request.kcalPerUnit(),
                Boolean.TRUE.equals(request.placeholder())), request);
    }

    @POST
    @Path("/items/{code}/withdrawal")
    @RolesAllowed(ADMIN)
    @Operation(summary = "REF-03: take an item out of the basket from a date (ministry)", description = "Closes the "
            + "item's version in force the day before `from` and supersedes later ones — e.g. to retire the "
            + "placeholder items when the official list is entered. Audited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "retire",
            value = """
                    {"from": "2027-01-01", "reason": "placeholder replaced by the official basket"}""")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = ChangeView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "change", value = ReferenceExamples.CHANGE)))
    @APIResponse(responseCode = "422", description = "Nothing of the item is in force from that day")
    public Response withdrawItem(@Parameter(example = "BREAD") @PathParam("code")
                                 @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{reference.item-code.invalid}") String code,
                                 @NotNull @Valid WithdrawalRequest request) {
        return reference.withdraw(ReferenceParameter.BASKET_ITEM, code, request);
    }

    @GET
    @Path("/prices/{regionCode}/{quarter}")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-03: a region's basket prices for a quarter", description = "Price per unit of each item "
            + "(possibly none).")
    @APIResponse(responseCode = "200", description = "The prices", content = @Content(schema = @Schema(implementation = BasketPricesView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Almaty 2025-Q4", value = ReferenceExamples.PRICES)))
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown region",
            value = ReferenceExamples.UNKNOWN_REGION)))
    public BasketPricesView prices(@Parameter(example = "750000000") @PathParam("regionCode")
                                   @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                                   @Parameter(example = "2025-Q4") @PathParam("quarter")
                                   @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter) {
        return reference.regional(regionCode, quarter, (money, region, q) ->
                new BasketPricesView(region.value(), q.toString(), VersionView.of(money.basketPrices(region, q))));
    }

    @PUT
    @Path("/prices/{regionCode}/{quarter}")
    @RolesAllowed({AKIMAT, ADMIN})
    @Operation(summary = "REF-03: set a region's basket prices for a quarter (akimat of the region, or ministry)",
            description = "One new version per listed item, valid for the quarter; items of the basket not listed lose "
                    + "their price for the quarter (superseded, kept). Every item must be in the basket in force in "
                    + "the quarter. Audited with the caller and the reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two items",
            value = """
                    {"prices": [{"itemCode": "BREAD", "price": 450.00}, {"itemCode": "MILK", "price": 600.00}],
                     "source": "regional statistics department, average prices", "reason": "prices of the quarter"}""")))
    @APIResponse(responseCode = "200", description = "One change per item", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "changes",
            value = "[" + ReferenceExamples.CHANGE + "]")))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ReferenceExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "An akimat and another region", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "not own region",
            value = ReferenceExamples.NOT_OWN_REGION)))
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions")
    @APIResponse(responseCode = "422", description = "An item that is not in the basket of the quarter")
    public List<ChangeView> putPrices(@Parameter(example = "750000000") @PathParam("regionCode")
                                      @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String regionCode,
                                      @Parameter(example = "2025-Q4") @PathParam("quarter")
                                      @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter,
                                      @NotNull @Valid BasketPricesRequest request) {
        return reference.putBasketPrices(regionCode, quarter, request);
    }

    @GET
    @Path("/cost")
    @RolesAllowed({OPERATOR, COMMISSION, AKIMAT, PORTAL, AUDITOR, ADMIN})
    @Operation(summary = "REF-03: monthly basket cost of a region for a quarter, with the energy check",
            description = "Σ price × norm / 12 per person (each line rounded HALF_UP to the tiyn, the total is their "
                    + "sum) and Σ norm × kcal / 365 against 2175 kcal/day. 422 naming BASKET_PRICE and the item when "
                    + "an item of the basket has no price.")
    @APIResponse(responseCode = "200", description = "The cost", content = @Content(schema = @Schema(implementation = BasketCostView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Almaty 2025-Q4 (placeholder)", value = ReferenceExamples.BASKET_COST)))
    @APIResponse(responseCode = "400", description = "Missing or invalid region or quarter")
    @APIResponse(responseCode = "404", description = "Not one of the 20 regions")
    @APIResponse(responseCode = "422", description = "No basket, or an item without a price", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "missing", value = ReferenceExamples.MISSING)))
    public BasketCostView cost(@Parameter(example = "750000000") @QueryParam("region") @NotNull
                               @Pattern(regexp = REGION_PATTERN, message = "{tsa.region.invalid}") String region,
                               @Parameter(example = "2025-Q4") @QueryParam("quarter") @NotNull
                               @Pattern(regexp = QUARTER_PATTERN, message = "{tsa.quarter.invalid}") String quarter) {
        return reference.regional(region, quarter, (money, code, q) -> BasketCostView.of(money.basketCost(code, q)));
    }
}
