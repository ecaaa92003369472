package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordReferenceValueUseCase;
import kz.gov.tsa.employment.application.port.out.SaveReferenceValuePort;

/** D-40: keeps each published version (replays of a version store nothing; the highest version wins on reading). */
@ApplicationScoped
public class RecordReferenceValueService implements RecordReferenceValueUseCase {

    private final SaveReferenceValuePort store;

    @Inject
    public RecordReferenceValueService(SaveReferenceValuePort store) {
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(Command c) {
        return store.save(new SaveReferenceValuePort.Version(c.parameter(), c.validFrom(), c.validTo(), c.value(),
                c.version(), c.source(), c.publishedAt(), c.eventId()), c.actor());
    }
}
