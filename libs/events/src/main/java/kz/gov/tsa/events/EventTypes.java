package kz.gov.tsa.events;

import kz.gov.tsa.events.contract.ContractCompleted;
import kz.gov.tsa.events.contract.ContractDrafted;
import kz.gov.tsa.events.contract.ContractExtended;
import kz.gov.tsa.events.contract.ContractLapsed;
import kz.gov.tsa.events.contract.ContractSigned;
import kz.gov.tsa.events.contract.ContractTerminated;
import kz.gov.tsa.events.contract.SanctionApplied;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.events.eligibility.ApplicationWithdrawn;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.events.eligibility.EligibilityDecided;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of event types per topic (ARCHITECTURE.md §4). A type whose payload record exists
 * has a JSON Schema under {@code /schemas}; the others are named so that topics and consumers can
 * refer to them and get their payload with the issue that introduces them.
 */
public final class EventTypes {

    public static final EventType APPLICATION_RECEIVED =
            new EventType("ApplicationReceived", 1, Topics.ELIGIBILITY, ApplicationReceived.class);

    public static final EventType ELIGIBILITY_DECIDED =
            new EventType("EligibilityDecided", 1, Topics.ELIGIBILITY, EligibilityDecided.class);

    public static final EventType ASSIGNMENT_REVOKED =
            new EventType("AssignmentRevoked", 1, Topics.ELIGIBILITY, AssignmentRevoked.class);

    public static final EventType APPLICATION_WITHDRAWN =
            new EventType("ApplicationWithdrawn", 1, Topics.ELIGIBILITY, ApplicationWithdrawn.class);

    public static final EventType JOB_SEEKER_REGISTERED =
            new EventType("JobSeekerRegistered", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.JobSeekerRegistered.class);

    public static final EventType UNEMPLOYED_REGISTERED =
            new EventType("UnemployedRegistered", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.UnemployedRegistered.class);

    public static final EventType CHECK_IN_MISSED =
            new EventType("CheckInMissed", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.CheckInMissed.class);

    public static final EventType DEREGISTERED =
            new EventType("Deregistered", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.Deregistered.class);

    public static final EventType REFERRAL_IGNORED =
            new EventType("ReferralIgnored", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.ReferralIgnored.class);

    public static final EventType SUITABLE_WORK_REFUSED =
            new EventType("SuitableWorkRefused", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.SuitableWorkRefused.class);

    public static final EventType MEASURE_STARTED =
            new EventType("MeasureStarted", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.MeasureStarted.class);

    public static final EventType MEASURE_QUIT =
            new EventType("MeasureQuit", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.MeasureQuit.class);

    public static final EventType REGISTRATION_REFUSED =
            new EventType("RegistrationRefused", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.RegistrationRefused.class);

    public static final EventType MEASURE_COMPLETED =
            new EventType("MeasureCompleted", 1, Topics.EMPLOYMENT, kz.gov.tsa.events.employment.MeasureCompleted.class);

    public static final EventType REFERENCE_VALUE_PUBLISHED =
            new EventType("ReferenceValuePublished", 1, Topics.REFERENCE, kz.gov.tsa.events.reference.ReferenceValuePublished.class);

    public static final EventType REFERENCE_VALUE_WITHDRAWN =
            new EventType("ReferenceValueWithdrawn", 1, Topics.REFERENCE, kz.gov.tsa.events.reference.ReferenceValueWithdrawn.class);

    public static final EventType CONTRACT_DRAFTED =
            new EventType("ContractDrafted", 1, Topics.CONTRACTS, ContractDrafted.class);

    public static final EventType CONTRACT_SIGNED =
            new EventType("ContractSigned", 1, Topics.CONTRACTS, ContractSigned.class);

    public static final EventType CONTRACT_LAPSED =
            new EventType("ContractLapsed", 1, Topics.CONTRACTS, ContractLapsed.class);

    public static final EventType CONTRACT_EXTENDED =
            new EventType("ContractExtended", 1, Topics.CONTRACTS, ContractExtended.class);

    public static final EventType SANCTION_APPLIED =
            new EventType("SanctionApplied", 1, Topics.CONTRACTS, SanctionApplied.class);

    public static final EventType CONTRACT_TERMINATED =
            new EventType("ContractTerminated", 1, Topics.CONTRACTS, ContractTerminated.class);

    public static final EventType CONTRACT_COMPLETED =
            new EventType("ContractCompleted", 1, Topics.CONTRACTS, ContractCompleted.class);

    public static final EventType PAYMENT_RUN_COMPLETED =
            new EventType("PaymentRunCompleted", 1, Topics.PAYMENTS, kz.gov.tsa.events.payment.PaymentRunCompleted.class);

    /** The payloads of {@code tsa.contracts.v1} (contract-service). */
    public static final List<EventType> CONTRACT_TYPES = List.of(CONTRACT_DRAFTED, CONTRACT_SIGNED, CONTRACT_LAPSED,
            CONTRACT_EXTENDED, SANCTION_APPLIED, CONTRACT_TERMINATED, CONTRACT_COMPLETED);

    /** Every type whose payload is defined. */
    public static final List<EventType> DEFINED = java.util.stream.Stream.of(
            List.of(APPLICATION_RECEIVED, ELIGIBILITY_DECIDED, ASSIGNMENT_REVOKED, APPLICATION_WITHDRAWN),
            List.of(JOB_SEEKER_REGISTERED, UNEMPLOYED_REGISTERED, CHECK_IN_MISSED, DEREGISTERED, REFERRAL_IGNORED,
                    SUITABLE_WORK_REFUSED, MEASURE_STARTED, MEASURE_QUIT, REGISTRATION_REFUSED, MEASURE_COMPLETED),
            List.of(REFERENCE_VALUE_PUBLISHED, REFERENCE_VALUE_WITHDRAWN), CONTRACT_TYPES, List.of(PAYMENT_RUN_COMPLETED)).flatMap(List::stream).toList();

    /** Event type names announced per topic by the design; payloads come with their issues. */
    public static final Map<String, List<String>> PLANNED = Map.of(
            Topics.ELIGIBILITY, List.of("ApplicationReceived", "EligibilityDecided", "AssignmentRevoked",
                    "ApplicationWithdrawn"),
            Topics.CONTRACTS, List.of("ContractDrafted", "ContractSigned", "ContractLapsed", "ContractExtended", "SanctionApplied",
                    "ContractTerminated", "ContractCompleted"),
            Topics.EMPLOYMENT, List.of("JobSeekerRegistered", "UnemployedRegistered", "RegistrationRefused",
                    "CheckInMissed", "ReferralIgnored", "SuitableWorkRefused", "MeasureStarted", "MeasureQuit", "MeasureCompleted",
                    "Deregistered"),
            Topics.REFERENCE, List.of("ReferenceValuePublished", "ReferenceValueWithdrawn"),
            Topics.PAYMENTS, List.of("PaymentScheduled", "PaymentRunCompleted", "PaymentLineIssued"));

    private static final Map<String, EventType> BY_NAME =
            DEFINED.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            DEFINED.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventTypes() {
    }

    public static EventType byName(String name) {
        EventType type = BY_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type: " + name);
        }
        return type;
    }

    public static boolean isDefined(String name) {
        return BY_NAME.containsKey(name);
    }

    public static EventType forPayload(Class<?> payloadClass) {
        EventType type = BY_CLASS.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException("no event type registered for " + payloadClass.getName());
        }
        return type;
    }
}
