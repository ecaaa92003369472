package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.GetApplicationQuery;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GetApplicationService implements GetApplicationQuery {

    private final LoadApplicationPort load;

    @Inject
    public GetApplicationService(LoadApplicationPort load) {
        this.load = load;
    }

    @Override
    public Optional<Application> byId(UUID id) {
        return load.load(id);
    }
}
