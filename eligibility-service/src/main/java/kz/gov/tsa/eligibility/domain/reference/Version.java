package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a reference value. Versions are never rewritten: a change closes the validity
 * of the version in force and adds a new one, and a correction of the same period marks the old
 * version superseded — so a decision that used version {@code id} can be replayed with it.
 *
 * @param source       where the value comes from (law, order, page, or "entered by …")
 * @param recordedBy   who stored it (token principal, or the seed migration)
 * @param reason       why it was stored (every change states one)
 * @param supersededAt when a later correction of the same period replaced it; null while active
 */
public record Version<T extends ReferenceValue>(long id, T value, Validity validity, String source,
                                                String recordedBy, Instant recordedAt, String reason,
                                                Instant supersededAt) {

    public Version {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(source, "source");
    }

    /** False once a correction of the same period superseded it. */
    public boolean active() {
        return supersededAt == null;
    }

    public ReferenceParameter parameter() {
        return value.parameter();
    }

    /**
     * The key as a decision cites it: the timeline key, plus the quarter for quarterly values
     * (e.g. {@code 750000000/2023-Q4}).
     */
    public String label() {
        return value.parameter().quarterly() ? value.key() + "/" + Quarter.of(validity.from()) : value.key();
    }

    /** This version typed by its value's class. */
    @SuppressWarnings("unchecked")
    public <U extends ReferenceValue> Version<U> as(Class<U> type) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("version " + id + " holds a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return (Version<U>) this;
    }

    /** The active version of {@code versions} in force on {@code day}. */
    public static <T extends ReferenceValue> Optional<Version<T>> inForce(Collection<Version<T>> versions,
                                                                          LocalDate day) {
        return versions.stream()
                .filter(v -> v.active() && v.validity().covers(day))
                .max(Comparator.comparing(v -> v.validity().from()));
    }
}
