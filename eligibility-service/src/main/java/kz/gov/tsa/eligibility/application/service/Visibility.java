package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.Optional;
import java.util.UUID;

/**
 * Who sees which application and decision (D-11), decided once for every use case: staff see the records of the
 * regions they reach; the portal sees only the applications it submitted (and their decisions). What a caller may
 * not see answers 404 like a record that does not exist, so that ids of other regions are not disclosed.
 */
final class Visibility {

    private Visibility() {
    }

    /** The e-government portal acting for a citizen, with no staff role. */
    static boolean portalOnly(Caller caller) {
        return caller.hasRole("portal") && !caller.hasAnyRole("operator", "commission", "auditor", "admin");
    }

    static boolean sees(Caller caller, Application application) {
        if (portalOnly(caller)) {
            return application.submittedBy().equals(caller.subject());
        }
        return caller.covers(application.region());
    }

    static boolean sees(Caller caller, EligibilityDecision decision) {
        return caller.covers(decision.region());
    }

    static Outcome<Application> application(Optional<Application> found, UUID id, Caller caller) {
        return found.filter(a -> sees(caller, a)).map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("application.not-found", id.toString())));
    }

    static Outcome<EligibilityDecision> decision(Optional<EligibilityDecision> found, UUID id, Caller caller) {
        return found.filter(d -> sees(caller, d)).map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("decision.not-found", id.toString())));
    }
}
