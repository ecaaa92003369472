package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RecordRefusalPort;
import kz.gov.tsa.employment.domain.RegistrationRefusal;

/** D-70: keeps a refused registration (audited with its actor) and announces it, in the caller's transaction. */
final class RefusalRecords {

    private final RecordRefusalPort refusals;
    private final PublishEventPort events;

    RefusalRecords(RecordRefusalPort refusals, PublishEventPort events) {
        this.refusals = refusals;
        this.events = events;
    }

    void keep(RegistrationRefusal refusal, String actor) {
        refusals.record(refusal, actor);
        events.publish(refusal);
    }
}
