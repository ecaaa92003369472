/**
 * tsa-calendar: the working-day calendar (EMP-10) in each service's own database and the suite's clock.
 * <ul>
 * <li>Add {@code db/calendar} to {@code quarkus.flyway.locations}: {@code V0_200__working_calendar.sql} creates the
 * tables ({@code V0_201} adds {@code known_through}, D-80), the repeatable {@code R__working_calendar_2018_2026.sql}
 * and {@code R__working_calendar_2027.sql} hold the data (2024–2026 complete, 2027 known through 14 May).</li>
 * <li>{@link kz.gov.tsa.calendar.WorkingCalendarRepository#current()} gives tsa-kernel's
 * {@link kz.gov.tsa.kernel.calendar.WorkingCalendar}, cached; {@code reload()} re-reads it.</li>
 * <li>{@link kz.gov.tsa.calendar.CalendarResource} serves {@code /api/v1/calendar} read-only to any authenticated
 * caller.</li>
 * <li>{@link kz.gov.tsa.calendar.ClockProducer} produces the Asia/Almaty, microsecond {@link java.time.Clock}
 * (a default bean).</li>
 * </ul>
 */
package kz.gov.tsa.calendar;
