package kz.gov.tsa.eligibility.domain.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How a change of one timeline (the active versions of one parameter and key) is stored without
 * rewriting history: the version in force before the change is <em>closed</em> the day before, versions
 * starting inside the changed range are <em>superseded</em> (kept, marked), and the part of a version
 * that reaches past the range goes on as a <em>remainder</em> — a new version with the old value.
 * A decision that used any of them still finds the row it cited.
 */
public final class Timeline {

    private Timeline() {
    }

    /** An active version's id and validity. */
    public record Span(long id, Validity validity) {
        public Span {
            Objects.requireNonNull(validity, "validity");
        }
    }

    /** The validity of version {@code id} now ends on {@code newTo} instead of {@code previousTo} (null = open). */
    public record Closure(long id, LocalDate previousTo, LocalDate newTo) {
    }

    /** A new version with the value of {@code copyOf}, for the part of it after the changed range. */
    public record Remainder(long copyOf, Validity validity) {
    }

    /**
     * What to store.
     *
     * @param validity the new version's validity; null for a withdrawal, which adds no version
     */
    public record Plan(Validity validity, List<Closure> closures, List<Long> superseded, List<Remainder> remainders) {
        public Plan {
            closures = List.copyOf(closures);
            superseded = List.copyOf(superseded);
            remainders = List.copyOf(remainders);
        }
    }

    /**
     * A new version from {@code from} to {@code to}. Without {@code to} it keeps the end of the version in
     * force on {@code from} (a new value "from 1 April" of a yearly figure ends with that year), or ends the
     * day before the next version already stored, or stays open when there is none.
     */
    public static Plan add(List<Span> active, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        LocalDate end = to != null ? to : defaultEnd(active, from);
        Validity range = new Validity(from, end);
        return clear(active, range, range);
    }

    /** Ends the timeline on the day before {@code from}: nothing is in force from then on. */
    public static Plan withdraw(List<Span> active, LocalDate from) {
        return clear(active, Validity.from(from), null);
    }

    /** Removes the values of {@code range} only (e.g. one quarter's price), keeping what lies around it. */
    public static Plan withdraw(List<Span> active, Validity range) {
        return clear(active, range, null);
    }

    private static LocalDate defaultEnd(List<Span> active, LocalDate from) {
        for (Span s : active) {
            if (s.validity().covers(from)) {
                return s.validity().to();
            }
        }
        return active.stream()
                .map(s -> s.validity().from())
                .filter(f -> f.isAfter(from))
                .min(Comparator.naturalOrder())
                .map(f -> f.minusDays(1))
                .orElse(null);
    }

    private static Plan clear(List<Span> active, Validity range, Validity newVersion) {
        List<Closure> closures = new ArrayList<>();
        List<Long> superseded = new ArrayList<>();
        List<Remainder> remainders = new ArrayList<>();
        LocalDate from = range.from();
        LocalDate to = range.to();
        for (Span s : active) {
            Validity v = s.validity();
            boolean overlaps = (to == null || !v.from().isAfter(to)) && v.endsAfter(from.minusDays(1));
            if (!overlaps) {
                continue;
            }
            if (v.from().isBefore(from)) {
                closures.add(new Closure(s.id(), v.to(), from.minusDays(1)));
            } else {
                superseded.add(s.id());
            }
            if (to != null && v.endsAfter(to)) {
                remainders.add(new Remainder(s.id(), new Validity(to.plusDays(1), v.to())));
            }
        }
        return new Plan(newVersion, closures, superseded, remainders);
    }
}
