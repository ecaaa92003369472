package kz.gov.tsa.contract.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One activity of the individual family assistance plan (CON-02): a measure (CON-10 or CON-11) for a named member,
 * tagged with its support domain (CON-13), with a due date and its progress.
 */
public record PlanActivity(UUID id, String personKey, ActivityKind kind, SupportDomain domain, String description,
                           LocalDate dueDate, ActivityStatus status) {
    public PlanActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
    }

    public PlanActivity withStatus(ActivityStatus next) {
        return new PlanActivity(id, personKey, kind, domain, description, dueDate, next);
    }
}
