package kz.gov.tsa.kernel.calendar;

/**
 * What a dated entry of the working-day calendar says about its day (EMP-10, REFERENCE-DATA §4).
 */
public enum EntryKind {
    /**
     * A day of a national or state holiday (Law No. 267-II): a day off. When it falls on a Saturday or Sunday,
     * the next working day is a day off ({@link #MOVED_DAY_OFF}, law art. 5).
     */
    HOLIDAY(true),
    /**
     * A religious day off (7 January, the first day of Kurban Ait): a day off that is never moved; on a weekend
     * no replacement day is given.
     */
    RELIGIOUS_DAY_OFF(true),
    /** The working day after a holiday that fell on a weekend, made a day off by law art. 5. Always Monday–Friday. */
    MOVED_DAY_OFF(true),
    /** A weekday made a day off by a Government decree or MLSPP order transferring a weekend day off. */
    TRANSFERRED_DAY_OFF(true),
    /** A Saturday or Sunday made a working day by the same transfer. */
    TRANSFERRED_WORKING_DAY(false);

    private final boolean dayOff;

    EntryKind(boolean dayOff) {
        this.dayOff = dayOff;
    }

    /** True for every kind but {@link #TRANSFERRED_WORKING_DAY}. */
    public boolean isDayOff() {
        return dayOff;
    }

    /** True for the kinds that point at another date: a move or either side of a transfer. */
    public boolean hasCounterpart() {
        return this == MOVED_DAY_OFF || this == TRANSFERRED_DAY_OFF || this == TRANSFERRED_WORKING_DAY;
    }
}
