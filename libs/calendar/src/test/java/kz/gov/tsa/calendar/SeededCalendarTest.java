package kz.gov.tsa.calendar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.calendar.CalendarEntry;
import kz.gov.tsa.kernel.calendar.CalendarYear;
import kz.gov.tsa.kernel.calendar.KazakhstanCalendars;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;
import kz.gov.tsa.kernel.calendar.WorkingCalendarContract;
import kz.gov.tsa.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar as Flyway seeds it into PostgreSQL and the repository loads it: it passes the same EMP-10 contract
 * as tsa-kernel's in-memory fixture, and holds the same facts for 2023–2026.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class SeededCalendarTest extends WorkingCalendarContract {

    @Inject
    WorkingCalendarRepository repository;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Override
    protected WorkingCalendar calendar() {
        return repository.current();
    }

    @Test
    void EMP10_theMigrationSeeds2018To2027AndOnly2024To2026AreComplete() {
        WorkingCalendar c = repository.current();
        assertThat(c.years()).containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(c.completeYears()).containsExactly(2024, 2025, 2026);
        assertThat(c.year(2027).orElseThrow().knownThrough()).as("D-80").contains(LocalDate.of(2027, 5, 14));
        assertThat(c.year(2026).orElseThrow().knownThrough()).isEmpty();
        assertThat(c.year(2027).orElseThrow().entries()).allSatisfy(e -> assertThat(e.source().urls()).isNotEmpty());
        assertThat(c.year(2022).orElseThrow().note()).contains("Kurban Ait");
        assertThat(c.year(2026).orElseThrow().source().urls()).isNotEmpty();
        assertThat(c.year(2026).orElseThrow().entries()).allSatisfy(e -> {
            assertThat(e.source().citation()).isNotBlank();
            assertThat(e.source().urls()).isNotEmpty();
        });
    }

    @Test
    void EMP10_theLoadedYearsHoldTheSameFactsAsThePlainTestsFixture() {
        WorkingCalendar fixture = KazakhstanCalendars.calendar();
        for (int year : List.of(2023, 2024, 2025, 2026, 2027)) {
            assertThat(facts(repository.current().year(year).orElseThrow())).as(String.valueOf(year))
                    .isEqualTo(facts(fixture.year(year).orElseThrow()));
            assertThat(repository.current().year(year).orElseThrow().complete())
                    .isEqualTo(fixture.year(year).orElseThrow().complete());
            assertThat(repository.current().year(year).orElseThrow().knownThrough())
                    .isEqualTo(fixture.year(year).orElseThrow().knownThrough());
        }
    }

    @Test
    void EMP10_holidaysBefore2022IncludeFirstPresidentsDayAndTwoDaysOfIndependenceButNotRepublicDay() {
        CalendarYear y2019 = repository.current().year(2019).orElseThrow();
        assertThat(y2019.entryOn(LocalDate.of(2019, 12, 1))).isPresent();
        assertThat(y2019.entryOn(LocalDate.of(2019, 12, 2))).as("1 Dec 2019 was a Sunday").isPresent();
        assertThat(y2019.entryOn(LocalDate.of(2019, 12, 17))).isPresent();
        assertThat(y2019.entryOn(LocalDate.of(2019, 10, 25))).isEmpty();
        CalendarYear y2022 = repository.current().year(2022).orElseThrow();
        assertThat(y2022.entryOn(LocalDate.of(2022, 10, 25))).isPresent();
        assertThat(y2022.entryOn(LocalDate.of(2022, 10, 24)).map(CalendarEntry::kind).map(Enum::name))
                .contains("TRANSFERRED_DAY_OFF");
        assertThat(y2022.entryOn(LocalDate.of(2022, 12, 1))).isEmpty();
    }

    @Test
    void EMP10_aNewYearAddedAsDataIsServedAfterAReload() throws Exception {
        assertThat(repository.current().years()).doesNotContain(2031);
        try {
            execute("INSERT INTO working_calendar_year (year, complete, source_text) VALUES (2031, true, 'test decree')",
                    "INSERT INTO working_calendar_entry (day, year, kind, name_kk, name_ru, name_en, source_text) "
                            + "VALUES ('2031-01-01', 2031, 'HOLIDAY', 'Жаңа жыл', 'Новый год', 'New Year', 'test decree')");
            assertThat(repository.current().years()).as("cached until reloaded").doesNotContain(2031);
            WorkingCalendar reloaded = repository.reload();
            assertThat(reloaded.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
            assertThat(repository.current().addWorkingDays(LocalDate.of(2030, 12, 31), 1)).as("1 Jan off")
                    .isEqualTo(LocalDate.of(2031, 1, 2));
        } finally {
            execute("DELETE FROM working_calendar_entry WHERE year = 2031", "DELETE FROM working_calendar_year WHERE year = 2031");
            repository.reload();
        }
        assertThat(repository.current().years()).doesNotContain(2031);
    }

    @Test
    void EMP10_theTablesRefuseEntriesOnTheWrongDayOfTheWeekOrOutsideTheirYear() {
        assertThatThrownBy(() -> execute("INSERT INTO working_calendar_entry (day, year, kind, counterpart, name_kk, "
                + "name_ru, name_en, source_text) VALUES ('2026-02-07', 2026, 'MOVED_DAY_OFF', '2026-02-01', 'a', 'b', 'c', 'd')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("working_calendar_entry_weekday");
        assertThatThrownBy(() -> execute("INSERT INTO working_calendar_entry (day, year, kind, name_kk, name_ru, name_en, "
                + "source_text) VALUES ('2025-02-03', 2026, 'HOLIDAY', 'a', 'b', 'c', 'd')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("working_calendar_entry_in_year");
        assertThatThrownBy(() -> execute("INSERT INTO working_calendar_entry (day, year, kind, name_kk, name_ru, name_en, "
                + "source_text) VALUES ('2026-02-03', 2026, 'TRANSFERRED_DAY_OFF', 'a', 'b', 'c', 'd')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("working_calendar_entry_counterpart");
    }

    @Test
    void EMP10_theDataMigrationCanRunAgainAndChangesNothing() throws Exception {
        WorkingCalendar before = repository.load();
        String sql = Files.readString(Path.of("src/main/resources/db/calendar/R__working_calendar_2018_2026.sql"));
        execute(sql);
        assertThat(repository.load()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE version IS NULL "
                + "AND script LIKE '%working_calendar_2018_2026.sql' AND success")).as("applied as a repeatable migration")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE version = '0.200' AND success")).isEqualTo(1);
    }

    @Test
    void theClockIsAsiaAlmatyAndTicksInMicroseconds() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Almaty"));
        for (int i = 0; i < 100; i++) {
            assertThat(clock.instant().getNano() % 1_000).isZero();
        }
    }

    private static List<List<Object>> facts(CalendarYear year) {
        return year.entries().stream()
                .map(e -> List.<Object>of(e.date(), e.kind(), e.counterpart(), e.name()))
                .toList();
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
