package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * PRG-10: a referral to a vacancy or a measure. The person turns up within {@code PRG10_TURN_UP_WORKING_DAYS}
 * (5) working days ({@code turnUpBy}, EMP-08 (2)); for a social job the employer answers within
 * {@code PRG05_EMPLOYER_ANSWER_WORKING_DAYS} (3) working days ({@code employerAnswerBy}, PRG-05) whether it hired or
 * refused the person ({@code employerAnswer}, D-71); a window that passed without an answer is flagged once by the job
 * ({@code employerAnswerOverdueOn}) for the operator's queue.
 *
 * @param suitableWork whether the referral is an offer of suitable work (its refusal counts for EMP-08 (1))
 */
public record Referral(UUID id, Kind kind, String target, boolean suitableWork, LocalDate referredOn,
                       LocalDate turnUpBy, LocalDate employerAnswerBy, Status status, LocalDate outcomeOn,
                       EmployerAnswer employerAnswer, LocalDate employerAnsweredOn, LocalDate employerAnswerOverdueOn) {

    /** PRG-10's placement sources and the measures a person is referred to. */
    public enum Kind { VACANCY, EMPLOYER_DECLARED_VACANCY, STATE_PROGRAMME_JOB, PRIVATE_AGENCY, SOCIAL_JOB,
        YOUTH_PRACTICE, PUBLIC_WORKS, TRAINING }

    public enum Status { OPEN, TURNED_UP, REFUSED, IGNORED }

    /** PRG-05: what the employer of a social job told the Centre. */
    public enum EmployerAnswer { HIRED, REFUSED }

    public Referral {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(turnUpBy, "turnUpBy");
        Objects.requireNonNull(status, "status");
    }

    /** A new open referral. */
    public Referral(UUID id, Kind kind, String target, boolean suitableWork, LocalDate referredOn, LocalDate turnUpBy,
                    LocalDate employerAnswerBy) {
        this(id, kind, target, suitableWork, referredOn, turnUpBy, employerAnswerBy, Status.OPEN, null, null, null, null);
    }

    Referral closed(Status to, LocalDate on) {
        return new Referral(id, kind, target, suitableWork, referredOn, turnUpBy, employerAnswerBy, to, on,
                employerAnswer, employerAnsweredOn, employerAnswerOverdueOn);
    }

    Referral answered(EmployerAnswer answer, LocalDate on) {
        boolean cameToTheEmployer = status == Status.OPEN || status == Status.IGNORED;
        return new Referral(id, kind, target, suitableWork, referredOn, turnUpBy, employerAnswerBy,
                cameToTheEmployer ? Status.TURNED_UP : status, cameToTheEmployer ? on : outcomeOn, answer, on,
                employerAnswerOverdueOn);
    }

    Referral flaggedOverdue(LocalDate on) {
        return new Referral(id, kind, target, suitableWork, referredOn, turnUpBy, employerAnswerBy, status, outcomeOn,
                employerAnswer, employerAnsweredOn, on);
    }

    /** Open and its turn-up day has passed by {@code today} (EMP-08 (2): 5 working days). */
    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && turnUpBy.isBefore(today);
    }

    /**
     * PRG-05: a social job's employer has not answered and its window passed by {@code today}, not yet flagged (a
     * referral the person refused needs no answer).
     */
    public boolean employerAnswerOverdueOn(LocalDate today) {
        return awaitsEmployerAnswer() && employerAnswerOverdueOn == null && employerAnswerBy.isBefore(today);
    }

    /** PRG-05: a social job's employer still owes its answer. */
    public boolean awaitsEmployerAnswer() {
        return employerAnswerBy != null && employerAnswer == null && status != Status.REFUSED;
    }
}
