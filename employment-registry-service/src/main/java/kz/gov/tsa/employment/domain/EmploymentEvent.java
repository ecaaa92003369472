package kz.gov.tsa.employment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a registration's transitions announce; the outbound messaging adapter maps them to {@code tsa.employment.v1}. */
public sealed interface EmploymentEvent {

    Registration registration();

    Instant occurredAt();

    List<String> ruleIds();

    record JobSeekerRegistered(Registration registration, Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of("EMP-01", "EMP-02", "EMP-03", "EMP-04");
        }
    }

    record UnemployedRegistered(Registration registration, Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of("EMP-05", "EMP-06", "EMP-07");
        }
    }

    record CheckInMissed(Registration registration, LocalDate dueOn, LocalDate lastCheckIn, LocalDate detectedOn,
                         Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of(registration.status() == kz.gov.tsa.employment.domain.RegistrationStatus.UNEMPLOYED
                    ? "EMP-07" : "EMP-04", "EMP-08");
        }
    }

    record Deregistered(Registration registration, Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return registration.deregistration().reason().bansReRegistration()
                    ? List.of("EMP-08", "EMP-09") : List.of("EMP-08");
        }
    }

    record ReferralIgnored(Registration registration, Referral referral, Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of("PRG-10", "EMP-08");
        }
    }

    record SuitableWorkRefused(Registration registration, Referral referral, int refusalCount, boolean deregistered,
                               Instant occurredAt) implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of("PRG-10", "EMP-08");
        }
    }

    record MeasureStarted(Registration registration, Participation participation, Instant occurredAt)
            implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of(participation.kind().ruleId());
        }
    }

    record MeasureQuit(Registration registration, Participation participation, Instant occurredAt)
            implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of(participation.kind().ruleId(), "EMP-08");
        }
    }

    /** D-72: the participation was completed (its end date reached, or the Centre recorded it). */
    record MeasureCompleted(Registration registration, Participation participation, Instant occurredAt)
            implements EmploymentEvent {
        public List<String> ruleIds() {
            return List.of(participation.kind().ruleId());
        }
    }
}
