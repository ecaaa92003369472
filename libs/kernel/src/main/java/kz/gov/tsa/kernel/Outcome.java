package kz.gov.tsa.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a use case or an aggregate answers: the accepted value, or a {@link Refusal}. A refusal is checked once,
 * where the rule lives, and passed up unchanged; the REST edge asks {@link #orElseThrow()} and the one mapper of
 * {@code libs/web} renders the refusal.
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Refused {

    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal refusal) implements Outcome<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** The refusal, when refused. */
    default Optional<Refusal> refusalIfAny() {
        return this instanceof Refused<T> r ? Optional.of(r.refusal()) : Optional.empty();
    }

    default boolean isRefused() {
        return this instanceof Refused;
    }

    /** The accepted value, or {@link RefusedException} carrying the refusal (which {@code libs/web} renders). */
    default T orElseThrow() {
        return switch (this) {
            case Accepted<T> a -> a.value();
            case Refused<T> r -> throw new RefusedException(r.refusal());
        };
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Accepted<T> a -> accepted(f.apply(a.value()));
            case Refused<T> r -> refused(r.refusal());
        };
    }

    default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
        return switch (this) {
            case Accepted<T> a -> f.apply(a.value());
            case Refused<T> r -> refused(r.refusal());
        };
    }
}
