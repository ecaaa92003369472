package kz.gov.tsa.employment.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** D-40: keeps a reference value version eligibility-service published (MCI, retirement ages). */
public interface RecordReferenceValueUseCase {

    /** Returns false when the version was known already (a replay). */
    boolean record(Command command);

    record Command(String parameter, LocalDate validFrom, LocalDate validTo, BigDecimal value, int version,
                   String source, Instant publishedAt, String eventId, String actor) {
        public Command {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
