package kz.gov.tsa.employment.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static kz.gov.tsa.employment.domain.ProgrammeParameter.*;

/** The Programme's limits as V2 seeds them from 2018 (the plain tests' reference data). */
public final class TestLimits {

    private TestLimits() {
    }

    public static Map<ProgrammeParameter, BigDecimal> values() {
        Map<ProgrammeParameter, BigDecimal> m = new EnumMap<>(ProgrammeParameter.class);
        put(m, EMP03_OFFER_WORKING_DAYS, "10");
        put(m, EMP04_CHECK_IN_DAYS, "3");
        put(m, EMP05_NOTIFICATION_DAYS, "10");
        put(m, EMP06_MIN_AGE, "16");
        put(m, EMP07_CHECK_IN_WORKING_DAYS, "10");
        put(m, EMP07_RURAL_CHECK_IN_MONTHS, "1");
        put(m, EMP08_REFUSALS_TO_DEREGISTER, "2");
        put(m, EMP08_INVITATION_WORKING_DAYS, "3");
        put(m, EMP09_BAN_DAYS, "30");
        put(m, PRG10_TURN_UP_WORKING_DAYS, "5");
        put(m, PRG01_TRAINING_MIN_MONTHS, "1");
        put(m, PRG01_TRAINING_MAX_MONTHS, "6");
        put(m, PRG01_ENTREPRENEURSHIP_MAX_DAYS, "15");
        put(m, PRG02_EMPLOYER_SHARE_MIN_PERCENT, "30");
        put(m, PRG03_BASTAU_MAX_DAYS, "30");
        put(m, PRG04_MAX_MCI, "8000");
        put(m, PRG04_MAX_RATE_PERCENT, "6");
        put(m, PRG04_MAX_TERM_YEARS, "5");
        put(m, PRG04_MAX_TERM_YEARS_LIVESTOCK, "7");
        put(m, PRG04_GRACE_MAX_DIVISOR, "3");
        put(m, PRG04_CERTIFICATE_YEARS, "2");
        put(m, PRG05_SOCIAL_JOB_MAX_MONTHS, "12");
        put(m, PRG05_EMPLOYER_ANSWER_WORKING_DAYS, "3");
        put(m, PRG06_MAX_AGE, "29");
        put(m, PRG06_GRADUATION_YEARS, "3");
        put(m, PRG06_MAX_MONTHS, "6");
        put(m, PRG07_LONG_REGISTERED_MONTHS, "6");
        put(m, PRG08_RELOCATION_INTER_REGION_MCI, "35");
        put(m, PRG08_RELOCATION_WITHIN_OBLAST_MCI, "25");
        put(m, PRG08_RENT_URBAN_1_MCI, "20");
        put(m, PRG08_RENT_URBAN_2_4_MCI, "25");
        put(m, PRG08_RENT_URBAN_5_PLUS_MCI, "30");
        put(m, PRG08_RENT_RURAL_1_MCI, "15");
        put(m, PRG08_RENT_RURAL_2_4_MCI, "18");
        put(m, PRG08_RENT_RURAL_5_PLUS_MCI, "21");
        put(m, PRG08_RENT_MONTHS, "12");
        return m;
    }

    public static Limits limits() {
        Map<ProgrammeParameter, BigDecimal> m = values();
        return p -> {
            BigDecimal v = m.get(p);
            if (v == null) {
                throw new IllegalStateException("no test value for " + p);
            }
            return v;
        };
    }

    private static void put(Map<ProgrammeParameter, BigDecimal> m, ProgrammeParameter p, String v) {
        m.put(p, new BigDecimal(v));
    }
}
