package kz.gov.tsa.eligibility.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * ELIG-10 (TSA Law art. 1 p. 7): the precinct commission's conclusion on the applicant's material
 * situation after its inspection. A decision is possible only after it; a conclusion that does not
 * confirm the declared situation leads to a refusal citing ELIG-10.
 *
 * @param factsConfirmed whether the inspection confirmed the declared family, incomes and conditions
 * @param notes          the commission's findings, free text (may be empty)
 * @param concludedBy    the commission member (token subject)
 * @param concludedAt    when it was recorded; the social contract must be signed within 3 working days (CON-03)
 */
public record CommissionConclusion(boolean factsConfirmed, String notes, String concludedBy, Instant concludedAt) {
    public CommissionConclusion {
        Objects.requireNonNull(concludedBy, "concludedBy");
        Objects.requireNonNull(concludedAt, "concludedAt");
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > 4000) {
            throw new IllegalArgumentException("notes are at most 4000 characters");
        }
    }

    /** Same findings (ignoring who and when): a repeated recording of the same conclusion. */
    public boolean sameFindingsAs(CommissionConclusion other) {
        return factsConfirmed == other.factsConfirmed && notes.equals(other.notes);
    }
}
