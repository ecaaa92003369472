package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;

/** REF-07: the monthly calculation index (АЕК / МРП) for one purpose, in tenge. */
public record Mci(MciPurpose purpose, Tenge amount) implements ReferenceValue {

    public Mci {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an MCI is positive");
        }
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.MCI;
    }

    @Override
    public String key() {
        return purpose.name();
    }

    @Override
    public String text() {
        return amount.toString();
    }
}
