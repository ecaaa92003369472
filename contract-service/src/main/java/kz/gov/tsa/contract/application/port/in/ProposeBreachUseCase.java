package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A breach proposed from an employment-registry fact for a member of a family with a running contract; it changes
 * nothing until an operator confirms it. Idempotent on the source event id. The contract is found by the member's
 * person key (the employment registry may not know the family); {@code familyId}, when the event carries one, only
 * narrows the search to that family.
 */
public interface ProposeBreachUseCase {

    /** The contract with the proposal, or a refusal: no running contract of the family (409, CON-06), not a member (422). */
    Outcome<Contract> propose(Command command);

    /** The employment facts that propose a breach (EMP-07, EMP-08 (1)–(3)). */
    enum ProposalKind { SUITABLE_WORK_REFUSED, REFERRAL_IGNORED, MEASURE_QUIT, DEREGISTERED, CHECK_IN_MISSED }

    /**
     * @param personKey     the member's person key (HMAC of the IIN, as on {@code tsa.employment.v1})
     * @param familyId      the member's family when the employment event knows it, else {@code null}
     * @param kind          the employment fact
     * @param occurredOn    when it happened
     * @param sourceEventId the employment event's id
     * @param actor         {@code event:<type>/<id>}
     */
    record Command(String personKey, String familyId, ProposalKind kind, LocalDate occurredOn, UUID sourceEventId,
                   String actor) {
        public Command {
            Objects.requireNonNull(personKey, "personKey");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(occurredOn, "occurredOn");
            Objects.requireNonNull(sourceEventId, "sourceEventId");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
