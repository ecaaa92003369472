package kz.gov.tsa.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link WorkingCalendar#addWorkingDaysExplained(LocalDate, int)}: {@code result} is the
 * {@code workingDays}-th working day after {@code from}; {@code skipped} are the days off passed on the way,
 * with their reasons, in date order.
 */
public record WorkingDaysAdded(LocalDate from, int workingDays, LocalDate result, List<DayOffReason> skipped) {
    public WorkingDaysAdded {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(result, "result");
        skipped = List.copyOf(skipped);
    }
}
