package kz.gov.tsa.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.gov.tsa.events.employment.CheckInMissed;
import kz.gov.tsa.events.employment.Deregistered;
import kz.gov.tsa.events.employment.JobSeekerRegistered;
import kz.gov.tsa.events.employment.MeasureCompleted;
import kz.gov.tsa.events.employment.MeasureQuit;
import kz.gov.tsa.events.employment.MeasureStarted;
import kz.gov.tsa.events.employment.ReferralIgnored;
import kz.gov.tsa.events.employment.RegistrationRefused;
import kz.gov.tsa.events.employment.SuitableWorkRefused;
import kz.gov.tsa.events.employment.UnemployedRegistered;
import kz.gov.tsa.events.reference.ReferenceValuePublished;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The employment and reference events of issue 11 validate against their schemas, inside an envelope. */
class EmploymentEventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final String KEY = "a".repeat(64);
    static final UUID R = UUID.randomUUID();
    static final LocalDate D = LocalDate.of(2026, 3, 2);

    static List<Object> samples() {
        return List.of(
                new JobSeekerRegistered(R, KEY, "F-1", "750000000", false, "CENTRE", D, D.plusDays(14), D.plusDays(3)),
                new UnemployedRegistered(R, KEY, null, "750000000", D, D.plusDays(10), D.plusDays(14)),
                new CheckInMissed(R, KEY, "F-1", "750000000", "JOB_SEEKER", D, D.minusDays(3), D.plusDays(1)),
                new Deregistered(R, KEY, "F-1", "750000000", "REFUSED_TWO_OFFERS", "EMP-08(1)", D, D.plusDays(31)),
                new ReferralIgnored(UUID.randomUUID(), R, KEY, null, "750000000", "VACANCY", "V-1", D, D.plusDays(7)),
                new SuitableWorkRefused(null, R, KEY, "F-1", "750000000", D, 2, true),
                new MeasureStarted(UUID.randomUUID(), R, KEY, "F-1", "750000000", "BASTAU_BUSINESS", "PRG-03", D, D.plusDays(20)),
                new MeasureQuit(UUID.randomUUID(), R, KEY, "F-1", "750000000", "BASTAU_BUSINESS", D.plusDays(3), true),
                new ReferenceValuePublished("MCI", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "4325.00", 1,
                        "Law on the republican budget 2026-2028", Instant.parse("2026-01-01T00:00:00Z")),
                new RegistrationRefused(UUID.randomUUID(), null, KEY, null, "750000000", "JOB_SEEKER", "OPERATOR", "EMP-09",
                        "registration.re-registration-banned", List.of("registration.re-registration-banned"),
                        Map.of("firstAllowedOn", "2026-04-06", "deregisteredOn", "2026-03-06"), D),
                new RegistrationRefused(UUID.randomUUID(), R, KEY, "F-1", "750000000", "UNEMPLOYED", "PORTAL", "EMP-06",
                        "unemployed.refused", List.of("EMP-06 (2)", "EMP-06 (3)"), Map.of("notificationOn", "2026-03-12"), D),
                new MeasureCompleted(UUID.randomUUID(), R, KEY, "F-1", "750000000", "SOCIAL_JOB", "PRG-05", D,
                        D.plusMonths(6).minusDays(1), D.plusMonths(6).minusDays(1), "END_DATE_REACHED"),
                new MeasureCompleted(UUID.randomUUID(), R, KEY, null, "750000000", "VOCATIONAL_TRAINING", "PRG-01", D,
                        D.plusMonths(3), D.plusMonths(2), "RECORDED"),
                new kz.gov.tsa.events.reference.ReferenceValueWithdrawn("MCI.SOCIAL_PAYMENTS", LocalDate.of(2026, 1, 1), 1,
                        LocalDate.of(2027, 1, 1), Instant.parse("2026-02-01T00:00:00Z")));
    }

    @Test
    void everyEmploymentAndReferenceEventValidatesInItsEnvelope() throws Exception {
        for (Object payload : samples()) {
            var envelope = EventEnvelope.of(payload, "F-1", UUID.randomUUID(), null, Instant.now(), List.of("EMP-08"));
            JsonNode json = JSON.valueToTree(envelope);
            EventType type = EventTypes.forPayload(payload.getClass());
            assertThat(EventSchemasTest.schema("/schemas/EventEnvelope.v1.json").validate(json)).as(type.name()).isEmpty();
            assertThat(EventSchemasTest.schema(type.schemaResource()).validate(json.get("payload"))).as(type.name()).isEmpty();
            assertThat(envelope.topic()).isEqualTo(payload instanceof ReferenceValuePublished
                    || payload instanceof kz.gov.tsa.events.reference.ReferenceValueWithdrawn ? Topics.REFERENCE : Topics.EMPLOYMENT);
        }
    }

    @Test
    void aClearIinAsPersonKeyOrAMissingFirstReRegistrationDateIsRejected() throws Exception {
        var bad = (ObjectNode) JSON.valueToTree(samples().get(3));
        bad.put("personKey", "900101300126");
        bad.remove("firstReRegistrationOn");
        assertThat(EventSchemasTest.schema(EventTypes.DEREGISTERED.schemaResource()).validate(bad)).hasSize(2);
        var value = (ObjectNode) JSON.valueToTree(samples().get(8));
        value.put("value", "4 325");
        assertThat(EventSchemasTest.schema(EventTypes.REFERENCE_VALUE_PUBLISHED.schemaResource()).validate(value)).hasSize(1);
    }

    @Test
    void D70_aRefusalNamingAClearIinOrARuleOutsideEmp02_06_09OrANonTextFactIsRejected() throws Exception {
        var schema = EventSchemasTest.schema(EventTypes.REGISTRATION_REFUSED.schemaResource());
        assertThat(schema.validate(JSON.valueToTree(samples().get(9)))).isEmpty();
        var bad = (ObjectNode) JSON.valueToTree(samples().get(9));
        bad.put("personKey", "900101300126");
        bad.put("ruleId", "EMP-04");
        ((ObjectNode) bad.get("facts")).put("age", 14);
        bad.putArray("reasons");
        assertThat(schema.validate(bad)).hasSize(4);
        var noStage = (ObjectNode) JSON.valueToTree(samples().get(10));
        noStage.put("stage", "DEREGISTERED");
        assertThat(schema.validate(noStage)).hasSize(1);
    }

    @Test
    void D72_aCompletionNeedsItsDayAndOneOfTheTwoWays() throws Exception {
        var schema = EventSchemasTest.schema(EventTypes.MEASURE_COMPLETED.schemaResource());
        var bad = (ObjectNode) JSON.valueToTree(samples().get(11));
        bad.remove("completedOn");
        bad.put("completion", "QUIT");
        assertThat(schema.validate(bad)).hasSize(2);
    }
}
