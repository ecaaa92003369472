package kz.gov.tsa.contract.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.tsa.contract.domain.ActivityKind;
import kz.gov.tsa.contract.domain.ActivityStatus;
import kz.gov.tsa.contract.domain.ExtensionReason;
import kz.gov.tsa.contract.domain.SupportDomain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Request bodies of the contract API. */
final class ContractRequests {

    /** A person key: 64 lower-case hex digits (D-13). */
    static final String KEY = "[0-9a-f]{64}";

    private ContractRequests() {
    }

    @Schema(name = "PlanActivity", description = "CON-02: an activity for a named member (CON-10 or CON-11), tagged with its CON-13 domain")
    record AddActivity(
            @NotBlank @Pattern(regexp = KEY) @Schema(description = "The member's person key, as in the contract's members") String personKey,
            @NotNull @Schema(description = "CON-10 (7 active employment measures) or CON-11 (8 social adaptation measures)") ActivityKind kind,
            @NotNull SupportDomain domain,
            @Size(max = 2000) String description,
            @NotNull LocalDate dueDate) {
    }

    @Schema(name = "Signature", description = "CON-03, CON-12: the recipient's signature and the family's caseworkers")
    record Sign(
            @NotNull @Schema(description = "The day the recipient signed, within the deadline") LocalDate signedOn,
            @NotBlank @Pattern(regexp = KEY) @Schema(description = "Person key of the member who signed") String signatory,
            @NotBlank @Size(max = 200) @Schema(description = "CON-12 assistant") String assistant,
            @NotBlank @Size(max = 200) @Schema(description = "CON-12 social-work consultant") String consultant) {
    }

    @Schema(name = "Extension", description = "CON-05, ELIG-11: the one extension, by 1 to 6 months")
    record Extend(
            @NotNull Integer months,
            @NotNull ExtensionReason reason,
            @NotBlank @Size(max = 500) @Schema(description = "The employment commission's recommendation (number, body)") String recommendation,
            @NotNull LocalDate recommendedOn) {
    }

    @Schema(name = "Breach", description = "CON-06 (1): a breach an operator found (confirmed at once)")
    record RecordBreach(
            @Pattern(regexp = KEY) @Schema(description = "Person key of the member concerned; absent for the family as a whole") String personKey,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate occurredOn,
            @Size(max = 2000) @Schema(description = "What shows it (document, act number)") String evidence) {
    }

    @Schema(name = "BreachDecision", description = "An operator's note on confirming or dismissing a proposed breach")
    record Decide(@NotBlank @Size(max = 2000) String note) {
    }

    @Schema(name = "ActivityProgress", description = "CON-02: the progress of one plan activity")
    record Progress(@NotNull ActivityStatus status) {
    }
}
