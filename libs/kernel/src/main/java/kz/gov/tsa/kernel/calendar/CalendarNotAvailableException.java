package kz.gov.tsa.kernel.calendar;

/**
 * A working-day question about a date of a year the calendar has no complete data for (EMP-10): such a date is
 * refused, never treated as an ordinary Monday–Friday week. Add the year's decree as data to answer it.
 */
public final class CalendarNotAvailableException extends RuntimeException {

    /** Why the year cannot answer. */
    public enum Reason {
        /** The calendar has no data for the year at all. */
        NO_DATA,
        /** The year is stored but marked incomplete (e.g. a transfer or the Kurban Ait date is unknown). */
        INCOMPLETE
    }

    private final int year;
    private final Reason reason;

    public CalendarNotAvailableException(int year, Reason reason, String note) {
        super(switch (reason) {
            case NO_DATA -> "no working-day calendar for " + year;
            case INCOMPLETE -> "the working-day calendar for " + year + " is incomplete"
                    + (note == null || note.isBlank() ? "" : ": " + note);
        });
        this.year = year;
        this.reason = reason;
    }

    public int year() {
        return year;
    }

    public Reason reason() {
        return reason;
    }
}
