package kz.gov.tsa.eligibility.application.service.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.reference.PublishReferenceValuesUseCase;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.ReleaseReferenceValuePort;
import org.jboss.logging.Logger;

/** D-25: publishes the pending MCI and retirement-age versions in one transaction (at start-up). */
@ApplicationScoped
public class PublishReferenceValuesService implements PublishReferenceValuesUseCase {

    private static final Logger LOG = Logger.getLogger(PublishReferenceValuesService.class);

    private final LoadReferenceDataPort load;
    private final ReleaseReferenceValuePort release;

    @Inject
    public PublishReferenceValuesService(LoadReferenceDataPort load, ReleaseReferenceValuePort release) {
        this.load = load;
        this.release = release;
    }

    @Override
    @Transactional
    public int publishPending() {
        int released = ReferenceReleases.releasePending(load, release);
        LOG.infof("reference values published: %d new version(s)", released);
        return released;
    }
}
