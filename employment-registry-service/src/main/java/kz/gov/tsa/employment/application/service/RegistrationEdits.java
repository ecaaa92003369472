package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;
import java.util.function.Function;

/**
 * The common path of a staff member's change to one registration: read it locked, check that the caller may change
 * it (D-42: an operator or admin of its region; for a check-in also the akimat of a rural resident's region — else
 * 404 or 403), run the transition, store the accepted step audited with the caller as actor and publish its events.
 * Each use case keeps its own transition (as contract-service's {@code OperatorEdits}).
 */
final class RegistrationEdits {

    private final RegistrationStorePort store;
    private final RegistrationAccess access;
    private final RegistrationChanges changes;

    RegistrationEdits(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events) {
        this.store = store;
        this.access = new RegistrationAccess(personKeys);
        this.changes = new RegistrationChanges(store, events);
    }

    Outcome<Registration> apply(Caller caller, UUID registrationId, Function<Registration, Outcome<Step>> transition) {
        return changes.apply(access.writable(caller, registrationId, store.findForUpdate(registrationId)), transition,
                caller.subject());
    }

    /** EMP-04/07: as {@link #apply}, and the akimat of the region may record a rural resident's check-in. */
    Outcome<Registration> applyCheckIn(Caller caller, UUID registrationId,
                                       Function<Registration, Outcome<Step>> transition) {
        return changes.apply(access.checkInWritable(caller, registrationId, store.findForUpdate(registrationId)),
                transition, caller.subject());
    }
}
