package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** D-97 (ELIG-01): why an application is withdrawn before its decision. */
@Schema(name = "Withdrawal")
public record WithdrawalRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Why the application is withdrawn", examples = "The family moved to Almaty region and applies there.")
        String reason) {
}
