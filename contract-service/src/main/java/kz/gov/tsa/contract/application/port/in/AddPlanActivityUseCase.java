package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.ActivityKind;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.SupportDomain;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** CON-02: an operator adds an activity for a named member to the family's plan (CON-09 refuses some). */
public interface AddPlanActivityUseCase {

    Outcome<Contract> add(Command command);

    record Command(Caller caller, UUID contractId, String personKey, ActivityKind kind, SupportDomain domain,
                   String description, LocalDate dueDate) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(personKey, "personKey");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(domain, "domain");
            Objects.requireNonNull(dueDate, "dueDate");
        }
    }
}
