package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;

/** The bank's answer for one instruction of a register: paid or returned, with the amount it names. */
public record Confirmation(String endToEndId, Status status, Tenge amount, String bankReference) {

    public enum Status { PAID, RETURNED }

    public Confirmation {
        Objects.requireNonNull(endToEndId, "endToEndId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
    }
}
