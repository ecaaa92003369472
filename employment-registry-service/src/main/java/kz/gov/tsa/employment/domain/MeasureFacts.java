package kz.gov.tsa.employment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a measure's checks need to know (each measure reads only its own facts; absent ones are null).
 *
 * @param employerSharePercent PRG-02: the employer's share of the course, in percent
 * @param heavyHarmfulOrDangerous PRG-05/06: whether the work is heavy, harmful or dangerous
 * @param graduatedOn          PRG-06: the day of graduation (technical-vocational, post-secondary, higher, postgraduate)
 * @param creditAmount         PRG-04: the micro-credit in tenge
 * @param ratePercent          PRG-04: the nominal rate, percent a year
 * @param termMonths           PRG-04: the term in months
 * @param graceMonths          PRG-04: the grace period in months
 * @param livestockOrCooperative PRG-04: livestock or an agricultural cooperative (7-year term)
 * @param taxRegistered        PRG-04: registered with the tax authorities
 * @param certificateFromProgramme PRG-04: the entrepreneurship certificate is from this Programme
 * @param certificateOn        PRG-04: the day of the entrepreneurship training certificate
 * @param expandingOrFoundingCooperative PRG-04: expanding a business or founding a cooperative
 * @param newPermanentJobs     PRG-04: new permanent jobs the project creates
 * @param consent              PRG-07: the person's consent to public works
 */
public record MeasureFacts(Integer employerSharePercent, Boolean heavyHarmfulOrDangerous, LocalDate graduatedOn,
                           BigDecimal creditAmount, BigDecimal ratePercent, Integer termMonths, Integer graceMonths,
                           Boolean livestockOrCooperative, Boolean taxRegistered, Boolean certificateFromProgramme,
                           LocalDate certificateOn, Boolean expandingOrFoundingCooperative, Integer newPermanentJobs,
                           Boolean consent) {

    public static MeasureFacts none() {
        return new MeasureFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
