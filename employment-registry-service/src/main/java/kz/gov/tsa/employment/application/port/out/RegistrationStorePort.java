package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.RegionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores registrations; every write audits the step with its actor in the same transaction. */
public interface RegistrationStorePort {

    Optional<Registration> findById(UUID id);

    /** Reads the registration and locks it until the transaction ends. */
    Optional<Registration> findForUpdate(UUID id);

    /** Every registration of the person, oldest first. */
    List<Registration> findByPerson(String personKey);

    /**
     * Stores a new registration with the person's IIN (in its own column, never in the document); false when another
     * open registration of the person was stored first (one open registration per person).
     */
    boolean insert(Step registered, Iin iin, String actor);

    /**
     * Stores the step's registration if the stored version is still the one it was read at and returns it at its
     * new version; throws {@link ConcurrentChangeException} when another transaction changed it first.
     */
    Registration update(Step step, String actor);

    /** Open registrations whose check-in was due before {@code today} and not yet announced, locked (held rows skipped). */
    List<UUID> claimMissedCheckIns(LocalDate today, int limit);

    /**
     * Records that the check-in due on {@code dueOn} was missed; false when it was recorded before (a second run
     * or instance announces nothing).
     */
    boolean markMissed(UUID registrationId, LocalDate dueOn, LocalDate detectedOn);

    /** Open registrations with an open referral whose turn-up day is before {@code today}, locked (held rows skipped). */
    List<UUID> claimOverdueReferrals(LocalDate today, int limit);

    /**
     * PRG-05: open registrations with a social job whose employer's answer day is before {@code today}, not answered
     * and not yet flagged, locked (held rows skipped).
     */
    List<UUID> claimOverdueEmployerAnswers(LocalDate today, int limit);

    /** PRG-05: open registrations with a flagged, still unanswered social job, optionally of one region. */
    List<Registration> withEmployerAnswersOverdue(Optional<RegionCode> region, int limit);

    /** D-72: open registrations with an active measure whose end date is before {@code today}, locked (held rows skipped). */
    List<UUID> claimEndedMeasures(LocalDate today, int limit);

    /** EMP-03: job seekers without an offer yet, earliest offer deadline first, optionally of one region. */
    List<Registration> awaitingOffer(Optional<RegionCode> region, int limit);

    /** PRG-07: the unemployed (open registrations), optionally of one region, earliest unemployed first. */
    List<Registration> unemployed(Optional<RegionCode> region, int limit);

    /** Another transaction changed the registration first; the caller's transaction rolls back. */
    final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(UUID id) {
            super("registration " + id + " was changed concurrently");
        }
    }
}
