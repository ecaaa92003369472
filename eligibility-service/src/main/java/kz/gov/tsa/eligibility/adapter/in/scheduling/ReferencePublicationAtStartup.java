package kz.gov.tsa.eligibility.adapter.in.scheduling;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.reference.PublishReferenceValuesUseCase;

/**
 * D-25: at start-up, publishes the MCI and retirement-age versions not yet published (the seeded rows on the first
 * start; nothing on a restart). One transaction; a failure stops the start rather than being forgotten.
 */
@ApplicationScoped
class ReferencePublicationAtStartup {

    private final PublishReferenceValuesUseCase publish;

    @Inject
    ReferencePublicationAtStartup(PublishReferenceValuesUseCase publish) {
        this.publish = publish;
    }

    void onStart(@Observes StartupEvent event) {
        publish.publishPending();
    }
}
