package kz.gov.tsa.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("schema resource %s", resource).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static ApplicationReceived sample() {
        return new ApplicationReceived(UUID.randomUUID(), "F-1", "750000000", "2026-Q4", 4, "PORTAL",
                Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void everyDefinedTypeHasASchemaDescribingEveryRecordComponent() throws Exception {
        for (EventType type : EventTypes.DEFINED) {
            JsonNode schema;
            try (InputStream in = getClass().getResourceAsStream(type.schemaResource())) {
                assertThat(in).as("schema of %s", type.name()).isNotNull();
                schema = JSON.readTree(in);
            }
            Set<String> properties = iterable(schema.get("properties").fieldNames());
            Set<String> components = Arrays.stream(type.payloadClass().getRecordComponents())
                    .map(c -> c.getName()).collect(Collectors.toSet());
            assertThat(properties).as("%s schema properties", type.name()).isEqualTo(components);
            assertThat(type.topic()).isIn(Topics.ALL);
            assertThat(EventTypes.PLANNED.get(type.topic())).contains(type.name());
        }
    }

    @Test
    void aSerialisedEnvelopeValidatesAgainstEnvelopeAndPayloadSchemas() throws Exception {
        EventEnvelope<ApplicationReceived> envelope = EventEnvelope.of(sample(), "F-1", UUID.randomUUID(), null,
                Instant.now(), List.of("ELIG-10"));
        JsonNode json = JSON.valueToTree(envelope);

        assertThat(schema("/schemas/EventEnvelope.v1.json").validate(json)).isEmpty();
        assertThat(schema(EventTypes.byName(envelope.type()).schemaResource()).validate(json.get("payload"))).isEmpty();
        assertThat(envelope.topic()).isEqualTo(Topics.ELIGIBILITY);
        assertThat(envelope.version()).isEqualTo(1);
    }

    static kz.gov.tsa.events.eligibility.EligibilityDecided decided(String kind) {
        var member = new kz.gov.tsa.events.eligibility.EligibilityDecided.Member("900101300126",
                java.time.LocalDate.of(1990, 1, 1), "APPLICANT", "REFUSED".equals(kind) ? null : "12000.50", true, "NONE",
                false, false, List.of("CHILD_UNDER_7"), "UNEMPLOYED", java.time.LocalDate.of(2008, 1, 1),
                java.time.LocalDate.of(2013, 1, 1), "ab".repeat(32));
        boolean refused = "REFUSED".equals(kind);
        return new kz.gov.tsa.events.eligibility.EligibilityDecided(UUID.randomUUID(), UUID.randomUUID(), "F-1",
                "750000000", "2026-Q4", kind, refused ? "ELIG-03" : null, "23596.00", "35596.00",
                refused ? null : "48001.00", refused ? null : "2026-10", refused ? null : "2026-12",
                Instant.parse("2026-11-20T05:00:00Z"), Instant.parse("2026-11-26T05:00:00Z"), List.of(member),
                refused ? null : "CONDITIONAL".equals(kind) ? "LUMP_SUM_3_MONTHS" : "MONTHLY");
    }

    @Test
    void decisionAndRevocationEventsValidateAgainstTheirSchemas() throws Exception {
        JsonSchema decidedSchema = schema(EventTypes.ELIGIBILITY_DECIDED.schemaResource());
        for (String kind : List.of("UNCONDITIONAL", "CONDITIONAL", "REFUSED")) {
            var envelope = EventEnvelope.of(decided(kind), "F-1", UUID.randomUUID(), null, Instant.now(),
                    List.of("ELIG-03", "ELIG-15"));
            JsonNode json = JSON.valueToTree(envelope);
            assertThat(schema("/schemas/EventEnvelope.v1.json").validate(json)).as(kind).isEmpty();
            assertThat(decidedSchema.validate(json.get("payload"))).as(kind).isEmpty();
        }
        var bad = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(decided("CONDITIONAL"));
        bad.put("monthlyAmount", "48001.5");
        bad.put("kind", "MAYBE");
        assertThat(decidedSchema.validate(bad)).hasSize(2);

        var revoked = new kz.gov.tsa.events.eligibility.AssignmentRevoked(UUID.randomUUID(), UUID.randomUUID(), "F-1",
                "undeclared wages", "operator1", Instant.now());
        assertThat(schema(EventTypes.ASSIGNMENT_REVOKED.schemaResource()).validate(JSON.valueToTree(revoked))).isEmpty();
        assertThat(EventEnvelope.of(revoked, "F-1", UUID.randomUUID(), null, Instant.now(), List.of("CON-06")).topic())
                .isEqualTo(Topics.ELIGIBILITY);
    }

    @Test
    void anApplicationWithdrawnMatchesItsSchemaAndAWithdrawalWithoutReasonDoesNot() throws Exception {
        var withdrawn = new kz.gov.tsa.events.eligibility.ApplicationWithdrawn(UUID.randomUUID(), "F-1", "751110000",
                "2026-Q4", "the family moved to another region", "operator1", Instant.now());
        JsonSchema withdrawnSchema = schema(EventTypes.APPLICATION_WITHDRAWN.schemaResource());
        assertThat(withdrawnSchema.validate(JSON.valueToTree(withdrawn))).isEmpty();
        assertThat(EventEnvelope.of(withdrawn, "F-1", UUID.randomUUID(), null, Instant.now(), List.of("ELIG-01"))
                .topic()).isEqualTo(Topics.ELIGIBILITY);
        var bad = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(withdrawn);
        bad.remove("reason");
        bad.put("quarter", "2026-Q5");
        assertThat(withdrawnSchema.validate(bad)).hasSize(2);
    }

    @Test
    void theSchemaRejectsAPayloadMissingARequiredFieldOrWithABadRegionCode() throws Exception {
        JsonSchema payloadSchema = schema(EventTypes.APPLICATION_RECEIVED.schemaResource());
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(sample());
        json.remove("familyId");
        json.put("regionCode", "ABC");
        Set<ValidationMessage> errors = payloadSchema.validate(json);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("familyId"))
                .anySatisfy(m -> assertThat(m).contains("regionCode"));
    }

    @Test
    void consumersTolerateUnknownFields() throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(sample());
        json.put("addedInALaterMinorVersion", true);
        assertThat(schema(EventTypes.APPLICATION_RECEIVED.schemaResource()).validate(json)).isEmpty();
    }

    @Test
    void envelopeChecksItsInvariants() {
        assertThatThrownBy(() -> new EventEnvelope<>(UUID.randomUUID(), "X", 0, Instant.now(), "F", UUID.randomUUID(),
                null, List.of(), "p")).hasMessageContaining("version");
        assertThatThrownBy(() -> EventTypes.byName("NoSuchEvent")).hasMessageContaining("NoSuchEvent");
        assertThatThrownBy(() -> EventTypes.forPayload(String.class)).hasMessageContaining("String");
    }

    static final String KEY = "a".repeat(64);

    static List<Object> contractSamples() {
        UUID contract = UUID.randomUUID();
        UUID decision = UUID.randomUUID();
        var m = List.of(new kz.gov.tsa.events.contract.ContractMemberRef(KEY, "9001******26"));
        var d = java.time.LocalDate.of(2026, 3, 2);
        Instant now = Instant.parse("2026-03-02T06:00:00Z");
        return List.of(
                new kz.gov.tsa.events.contract.ContractDrafted(contract, decision, UUID.randomUUID(), "F-1", "750000000",
                        d.minusDays(5), d, m, now),
                new kz.gov.tsa.events.contract.ContractSigned(contract, decision, UUID.randomUUID(), "F-1", "750000000",
                        d, 6, d.plusMonths(6).minusDays(1), "2026-03", "2026-08", "assistant1", "consultant1", m, now),
                new kz.gov.tsa.events.contract.ContractLapsed(contract, decision, null, "F-1", d, d.plusDays(1), now),
                new kz.gov.tsa.events.contract.ContractExtended(contract, decision, "F-1", 6, "SOCIAL_JOB_NOT_FINISHED",
                        "EC-14", d.plusMonths(5), d.plusMonths(6).minusDays(1), d.plusMonths(12).minusDays(1), "2027-02",
                        now),
                new kz.gov.tsa.events.contract.SanctionApplied(contract, decision, "F-1", UUID.randomUUID(), "2026-05", 50,
                        m, List.of(), now),
                new kz.gov.tsa.events.contract.ContractTerminated(contract, decision, "F-1", "REPEAT_BREACH", "CON-08", d,
                        "2026-06", UUID.randomUUID(), "left the social job", List.of(), m, now),
                new kz.gov.tsa.events.contract.ContractCompleted(contract, decision, "F-1", d, d.plusDays(1), now));
    }

    @Test
    void everyContractEventValidatesAgainstItsSchemaOnTheContractsTopic() throws Exception {
        for (Object payload : contractSamples()) {
            var envelope = EventEnvelope.of(payload, "F-1", UUID.randomUUID(), null, Instant.now(), List.of("CON-03"));
            JsonNode json = JSON.valueToTree(envelope);
            assertThat(schema("/schemas/EventEnvelope.v1.json").validate(json)).as(envelope.type()).isEmpty();
            assertThat(schema(EventTypes.byName(envelope.type()).schemaResource()).validate(json.get("payload")))
                    .as(envelope.type()).isEmpty();
            assertThat(envelope.topic()).isEqualTo(Topics.CONTRACTS);
        }
        assertThat(contractSamples()).hasSameSizeAs(EventTypes.CONTRACT_TYPES);
    }

    @Test
    void aSanctionSchemaRefusesAnotherPercentABadMonthAndAClearIin() throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(contractSamples().get(4));
        json.put("percent", 40);
        json.put("month", "2026-13");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("affected").get(0)).put("personKey", "900101300126");
        assertThat(schema(EventTypes.SANCTION_APPLIED.schemaResource()).validate(json)).hasSize(3);
    }

    @Test
    void aPaymentRunCompletedValidatesOnThePaymentsTopicAndItsSchemaRefusesABadAmount() throws Exception {
        var payload = new kz.gov.tsa.events.payment.PaymentRunCompleted(UUID.randomUUID(), "2026-03",
                Instant.parse("2026-03-25T04:00:00Z"), Instant.parse("2026-03-25T04:00:30Z"), 3, 1, "25000.83",
                "-5000.27", List.of(new kz.gov.tsa.events.payment.PaymentRunCompleted.RegionTotals("750000000", 3, 1,
                "25000.83", "-5000.27")));
        var envelope = EventEnvelope.of(payload, kz.gov.tsa.events.payment.PaymentRunCompleted.key("2026-03"),
                payload.runId(), null, Instant.now(), List.of("PAY-04", "PAY-05"));
        JsonNode json = JSON.valueToTree(envelope);
        JsonSchema schema = schema(EventTypes.PAYMENT_RUN_COMPLETED.schemaResource());
        assertThat(schema("/schemas/EventEnvelope.v1.json").validate(json)).isEmpty();
        assertThat(schema.validate(json.get("payload"))).isEmpty();
        assertThat(envelope.topic()).isEqualTo(Topics.PAYMENTS);
        var bad = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.valueToTree(payload);
        bad.put("total", "25000.8");
        bad.put("month", "2026-3");
        assertThat(schema.validate(bad)).hasSize(2);
    }

    private static Set<String> iterable(java.util.Iterator<String> it) {
        Set<String> out = new java.util.HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
