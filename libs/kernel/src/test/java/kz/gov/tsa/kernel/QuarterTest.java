package kz.gov.tsa.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void quartersParseAndKnowTheirDaysAndMonths() {
        Quarter q = Quarter.parse("2026-Q1");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(q.previous()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 26))).hasToString("2026-Q4");
        assertThat(Quarter.parse("2024-Q1").lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Quarter.parse("2025-Q4").compareTo(Quarter.parse("2026-Q1"))).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026Q1", "26-Q1", "", "0000-Q1", "9999-Q4", "1999-Q4", "2101-Q1"})
    void malformedQuartersAndYearsOutsideTheServedRangeAreRefused(String text) {
        assertThatThrownBy(() -> Quarter.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theServedRangeIs2000To2100Inclusive() {
        assertThat(Quarter.parse("2000-Q1").firstDay()).isEqualTo(LocalDate.of(Quarter.MIN_YEAR, 1, 1));
        assertThat(Quarter.parse("2100-Q4").lastDay()).isEqualTo(LocalDate.of(Quarter.MAX_YEAR, 12, 31));
        assertThatThrownBy(() -> Quarter.parse("2000-Q1").previous()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
