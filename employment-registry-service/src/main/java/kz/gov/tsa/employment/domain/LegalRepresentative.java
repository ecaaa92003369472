package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;

/** EMP-02: for a person under 16, the legal representative's written application. */
public record LegalRepresentative(String fullName, String maskedIin, String applicationReference, LocalDate appliedOn) {
    public LegalRepresentative {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(applicationReference, "applicationReference");
        Objects.requireNonNull(appliedOn, "appliedOn");
    }
}
