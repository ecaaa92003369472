package kz.gov.tsa.eligibility.domain.reference;

/**
 * ELIG-03 [not in manual]: the length of the income period in months — the months immediately before the quarter of
 * application whose incomes count (default 3, the quarter before; an operator-changeable default of RULES.md).
 */
public record IncomePeriodLength(int months) implements ReferenceValue {

    public IncomePeriodLength {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("an income period lies between 1 and 12 months");
        }
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.INCOME_PERIOD;
    }

    @Override
    public String key() {
        return ReferenceParameter.NATIONAL_KEY;
    }

    @Override
    public String text() {
        return Integer.toString(months);
    }
}
