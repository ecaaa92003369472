package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Tenge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One member's part of the monthly amount, with the facts payments need for CON-07/08 (sanction
 * and termination spare minors and full-time students up to 23).
 *
 * @param ableBodied    of working age and not limited by disability 1/2 or long illness on the application date
 * @param turns18On     the day the member turns 18
 * @param turns23On     the day the member turns 23
 */
public record MemberShare(Iin iin, Tenge monthlyAmount, boolean ableBodied, boolean fullTimeStudent,
                          LocalDate turns18On, LocalDate turns23On) {
    public MemberShare {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(monthlyAmount, "monthlyAmount");
        Objects.requireNonNull(turns18On, "turns18On");
        Objects.requireNonNull(turns23On, "turns23On");
    }
}
