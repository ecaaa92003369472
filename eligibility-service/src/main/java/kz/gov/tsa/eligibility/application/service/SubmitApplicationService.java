package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.domain.IncomePeriod;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationUseCase;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.PersonKeyPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.FamilyMembership;
import kz.gov.tsa.eligibility.domain.OneFamilyPerPerson;
import kz.gov.tsa.eligibility.domain.Receipt;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Receives an application: the family's composition is checked by the aggregate (ELIG-14), the members against the
 * families they already belong to (ELIG-01 / PAY-04), and the application, its members' memberships and
 * {@code ApplicationReceived} are stored in ONE transaction: all commit or none does (ARCHITECTURE.md §4).
 */
@ApplicationScoped
public class SubmitApplicationService implements SubmitApplicationUseCase {

    private final SaveApplicationPort save;
    private final LoadApplicationPort load;
    private final FamilyMembershipPort memberships;
    private final PersonKeyPort personKeys;
    private final PublishEventPort events;
    private final Clock clock;
    private final LoadReferenceDataPort referenceData;

    @Inject
    public SubmitApplicationService(SaveApplicationPort save, LoadApplicationPort load,
                                    FamilyMembershipPort memberships, PersonKeyPort personKeys,
                                    PublishEventPort events, Clock clock, LoadReferenceDataPort referenceData) {
        this.referenceData = referenceData;
        this.save = save;
        this.load = load;
        this.memberships = memberships;
        this.personKeys = personKeys;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Result> submit(SubmitApplicationCommand command) {
        return command.caller().requireCovers(command.region()).flatMap(region -> receive(command));
    }

    private Outcome<Result> receive(SubmitApplicationCommand command) {
        if (command.idempotencyKey().isPresent()) {
            var earlier = load.loadByIdempotencyKey(command.actor(), command.idempotencyKey().get());
            if (earlier.isPresent()) {
                return earlier.get().fingerprint().equals(command.fingerprint())
                        ? Outcome.accepted(new Result(earlier.get().application(), true))
                        : Outcome.refused(Refusal.unprocessable(null, "idempotency.key-reused"));
            }
        }
        Instant now = clock.instant();
        return Receipt.of(command.quarter(), command.paperReceipt(),
                        command.caller().hasRole(Receipt.BACKDATING_ROLE), now, clock.getZone())
                .flatMap(receipt -> receive(command, receipt));
    }

    private Outcome<Result> receive(SubmitApplicationCommand command, Receipt receipt) {
        Map<String, String> keys = new LinkedHashMap<>();
        command.members().forEach(m -> keys.put(m.iin().value(), personKeys.personKey(m.iin())));
        IncomePeriod incomePeriod = IncomePeriod.before(receipt.quarter(),
                DecisionParametersLoader.incomePeriodMonths(referenceData, receipt.receivedOn()));
        Outcome<Application> received = Application.receive(UUID.randomUUID(), keys, command.region(),
                receipt.quarter(), command.members(), command.livingConditions(), command.conditionalPayment(),
                command.channel(), command.actor(), receipt.receivedAt(), incomePeriod);
        return received.flatMap(application -> store(application, keys, command, receipt));
    }

    private Outcome<Result> store(Application application, Map<String, String> keys, SubmitApplicationCommand command,
                                  Receipt receipt) {
        YearMonth first = YearMonth.from(application.quarter().firstDay());
        YearMonth last = YearMonth.from(application.quarter().lastDay());
        List<FamilyMembership> held = memberships.lockAndFindHeld(keys.values());
        var elsewhere = OneFamilyPerPerson.check(application.members(), keys, first, last, held);
        if (elsewhere.isPresent()) {
            return Outcome.refused(elsewhere.get());
        }
        save.saveNew(application, command.idempotencyKey()
                .map(key -> new SaveApplicationPort.IdempotencyRecord(key, command.fingerprint())), receipt.paper());
        memberships.hold(application.members().stream().map(FamilyMember::iin)
                .map(iin -> new FamilyMembership(keys.get(iin.value()), application.id(), application.familyId(),
                        first, last, FamilyMembership.State.OPEN))
                .toList());
        events.publish(application.receivedEvent(), application.id());
        return Outcome.accepted(new Result(application, false));
    }
}
