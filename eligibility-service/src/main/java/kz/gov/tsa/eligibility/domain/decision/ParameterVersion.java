package kz.gov.tsa.eligibility.domain.decision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which version of a dated reference parameter a decision used, so that it can be replayed exactly
 * after the parameter changed (issue: reproducible decisions).
 *
 * @param parameter     e.g. {@code POVERTY_LINE}, {@code RETIREMENT_AGE}, {@code CONTRACT_TERM}
 * @param key           what it is for, e.g. {@code 750000000/2026-Q4}, {@code FEMALE}
 * @param value         the value as used, in plain text (e.g. {@code 35596.00})
 * @param effectiveFrom first day the value applies
 * @param versionId     the stored row's id (0 for a value that is not stored, e.g. in tests)
 */
public record ParameterVersion(String parameter, String key, String value, LocalDate effectiveFrom, long versionId) {
    public ParameterVersion {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
