/**
 * The dated working-day calendar of Kazakhstan (EMP-10): {@link kz.gov.tsa.kernel.calendar.WorkingCalendar} built
 * from {@link kz.gov.tsa.kernel.calendar.CalendarYear}s of {@link kz.gov.tsa.kernel.calendar.CalendarEntry}s
 * (holidays, religious days off, weekend moves, transfers — each with names in kk/ru/en and its legal source).
 * Plain Java; the data lives in each service's database (tsa-calendar's {@code db/calendar} migrations).
 */
package kz.gov.tsa.kernel.calendar;
