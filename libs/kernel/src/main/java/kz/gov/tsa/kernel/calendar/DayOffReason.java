package kz.gov.tsa.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a day is not a working day (EMP-10): an ordinary Saturday or Sunday, or a calendar entry (a holiday,
 * also when it falls on a weekend, a religious day off, a moved or a transferred day off).
 */
public sealed interface DayOffReason permits DayOffReason.Weekend, DayOffReason.Listed {

    /** The day off. */
    LocalDate date();

    /** A Saturday or Sunday with no calendar entry. */
    record Weekend(LocalDate date) implements DayOffReason {
        public Weekend {
            Objects.requireNonNull(date, "date");
            if (!CalendarEntry.isWeekend(date)) {
                throw new IllegalArgumentException(date + " is not a Saturday or Sunday");
            }
        }

        public DayOfWeek dayOfWeek() {
            return date.getDayOfWeek();
        }
    }

    /** A day off by a calendar entry. */
    record Listed(CalendarEntry entry) implements DayOffReason {
        public Listed {
            Objects.requireNonNull(entry, "entry");
            if (!entry.isDayOff()) {
                throw new IllegalArgumentException(entry.date() + " " + entry.kind() + " is not a day off");
            }
        }

        @Override
        public LocalDate date() {
            return entry.date();
        }
    }
}
