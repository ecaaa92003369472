package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;

/**
 * One member's monthly share of the family's amount (ELIG-04, D-07), named by the keyed person key (D-13) and the
 * masked IIN for people to read; never the IIN. {@code ableBodied} decides CON-06 (2) (PAY-03).
 */
public record MemberShare(String personKey, String maskedIin, Tenge monthlyShare, boolean ableBodied) {
    public MemberShare {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(maskedIin, "maskedIin");
        Objects.requireNonNull(monthlyShare, "monthlyShare");
        if (!personKey.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a person key is 64 hex digits");
        }
        if (monthlyShare.isNegative()) {
            throw new IllegalArgumentException("a share is not negative");
        }
    }
}
