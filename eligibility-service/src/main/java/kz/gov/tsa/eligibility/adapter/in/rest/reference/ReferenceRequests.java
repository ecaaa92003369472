package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.eligibility.domain.reference.BasketUnit;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the reference-data API. Every change names its source and states its reason
 * (both go to the version and to the audit trail); validFrom/validTo are the effective dates.
 */
public final class ReferenceRequests {

    private ReferenceRequests() {
    }

    /** A new dated version: its effective dates, its source and the reason of the change. */
    public interface DatedRequest {
        LocalDate validFrom();

        LocalDate validTo();

        String source();

        String reason();
    }

    @Schema(name = "MciRequest", description = "REF-07: a new MCI version for one purpose")
    public record MciRequest(
            @NotNull @Schema(examples = "SOCIAL_PAYMENTS") MciPurpose purpose,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(examples = "4325.00") BigDecimal amount,
            @NotNull @Schema(examples = "2026-01-01") LocalDate validFrom,
            @Schema(description = "Last day; omitted: the end of the version in force on validFrom, or the day "
                    + "before the next stored version", examples = "2026-12-31") LocalDate validTo,
            @NotBlank @Size(max = 2000) @Schema(examples = "Law on the republican budget for 2026-2028") String source,
            @NotBlank @Size(max = 2000) @Schema(examples = "budget law signed 8.12.2025") String reason) implements DatedRequest {
    }

    @Schema(name = "FoodSplitRequest", description = "REF-02: a new food / non-food split (adds up to 100)")
    public record FoodSplitRequest(
            @NotNull @DecimalMin("0.01") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
            @Schema(examples = "55") BigDecimal foodPercent,
            @NotNull @DecimalMin("0.01") @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
            @Schema(examples = "45") BigDecimal nonFoodPercent,
            @NotNull @Schema(examples = "2018-01-01") LocalDate validFrom,
            LocalDate validTo,
            @NotBlank @Size(max = 2000) String source,
            @NotBlank @Size(max = 2000) String reason) implements DatedRequest {
    }

    @Schema(name = "RetirementAgeRequest", description = "ELIG-06: a new retirement age of one sex")
    public record RetirementAgeRequest(
            @NotNull @Schema(examples = "FEMALE") Sex sex,
            @NotNull @DecimalMin("40") @DecimalMax("80") @Digits(integer = 2, fraction = 1)
            @Schema(examples = "61.5") BigDecimal years,
            @NotNull @Schema(examples = "2028-01-01") LocalDate validFrom,
            LocalDate validTo,
            @NotBlank @Size(max = 2000) String source,
            @NotBlank @Size(max = 2000) String reason) implements DatedRequest {
    }

    @Schema(name = "ContractTermRequest", description = "CON-04: a new social contract term")
    public record ContractTermRequest(
            @NotNull @Min(1) @Max(24) @Schema(examples = "6") Integer months,
            @NotNull @Schema(examples = "2018-01-01") LocalDate validFrom,
            LocalDate validTo,
            @NotBlank @Size(max = 2000) String source,
            @NotBlank @Size(max = 2000) String reason) implements DatedRequest {
    }

    @Schema(name = "PovertyLineMethodRequest", description = "REF-04 / AMD-01: a new poverty-line method for a period")
    public record PovertyLineMethodRequest(
            @NotNull @Schema(description = "SHARE_OF_SM: smPercent of the SM; GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE: "
                    + "the larger of medianIncomePercent of the median income and smPercent of the SM",
                    examples = "SHARE_OF_SM") Kind kind,
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(examples = "70") BigDecimal smPercent,
            @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Only for GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE", examples = "35")
            BigDecimal medianIncomePercent,
            @Schema(description = "How the computed line is rounded: TIYN (when omitted) or WHOLE_TENGE, as the "
                    + "lines of the order are published", examples = "WHOLE_TENGE")
            kz.gov.tsa.eligibility.domain.reference.PovertyLineRounding rounding,
            @NotNull @Schema(examples = "2019-04-01") LocalDate validFrom,
            @Schema(examples = "2019-09-30") LocalDate validTo,
            @NotBlank @Size(max = 2000) String source,
            @NotBlank @Size(max = 2000) String reason) implements DatedRequest {

        /** The kinds of method. */
        public enum Kind { SHARE_OF_SM, GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE }
    }

    @Schema(name = "BasketItemRequest", description = "REF-03: a new version of a food-basket item")
    public record BasketItemRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{reference.item-code.invalid}")
            @Schema(examples = "BREAD") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Бидай ұнынан жасалған нан") String nameKk,
            @NotBlank @Size(max = 200) @Schema(examples = "Хлеб пшеничный") String nameRu,
            @NotBlank @Size(max = 200) @Schema(examples = "Wheat bread") String nameEn,
            @NotNull @Schema(examples = "KG") BasketUnit unit,
            @NotNull @DecimalMin("0.001") @Digits(integer = 9, fraction = 3)
            @Schema(description = "Units per person per year", examples = "105.850") BigDecimal yearlyNorm,
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Kilocalories per unit", examples = "2420") BigDecimal kcalPerUnit,
            @Schema(description = "True for an item that is not from the official list (default false)")
            Boolean placeholder,
            @NotNull @Schema(examples = "2027-01-01") LocalDate validFrom,
            LocalDate validTo,
            @NotBlank @Size(max = 2000) @Schema(examples = "MLSPP order on the SM method, annex 1, item 1") String source,
            @NotBlank @Size(max = 2000) @Schema(examples = "official basket entered") String reason) implements DatedRequest {
    }

    @Schema(name = "WithdrawalRequest", description = "Ends a timeline: nothing is in force from `from` on")
    public record WithdrawalRequest(
            @NotNull @Schema(examples = "2027-01-01") LocalDate from,
            @NotBlank @Size(max = 2000) @Schema(examples = "placeholder replaced by the official basket") String reason) {
    }

    @Schema(name = "BasketPricesRequest", description = "REF-03: the region's prices for the quarter, per unit of each item")
    public record BasketPricesRequest(
            @NotEmpty @Size(max = 200) List<@NotNull @Valid PriceLine> prices,
            @NotBlank @Size(max = 2000) @Schema(examples = "regional statistics department, average prices") String source,
            @NotBlank @Size(max = 2000) @Schema(examples = "prices of the quarter") String reason) {

        /** The price of one unit of one item. */
        @Schema(name = "BasketPriceLine")
        public record PriceLine(
                @NotNull @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{reference.item-code.invalid}")
                @Schema(examples = "BREAD") String itemCode,
                @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
                @Schema(examples = "450.00") BigDecimal price) {
        }
    }

    @Schema(name = "RegionalFigureRequest", description = "A tenge figure of the region for the quarter")
    public record FigureRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(examples = "32000.00") BigDecimal amount,
            @NotBlank @Size(max = 2000) @Schema(examples = "akimat resolution of 05.04.2024 No. 123") String source,
            @NotBlank @Size(max = 2000) @Schema(examples = "quarterly publication") String reason) {
    }
}
