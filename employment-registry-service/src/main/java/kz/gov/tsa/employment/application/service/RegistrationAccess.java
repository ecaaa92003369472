package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.Optional;
import java.util.UUID;

/**
 * D-42: who sees and changes a registration. Operators and akimats read their region's registrations, auditors and
 * admins all, the portal only the citizen's own (the token's {@code iin} claim, D-19); anything else is a
 * 404 like a missing one. Operators change their region's registrations (403 for another region); akimats record
 * only check-ins of rural residents of their region.
 */
final class RegistrationAccess {

    private final PersonKeyPort personKeys;

    RegistrationAccess(PersonKeyPort personKeys) {
        this.personKeys = personKeys;
    }

    Outcome<Registration> readable(Caller caller, UUID id, Optional<Registration> found) {
        if (found.isEmpty() || !mayRead(caller, found.get())) {
            return Outcome.refused(Refusal.notFound("registration.not-found", id.toString()));
        }
        return Outcome.accepted(found.get());
    }

    Outcome<Registration> writable(Caller caller, UUID id, Optional<Registration> found) {
        return readable(caller, id, found).flatMap(r -> caller.hasAnyRole("operator", "service", "admin")
                ? caller.requireCovers(r.region()).map(x -> r)
                : Outcome.refused(Refusal.forbidden("registration.operator-only")));
    }

    /** EMP-04/07: an operator of the region, or the akimat of the region for a rural resident. */
    Outcome<Registration> checkInWritable(Caller caller, UUID id, Optional<Registration> found) {
        return readable(caller, id, found).flatMap(r -> {
            if (caller.hasRole("akimat") && !caller.hasAnyRole("operator", "admin")) {
                if (!r.rural()) {
                    return Outcome.refused(Refusal.forbidden("check-in.akimat-rural-only"));
                }
                return caller.requireCovers(r.region()).map(x -> r);
            }
            return writable(caller, id, found);
        });
    }

    boolean mayRead(Caller caller, Registration r) {
        if (caller.hasAnyRole("auditor", "admin", "service")) {
            return true;
        }
        if (caller.hasAnyRole("operator", "akimat")) {
            return caller.covers(r.region());
        }
        if (caller.hasRole("portal")) {
            return ownKey(caller).map(r.personKey()::equals).orElse(false);
        }
        return false;
    }

    /**
     * The portal caller's own person key: from the citizen's IIN of the token's {@code iin} claim (D-19); the subject
     * is a Keycloak user id, never taken for an IIN. Empty when the token names no citizen.
     */
    Optional<String> ownKey(Caller caller) {
        return caller.citizenIin().map(personKeys::personKey);
    }
}
