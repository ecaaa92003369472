package kz.gov.tsa.contract.application.port.out;

import java.time.LocalDate;
import java.util.Optional;

/** CON-04 [param]: the contract term in months in force on a day, from the service's dated reference data. */
public interface ContractTermPort {
    Optional<Integer> termMonthsOn(LocalDate day);
}
