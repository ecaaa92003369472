package kz.gov.tsa.eligibility.application.service;

import java.time.Clock;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.RECEIVED_AT;
import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.referenceData;

/** The in-memory ports and the application-workflow use cases over them, fresh for each test. */
abstract class ApplicationWorkflowFixture {

    final Clock clock = InMemoryPorts.clockAt(RECEIVED_AT);
    final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    final InMemoryPorts.Memberships memberships = new InMemoryPorts.Memberships();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Decisions decisions = new InMemoryPorts.Decisions();
    final InMemoryPorts.ReferenceData referenceData = referenceData();

    final SubmitApplicationService submit = new SubmitApplicationService(applications, applications, memberships,
            new InMemoryPorts.PersonKeys(), events, clock, referenceData);
    final GetApplicationService get = new GetApplicationService(applications);
    final CommissionConclusionService commission = new CommissionConclusionService(applications, applications, clock);
    final DecideEligibilityService decide = new DecideEligibilityService(applications, applications, decisions,
            memberships, referenceData, events, clock);
    final RevokeAssignmentService revoke = new RevokeAssignmentService(applications, applications, decisions,
            memberships, events, clock);
    final DecisionQueryService query = new DecisionQueryService(decisions, applications);
}
