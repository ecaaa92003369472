package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.Objects;

/** One income of one member for one month of the income period (ELIG-03, ELIG-14). */
public record MonthlyIncome(YearMonth month, IncomeKind kind, Tenge amount) {

    public enum IncomeKind { WAGES, SELF_EMPLOYMENT, PENSION, BENEFIT, ALIMONY, SUBSIDIARY_FARM, OTHER }

    public MonthlyIncome {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an income is not negative");
        }
    }
}
