package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static kz.gov.tsa.employment.domain.ProgrammeParameter.PRG07_LONG_REGISTERED_MONTHS;

/**
 * PRG-07: the order in which public works are offered to the consenting unemployed — first those meeting both
 * priorities (no job-loss social payment, registered as unemployed more than 6 months), then those meeting one,
 * then the others; within each group by the date of registration, earliest first (D-47).
 */
public final class PublicWorksPriority {

    private PublicWorksPriority() {
    }

    public record Candidate(UUID registrationId, LocalDate unemployedSince, boolean receivesJobLossPayment) {
    }

    public static List<Candidate> order(List<Candidate> candidates, LocalDate today, Limits limits) {
        int months = limits.whole(PRG07_LONG_REGISTERED_MONTHS);
        Comparator<Candidate> byGroup = Comparator.comparingInt(c -> -priorities(c, today, months));
        return candidates.stream().sorted(byGroup.thenComparing(Candidate::unemployedSince)
                .thenComparing(Candidate::registrationId)).toList();
    }

    /** How many of the two priorities the candidate meets on {@code today}. */
    public static int priorities(Candidate c, LocalDate today, Limits limits) {
        return priorities(c, today, limits.whole(PRG07_LONG_REGISTERED_MONTHS));
    }

    static int priorities(Candidate c, LocalDate today, int months) {
        int n = c.receivesJobLossPayment() ? 0 : 1;
        return c.unemployedSince().plusMonths(months).isBefore(today) ? n + 1 : n;
    }
}
