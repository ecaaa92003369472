package kz.gov.tsa.employment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/** Ages in full years on a day, and "has reached an age" for fractional ages such as 58.5 (REFERENCE-DATA §5). */
public final class Ages {

    private Ages() {
    }

    /** Full years on {@code day} (a birthday counts from its own day). */
    public static int on(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** True when the person is {@code age} (e.g. 61.0 or 58.5: years and months) or older on {@code day}. */
    public static boolean reached(LocalDate birthDate, BigDecimal age, LocalDate day) {
        int years = age.setScale(0, RoundingMode.DOWN).intValueExact();
        int months = age.subtract(BigDecimal.valueOf(years)).multiply(BigDecimal.valueOf(12))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return !birthDate.plusYears(years).plusMonths(months).isAfter(day);
    }
}
