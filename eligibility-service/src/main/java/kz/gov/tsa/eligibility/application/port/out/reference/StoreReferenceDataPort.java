package kz.gov.tsa.eligibility.application.port.out.reference;

import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores a change of one timeline, with its audit record, in the caller's transaction. Rows are never
 * deleted and values never overwritten: only the validity end of a closed version and the superseded
 * mark change.
 */
public interface StoreReferenceDataPort {

    /** The active versions of one timeline, locked against concurrent changes until the transaction ends. */
    List<Timeline.Span> lockTimeline(ReferenceParameter parameter, String key);

    /**
     * Applies {@code plan}: closes, supersedes, adds the remainders and (unless the plan is a withdrawal)
     * the new version of the change's value; records the audit entry with its actor and reason.
     */
    Stored store(Change change);

    /** One change of one timeline; {@code value} and {@code source} are null for a withdrawal. */
    record Change(ReferenceParameter parameter, String key, Timeline.Plan plan, ReferenceValue value, String source,
                  String reason, String actor) {
        public Change {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(actor, "actor");
            if ((value == null) != (plan.validity() == null)) {
                throw new IllegalArgumentException("a new version needs a value and a validity, a withdrawal neither");
            }
        }
    }

    /** The versions the change added. */
    record Stored(Optional<Version<?>> created, List<Version<?>> remainders) {
        public Stored {
            remainders = List.copyOf(remainders);
        }
    }
}
