package kz.gov.tsa.employment.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.employment.application.port.in.LabourMobilitySubsidyQuery;
import kz.gov.tsa.employment.domain.LabourMobility;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** PRG-08: labour-mobility subsidies in tenge from the MCI of the day. */
@Path("/api/v1/measures/labour-mobility/subsidy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "Active measures of the Programme (PRG-01..09)")
public class SubsidyResource {

    private final LabourMobilitySubsidyQuery subsidy;

    @Inject
    SubsidyResource(LabourMobilitySubsidyQuery subsidy) {
        this.subsidy = subsidy;
    }

    @GET
    @RolesAllowed({"operator", "portal", "auditor", "admin"})
    @Operation(summary = "PRG-08: relocation and rent subsidies of a family's move",
            description = "35 MCI per member between regions or 25 within one oblast; rent for 12 months, urban 20/25/30 MCI, "
                    + "rural 15/18/21 MCI by family size (1, 2-4, 5+). The MCI is the one eligibility-service published for "
                    + "the day (D-40); unknown → 422 ref.mci-unknown naming the day.")
    @APIResponse(responseCode = "200", description = "The amounts in tenge", content = @Content(schema = @Schema(implementation = SubsidyView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "3 members, 2026", value = RegistryApiExamples.SUBSIDY)))
    @APIResponse(responseCode = "422", description = "The MCI of the day is not known", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown", value = RegistryApiExamples.MCI_UNKNOWN)))
    public SubsidyView subsidy(@QueryParam("members") @NotNull @Min(1) @Max(50) Integer members,
                                          @QueryParam("move") @DefaultValue("BETWEEN_REGIONS") LabourMobility.Move move,
                                          @QueryParam("rural") @DefaultValue("false") boolean rural,
                                          @QueryParam("on") LocalDate on) {
        return subsidy.subsidy(members, move, rural, on).map(SubsidyView::of).orElseThrow();
    }

    /** Amounts as decimal strings in tenge with two decimals (REF-08). */
    public record SubsidyView(String mci, int members, int relocationMci, String relocationPerMember,
                              String relocationTotal, int rentMci, String rentPerMonth, int rentMonths, String rentTotal,
                              String total) {
        static SubsidyView of(LabourMobility.Subsidy s) {
            return new SubsidyView(s.mci().setScale(2).toPlainString(), s.members(), s.relocationMci(),
                    s.relocationPerMember().toString(), s.relocationTotal().toString(), s.rentMci(),
                    s.rentPerMonth().toString(), s.rentMonths(), s.rentTotal().toString(), s.total().toString());
        }
    }
}
