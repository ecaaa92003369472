package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.GetApplicationQuery;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/** Reads one application as the caller may see it (D-11). */
@ApplicationScoped
public class GetApplicationService implements GetApplicationQuery {

    private final LoadApplicationPort load;

    @Inject
    public GetApplicationService(LoadApplicationPort load) {
        this.load = load;
    }

    @Override
    public Outcome<Application> byId(UUID id, Caller caller) {
        return Visibility.application(load.load(id), id, caller);
    }
}
