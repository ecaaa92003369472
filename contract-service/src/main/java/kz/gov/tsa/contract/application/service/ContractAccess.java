package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.FamilyIds;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may see and change a contract. Reading: {@code auditor} and {@code admin} every contract, {@code operator}
 * those of its region, {@code portal} its own family's (the citizen its token's {@code iin} claim names, D-19, D-31); anything
 * else is a 404 (the contract's existence is not revealed). Changing: an {@code operator} of the contract's region
 * (403 for another region).
 */
final class ContractAccess {

    private final PersonKeyPort personKeys;

    ContractAccess(PersonKeyPort personKeys) {
        this.personKeys = personKeys;
    }

    static Refusal notFound(UUID id) {
        return Refusal.notFound("contract.not-found", id.toString());
    }

    /** The family whose applicant is the citizen the portal caller acts for. */
    Optional<String> portalFamily(Caller caller) {
        if (!caller.hasRole("portal")) {
            return Optional.empty();
        }
        return caller.citizenIin().map(iin -> FamilyIds.ofApplicantKey(personKeys.personKey(iin)));
    }

    boolean mayRead(Caller caller, Contract c) {
        if (caller.hasAnyRole("auditor", "admin")) {
            return true;
        }
        if (caller.hasRole("operator") && caller.covers(c.region())) {
            return true;
        }
        return portalFamily(caller).filter(c.familyId()::equals).isPresent();
    }

    Outcome<Contract> readable(Caller caller, UUID id, Optional<Contract> found) {
        return found.filter(c -> mayRead(caller, c)).map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(notFound(id)));
    }

    /** Operators change contracts of their region; a contract they cannot even read is a 404. */
    Outcome<Contract> writable(Caller caller, UUID id, Optional<Contract> found) {
        if (found.isEmpty() || !caller.hasAnyRole("operator", "admin")) {
            return Outcome.refused(notFound(id));
        }
        Contract c = found.get();
        return caller.requireCovers(c.region()).map(region -> c);
    }
}
