package kz.gov.tsa.employment.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * D-99: a published reference version (MCI, retirement ages) no longer counts from a day on — eligibility-service
 * closed, withdrew or corrected it; the local copy stops counting it from that day.
 */
public interface WithdrawReferenceValueUseCase {

    /** Returns false when the withdrawal was known already (a replay). */
    boolean withdraw(Command command);

    record Command(String parameter, LocalDate validFrom, int version, LocalDate from, Instant withdrawnAt,
                   String eventId, String actor) {
        public Command {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
