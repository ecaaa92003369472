package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A TSA application with the whole family (ELIG-14). */
@Schema(name = "SubmitApplicationRequest", description = "A TSA application with the whole family (ELIG-14)")
public record SubmitApplicationRequest(
        @NotNull @Pattern(regexp = "\\d{9}", message = "{tsa.region.invalid}")
        @Schema(description = "KATO code of the region (17 oblasts, Astana, Almaty, Shymkent)", examples = "750000000")
        String regionCode,
        @NotNull @Pattern(regexp = "\\d{4}-Q[1-4]", message = "{tsa.quarter.invalid}")
        @Schema(description = "Quarter of application", examples = "2026-Q4")
        String quarter,
        @NotEmpty @Size(max = 30) @Valid
        @Schema(description = "Every family member, the applicant included (relation APPLICANT, exactly once)")
        List<@NotNull @Valid Member> members) {

    /** One family member. */
    @Schema(name = "FamilyMember")
    public record Member(
            @NotNull @ValidIin @Schema(description = "IIN, 12 digits with check digit", examples = "900101300126")
            String iin,
            @NotNull @PastOrPresent @Schema(examples = "1990-01-01")
            LocalDate birthDate,
            @NotNull @Schema(examples = "APPLICANT")
            FamilyMember.Relation relation) {
    }
}
