package kz.gov.tsa.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.calendar.CalendarEntry;
import kz.gov.tsa.kernel.calendar.CalendarYear;
import kz.gov.tsa.kernel.calendar.EntryKind;
import kz.gov.tsa.kernel.calendar.LegalSource;
import kz.gov.tsa.kernel.calendar.LocalizedName;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the working-day calendar (EMP-10) from the service's own datasource — the tables of this library's
 * {@code db/calendar} migrations — and keeps it in memory: {@link #current()} loads it on first use,
 * {@link #reload()} reads it again (after new calendar data was migrated in). Plain JDBC, like tsa-audit.
 * <p>
 * Services add {@code db/calendar} to {@code quarkus.flyway.locations}; their domain code receives the
 * {@link WorkingCalendar} through a port of their own.
 */
@ApplicationScoped
public class WorkingCalendarRepository {

    private static final String YEARS =
            "SELECT year, complete, source_text, source_urls, note, known_through FROM working_calendar_year ORDER BY year";
    private static final String ENTRIES = "SELECT year, day, kind, counterpart, name_kk, name_ru, name_en, "
            + "source_text, source_urls FROM working_calendar_entry ORDER BY day";

    private final DataSource dataSource;
    private volatile WorkingCalendar cached;

    @Inject
    public WorkingCalendarRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The calendar, loaded on first use and then kept. */
    public WorkingCalendar current() {
        WorkingCalendar calendar = cached;
        if (calendar == null) {
            synchronized (this) {
                calendar = cached;
                if (calendar == null) {
                    calendar = load();
                    cached = calendar;
                }
            }
        }
        return calendar;
    }

    /** Reads the calendar again from the database, replaces the cached one and returns it. */
    public WorkingCalendar reload() {
        WorkingCalendar calendar = load();
        synchronized (this) {
            cached = calendar;
        }
        return calendar;
    }

    /** Reads every stored year with its entries; the cached calendar is left alone. */
    public WorkingCalendar load() {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, YearRow> years = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(YEARS); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    years.put(rs.getInt(1), new YearRow(rs.getBoolean(2),
                            new LegalSource(rs.getString(3), urls(rs.getArray(4))), rs.getString(5),
                            Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate)));
                }
            }
            try (PreparedStatement st = c.prepareStatement(ENTRIES); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    years.get(rs.getInt(1)).entries.add(new CalendarEntry(rs.getDate(2).toLocalDate(),
                            EntryKind.valueOf(rs.getString(3)),
                            new LocalizedName(rs.getString(5), rs.getString(6), rs.getString(7)),
                            new LegalSource(rs.getString(8), urls(rs.getArray(9))),
                            Optional.ofNullable(rs.getDate(4)).map(Date::toLocalDate)));
                }
            }
            List<CalendarYear> out = new ArrayList<>();
            years.forEach((year, row) -> out.add(new CalendarYear(year, row.complete, row.source, row.note, row.entries, row.knownThrough)));
            return WorkingCalendar.of(out);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the working-day calendar "
                    + "(is db/calendar in quarkus.flyway.locations?)", e);
        }
    }

    private static List<URI> urls(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((String[]) array.getArray()).map(URI::create).toList();
        } finally {
            array.free();
        }
    }

    private record YearRow(boolean complete, LegalSource source, String note, Optional<LocalDate> knownThrough,
                           List<CalendarEntry> entries) {
        YearRow(boolean complete, LegalSource source, String note, Optional<LocalDate> knownThrough) {
            this(complete, source, note == null ? "" : note, knownThrough, new ArrayList<>());
        }
    }
}
