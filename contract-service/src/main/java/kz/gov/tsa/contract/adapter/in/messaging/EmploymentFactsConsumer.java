package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase.Command;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase.ProposalKind;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.employment.CheckInMissed;
import kz.gov.tsa.events.employment.Deregistered;
import kz.gov.tsa.events.employment.MeasureQuit;
import kz.gov.tsa.events.employment.ReferralIgnored;
import kz.gov.tsa.events.employment.SuitableWorkRefused;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.messaging.EventHandler;
import kz.gov.tsa.messaging.InboundEvent;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;

/**
 * Employment-registry facts of {@code tsa.employment.v1} that may breach a social contract become breach
 * <em>proposals</em> (issue "contract-service" §5, CON-06..08): {@code SuitableWorkRefused}, {@code ReferralIgnored},
 * {@code MeasureQuit} on the person's own initiative, {@code CheckInMissed}, and {@code Deregistered} under EMP-08
 * (1)–(3). A proposal changes nothing until an operator confirms it. A person without a running contract (most job
 * seekers) is logged at debug and left alone; through the inbox a redelivered event proposes nothing twice.
 */
@Singleton
class EmploymentFactsConsumer implements EventHandler {

    private static final Logger LOG = Logger.getLogger(EmploymentFactsConsumer.class);

    private static final Set<String> TYPES = Set.of(EventTypes.SUITABLE_WORK_REFUSED.name(),
            EventTypes.REFERRAL_IGNORED.name(), EventTypes.MEASURE_QUIT.name(), EventTypes.CHECK_IN_MISSED.name(),
            EventTypes.DEREGISTERED.name());

    /**
     * The EMP-08 (1)–(3) grounds (schema {@code Deregistered.v1}) breach the contract and start EMP-09's ban;
     * (4)–(6) — prison or court-ordered treatment, Employment Law art. 15 p. 2 sub. 4, false documents — do not.
     */
    private static final Set<String> BREACHING_DEREGISTRATIONS = Set.of("REFUSED_TWO_OFFERS",
            "NO_SHOW_OR_QUIT_WITHOUT_VALID_REASON", "CHECK_IN_SCHEDULE_BROKEN");

    private final ProposeBreachUseCase propose;

    @Inject
    EmploymentFactsConsumer(ProposeBreachUseCase propose) {
        this.propose = propose;
    }

    @Override
    public String name() {
        return "contract-service.employment-facts";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.EMPLOYMENT);
    }

    @Override
    public boolean accepts(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void handle(InboundEvent event) {
        proposal(event).ifPresent(command -> propose.propose(command).refusalIfAny().map(Refusal::toString)
                .ifPresent(r -> LOG.debugf("%s %s: no breach proposed (%s)", event.type(), event.eventId(), r)));
    }

    private static Optional<Command> proposal(InboundEvent event) {
        String actor = "event:" + event.type() + "/" + event.eventId();
        return switch (event.type()) {
            case "SuitableWorkRefused" -> {
                SuitableWorkRefused e = event.payloadAs(SuitableWorkRefused.class);
                yield Optional.of(new Command(e.personKey(), e.familyId(), ProposalKind.SUITABLE_WORK_REFUSED,
                        e.refusedOn(), event.eventId(), actor));
            }
            case "ReferralIgnored" -> {
                ReferralIgnored e = event.payloadAs(ReferralIgnored.class);
                yield Optional.of(new Command(e.personKey(), e.familyId(), ProposalKind.REFERRAL_IGNORED,
                        e.turnUpBy(), event.eventId(), actor));
            }
            case "MeasureQuit" -> {
                MeasureQuit e = event.payloadAs(MeasureQuit.class);
                yield e.ownInitiative()
                        ? Optional.of(new Command(e.personKey(), e.familyId(), ProposalKind.MEASURE_QUIT, e.quitOn(),
                                event.eventId(), actor))
                        : Optional.empty();
            }
            case "CheckInMissed" -> {
                CheckInMissed e = event.payloadAs(CheckInMissed.class);
                yield Optional.of(new Command(e.personKey(), e.familyId(), ProposalKind.CHECK_IN_MISSED, e.dueOn(),
                        event.eventId(), actor));
            }
            case "Deregistered" -> {
                Deregistered e = event.payloadAs(Deregistered.class);
                yield BREACHING_DEREGISTRATIONS.contains(e.reason())
                        ? Optional.of(new Command(e.personKey(), e.familyId(), ProposalKind.DEREGISTERED,
                                e.deregisteredOn(), event.eventId(), actor))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }
}
