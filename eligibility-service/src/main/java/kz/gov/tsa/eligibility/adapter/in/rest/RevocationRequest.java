package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** CON-06 (2): why the assignment is revoked. */
@Schema(name = "Revocation")
public record RevocationRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "The false information found and how", examples = "Undeclared wages of the spouse found in the pension contributions register.")
        String reason) {
}
