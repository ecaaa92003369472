package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ELIG-10: the precinct commission's conclusion after inspecting the family's material situation. */
@Schema(name = "CommissionConclusion")
public record CommissionConclusionRequest(
        @NotNull @Schema(description = "Did the inspection confirm the declared family, incomes and conditions?", examples = "true")
        Boolean factsConfirmed,
        @Size(max = 4000) @Schema(description = "Findings of the inspection", examples = "Living conditions inspected on 2026-11-20; declared incomes confirmed.")
        String notes) {
}
