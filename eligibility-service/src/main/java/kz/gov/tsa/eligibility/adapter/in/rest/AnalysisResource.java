package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.web.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.eligibility.application.port.in.PovertyStatisticsQuery;
import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What-if simulations of a poverty-line change and poverty statistics (REF-06). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis", description = "What-if of a poverty-line change; share of applicants below the poverty line")
public class AnalysisResource {

    private final SimulatePovertyLineChangeUseCase simulations;
    private final PovertyStatisticsQuery statistics;
    private final Callers callers;

    @Inject
    AnalysisResource(SimulatePovertyLineChangeUseCase simulations, PovertyStatisticsQuery statistics,
                     Callers callers) {
        this.simulations = simulations;
        this.statistics = statistics;
        this.callers = callers;
    }

    /** "The poverty line of region X (or all) becomes Y % of the SM from quarter Q." */
    @Schema(name = "SimulationRequest")
    public record SimulationRequest(
            @Pattern(regexp = "\\d{9}", message = "{tsa.region.invalid}")
            @Schema(description = "KATO code; when omitted, every region the caller reaches (a regional caller: its own, D-11)", examples = "750000000") String regionCode,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "New poverty line as % of the subsistence minimum of the quarter before", examples = "60")
            BigDecimal percentOfSubsistenceMinimum,
            @NotNull @Pattern(regexp = "\\d{4}-Q[1-4]", message = "{tsa.quarter.invalid}")
            @Schema(examples = "2026-Q1") String fromQuarter) {
    }

    @POST
    @Path("/simulations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "akimat", "admin", "auditor"})
    @Operation(summary = "What-if: a poverty-line change over every stored decision",
            description = "Decides every stored (not revoked) decision of the quarter and later again from its stored "
                    + "inputs with the new poverty line, and counts the families whose eligibility changes and the "
                    + "monthly cost before and after. Nothing stored changes.")
    public SimulationView simulate(@NotNull @Valid SimulationRequest request) {
        Optional<RegionCode> region = Optional.ofNullable(request.regionCode()).map(c -> RequestValues.region("regionCode", c));
        PovertyLineSimulation.Result result = simulations.simulate(
                new SimulatePovertyLineChangeUseCase.Command(region, request.percentOfSubsistenceMinimum(),
                        RequestValues.quarter("fromQuarter", request.fromQuarter()), callers.current())).orElseThrow();
        return new SimulationView(request, SimulationLine.of(result.total()),
                result.regions().stream().map(SimulationLine::of).toList());
    }

    /** The what-if's answer: totals, then one line per region. */
    public record SimulationView(SimulationRequest change, SimulationLine total, List<SimulationLine> regions) {
    }

    /** Families re-assessed, how their eligibility moves, and the monthly cost before and after (tenge). */
    public record SimulationLine(String regionCode, long families, long stayEligible, long becomeEligible,
                                 long becomeIneligible, long stayIneligible, long changeEligibility,
                                 BigDecimal monthlyCostBefore, BigDecimal monthlyCostAfter, BigDecimal monthlyCostDelta) {
        static SimulationLine of(PovertyLineSimulation.Line l) {
            return new SimulationLine(l.regionCode(), l.families(), l.stayEligible(), l.becomeEligible(),
                    l.becomeIneligible(), l.stayIneligible(), l.changeEligibility(), l.monthlyCostBefore().value(),
                    l.monthlyCostAfter().value(), l.monthlyCostDelta().value());
        }
    }

    @GET
    @Path("/statistics/poverty")
    @RolesAllowed({"operator", "akimat", "admin", "auditor"})
    @Operation(summary = "REF-06: share of applicants below the poverty line, per region, for a year")
    public List<StatisticsLine> poverty(@QueryParam("year") @NotNull @Min(2015) @Max(2100) Integer year,
                                        @QueryParam("regionCode") @Pattern(regexp = "\\d{9}", message = "{tsa.region.invalid}") String regionCode) {
        Optional<RegionCode> region = Optional.ofNullable(regionCode).map(c -> RequestValues.region("regionCode", c));
        return statistics.belowPovertyLine(year, region, callers.current()).orElseThrow().stream()
                .map(l -> new StatisticsLine(l.regionCode(), l.year(), l.families(), l.familiesBelow(), l.people(),
                        l.peopleBelow(), l.shareOfPeoplePercent()))
                .toList();
    }

    /** One region's line. */
    public record StatisticsLine(String regionCode, int year, long families, long familiesBelowPovertyLine,
                                 long people, long peopleBelowPovertyLine, BigDecimal shareOfPeopleBelowPercent) {
    }
}
