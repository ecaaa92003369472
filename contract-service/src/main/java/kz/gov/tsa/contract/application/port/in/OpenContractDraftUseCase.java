package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * ELIG-09, CON-03: a CONDITIONAL eligibility decision opens the family's contract draft with its signing deadline.
 * Idempotent: the same decision again returns the draft already opened.
 */
public interface OpenContractDraftUseCase {

    /** The draft (new or existing), or a refusal: the calendar has no data for the deadline (422, EMP-10). */
    Outcome<Contract> open(Command command);

    record Command(UUID decisionId, UUID applicationId, String familyId, RegionCode region,
                   Instant commissionConcludedAt, List<Member> members, String actor) {
        public Command {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(familyId, "familyId");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(commissionConcludedAt, "commissionConcludedAt");
            Objects.requireNonNull(actor, "actor");
            members = List.copyOf(members);
        }
    }

    /** A member with the decision's facts; the IIN becomes a person key and a masked IIN at once. */
    record Member(Iin iin, LocalDate birthDate, String relation, boolean ableBodied, String disability,
                  boolean longIllness, boolean fullTimeStudent, List<String> careDuties, String employment) {
        public Member {
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(birthDate, "birthDate");
        }
    }
}
