package kz.gov.tsa.kernel;

import java.util.Objects;

/**
 * Carries a {@link Refusal} out of code that cannot return it: {@link Outcome#orElseThrow()} at the edge, or a
 * lookup deep in an outbound adapter that finds a reference value missing. It is the same value either way, and
 * {@code libs/web} maps it once (subclasses only name a kind of refusal and build it). Not for bugs (those stay {@link IllegalStateException} and friends: 500).
 */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").toString(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
