package kz.gov.tsa.calendar;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.calendar.CalendarViews.DayView;
import kz.gov.tsa.calendar.CalendarViews.WorkingDaysView;
import kz.gov.tsa.calendar.CalendarViews.YearView;
import kz.gov.tsa.kernel.calendar.CalendarNotAvailableException;
import kz.gov.tsa.kernel.calendar.CalendarYear;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;
import kz.gov.tsa.web.ProblemException;
import kz.gov.tsa.web.ProblemMappers;
import kz.gov.tsa.web.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The working-day calendar (EMP-10), read-only, for every authenticated caller: a year's days off and transfers
 * with their names and sources, a deadline "n working days after a date", and whether one date is a working day.
 * A date of a year without complete data is a 404 problem naming the year; a malformed parameter a 400 naming it.
 */
@Path("/api/v1/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Working-day calendar", description = "Kazakhstan's days off and transfers by year, with their legal sources (EMP-10)")
public class CalendarResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final WorkingCalendarRepository calendars;

    @Inject
    CalendarResource(WorkingCalendarRepository calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("{year}")
    @Operation(summary = "A year of the calendar",
            description = "Its holidays, religious days off, weekend moves and transfers (ordinary weekends are not "
                    + "listed), with names in kk/ru/en and sources; counts of working days for a complete year.")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(schema = @Schema(implementation = YearView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "2026", value = CalendarApiExamples.YEAR)))
    @APIResponse(responseCode = "400", description = "Not a year", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "No calendar data for the year", content = @Content(
            mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "no data", value = CalendarApiExamples.NO_DATA)))
    public YearView year(@Parameter(description = "Four-digit year", example = "2026") @PathParam("year") String year) {
        int y = parseYear(year);
        WorkingCalendar calendar = calendars.current();
        CalendarYear data = calendar.year(y).orElseThrow(
                () -> new CalendarNotAvailableException(y, CalendarNotAvailableException.Reason.NO_DATA, null));
        return YearView.of(data, data.complete() ? calendar.workingDaysIn(y) : null);
    }

    @GET
    @Path("working-days")
    @Operation(summary = "The n-th working day after a date",
            description = "The date itself does not count: add=3 from Friday 2026-03-20 is Monday 2026-03-30 "
                    + "(Nauryz 21-23 March, its days off moved to 24-25 March, and a weekend are skipped).")
    @APIResponse(responseCode = "200", description = "The date reached and the days off skipped, with reasons",
            content = @Content(schema = @Schema(implementation = WorkingDaysView.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "across Nauryz 2026", value = CalendarApiExamples.WORKING_DAYS)))
    @APIResponse(responseCode = "400", description = "A missing or malformed parameter, named in violations[]",
            content = @Content(mediaType = PROBLEM_JSON, examples = @ExampleObject(name = "negative", value = CalendarApiExamples.INVALID)))
    @APIResponse(responseCode = "404", description = "The count runs into a year without complete calendar data",
            content = @Content(mediaType = PROBLEM_JSON))
    public WorkingDaysView addWorkingDays(
            @Parameter(description = "The starting date (not counted), YYYY-MM-DD", example = "2026-03-20") @QueryParam("from") String from,
            @Parameter(description = "How many working days to add, 0 or more", example = "3") @QueryParam("add") String add) {
        ProblemException invalid = invalid();
        LocalDate start = parseDate("from", from, invalid);
        Integer n = parseCount("add", add, invalid);
        if (!invalid.violations().isEmpty()) {
            throw invalid;
        }
        return WorkingDaysView.of(calendars.current().addWorkingDaysExplained(start, n));
    }

    @GET
    @Path("working-days/{date}")
    @Operation(summary = "Is this date a working day, and if not, why not")
    @APIResponse(responseCode = "200", description = "The day: WORKING_DAY, WEEKEND, or its calendar entry",
            content = @Content(schema = @Schema(implementation = DayView.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "transferred day off", value = CalendarApiExamples.DAY)))
    @APIResponse(responseCode = "400", description = "Not a date", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "No complete calendar data for the date's year",
            content = @Content(mediaType = PROBLEM_JSON))
    public DayView day(@Parameter(description = "YYYY-MM-DD", example = "2024-05-08") @PathParam("date") String date) {
        ProblemException invalid = invalid();
        LocalDate day = parseDate("date", date, invalid);
        if (!invalid.violations().isEmpty()) {
            throw invalid;
        }
        WorkingCalendar calendar = calendars.current();
        return calendar.dayOffReason(day).map(DayView::of)
                .or(() -> calendar.entryOn(day).map(DayView::of))
                .orElseGet(() -> DayView.workingDay(day));
    }

    /** A year without (complete) data → 404 naming the year; only for this resource's own requests. */
    @ServerExceptionMapper
    Response noCalendar(CalendarNotAvailableException e, ContainerRequestContext ctx) {
        return new ProblemMappers().problem(ProblemException.notFound("detail." + ProblemType.NOT_FOUND)
                .with("year", e.year()).with("reason", e.reason().name()).with("message", e.getMessage()), ctx);
    }

    private static ProblemException invalid() {
        return new ProblemException(400, ProblemType.VALIDATION, null, "detail." + ProblemType.VALIDATION);
    }

    private static int parseYear(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw invalid().withViolation("year", "violation.json.type", "YYYY");
        }
        return Integer.parseInt(year);
    }

    private static LocalDate parseDate(String name, String value, ProblemException invalid) {
        if (value == null || value.isBlank()) {
            invalid.withViolation(name, "jakarta.validation.constraints.NotNull.message");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            invalid.withViolation(name, "violation.json.type", "YYYY-MM-DD");
            return null;
        }
    }

    private static Integer parseCount(String name, String value, ProblemException invalid) {
        if (value == null || value.isBlank()) {
            invalid.withViolation(name, "jakarta.validation.constraints.NotNull.message");
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                invalid.withViolation(name, "jakarta.validation.constraints.PositiveOrZero.message");
            }
            return n;
        } catch (NumberFormatException e) {
            invalid.withViolation(name, "violation.json.type", "0, 1, 2, …");
            return null;
        }
    }
}
