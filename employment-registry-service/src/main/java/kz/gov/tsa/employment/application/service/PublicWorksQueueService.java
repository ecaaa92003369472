package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.PublicWorksQueueQuery;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.PublicWorksPriority;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** PRG-07: the region's unemployed in the order public works are offered to them (the caller's region). */
@ApplicationScoped
public class PublicWorksQueueService implements PublicWorksQueueQuery {

    static final int LIMIT = 1000;

    private final RegistrationStorePort store;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public PublicWorksQueueService(RegistrationStorePort store, ProgrammeParametersPort parameters, Clock clock) {
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region) {
        LocalDate today = LocalDate.now(clock);
        var limits = LimitsOn.day(parameters, today);
        return caller.scope(region).map(scope -> {
            List<Registration> unemployed = store.unemployed(scope, LIMIT);
            Map<UUID, Registration> byId = unemployed.stream()
                    .collect(Collectors.toMap(Registration::id, Function.identity()));
            var candidates = unemployed.stream().map(r -> new PublicWorksPriority.Candidate(r.id(), r.unemployedSince(),
                    r.unemployedDecision() != null && r.unemployedDecision().receivesJobLossPayment())).toList();
            return PublicWorksPriority.order(candidates, today, limits).stream()
                    .map(c -> new Entry(byId.get(c.registrationId()), PublicWorksPriority.priorities(c, today, limits)))
                    .toList();
        });
    }
}
