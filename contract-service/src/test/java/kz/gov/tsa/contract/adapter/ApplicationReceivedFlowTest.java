package kz.gov.tsa.contract.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** ApplicationReceived on the real Kafka topic → the inbox → a family case in PostgreSQL → the REST query. */
@QuarkusTest
class ApplicationReceivedFlowTest {

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;

    EventEnvelope<ApplicationReceived> envelope(UUID applicationId, String familyId) {
        var payload = new ApplicationReceived(applicationId, familyId, "750000000", "2026-Q4", 3, "PORTAL",
                Instant.parse("2026-11-26T06:00:00Z"));
        return EventEnvelope.of(payload, familyId, applicationId, null, Instant.now(), List.of("ELIG-10"));
    }

    void send(EventEnvelope<?> e) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ELIGIBILITY, e.familyId(), json.writeValueAsString(e))).get();
        }
    }

    static Response awaitCase(UUID applicationId) throws InterruptedException {
        Response r = null;
        for (int i = 0; i < 100; i++) {
            r = given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                    .get("/api/v1/family-cases/" + applicationId);
            if (r.statusCode() == 200) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }

    @Test
    void ELIG09_aReceivedApplicationOpensAFamilyCaseAwaitingTheDecision() throws Exception {
        UUID applicationId = UUID.randomUUID();
        send(envelope(applicationId, "F-" + applicationId));
        Response r = awaitCase(applicationId);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.jsonPath().getString("status")).isEqualTo("AWAITING_DECISION");
        assertThat(r.jsonPath().getInt("memberCount")).isEqualTo(3);
        var trail = audit.forEntity("FamilyCase", applicationId.toString());
        assertThat(trail).hasSize(1);
        assertThat(trail.getFirst().actor()).startsWith("event:ApplicationReceived/");
    }

    @Test
    void D11_anOperatorOfAnotherRegionDoesNotSeeTheCaseAndOneOfItsRegionDoes() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String familyId = "F-" + applicationId;
        send(envelope(applicationId, familyId));
        assertThat(awaitCase(applicationId).statusCode()).isEqualTo(200);

        String astana = TestTokens.bearerWithClaims("operator7", Map.of("region", "710000000"), "operator");
        given().header("Authorization", astana).header("Accept-Language", "en")
                .get("/api/v1/family-cases/" + applicationId)
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString(applicationId.toString()));
        given().header("Authorization", astana).queryParam("familyId", familyId).get("/api/v1/family-cases")
                .then().statusCode(200).body("$", hasSize(0));
        String almaty = TestTokens.bearerWithClaims("operator8", Map.of("region", "750000000"), "operator");
        given().header("Authorization", almaty).get("/api/v1/family-cases/" + applicationId)
                .then().statusCode(200).body("regionCode", equalTo("750000000"));
        given().header("Authorization", almaty).queryParam("familyId", familyId).get("/api/v1/family-cases")
                .then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String familyId = "F-" + applicationId;
        var event = envelope(applicationId, familyId);
        send(event);
        assertThat(awaitCase(applicationId).statusCode()).isEqualTo(200);
        send(event); // the same event id again, as after a relay crash before marking
        // a later event proves the consumer has gone past the duplicate
        UUID marker = UUID.randomUUID();
        send(envelope(marker, "F-" + marker));
        assertThat(awaitCase(marker).statusCode()).isEqualTo(200);

        given().header("Authorization", TestTokens.bearer("operator1", "operator")).queryParam("familyId", familyId)
                .when().get("/api/v1/family-cases")
                .then().statusCode(200).body("$", hasSize(1));
        assertThat(audit.forEntity("FamilyCase", applicationId.toString())).hasSize(1);
    }

    @Test
    void D97_aWithdrawnApplicationClosesItsCaseAuditedWithTheEvent() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String familyId = "F-" + applicationId;
        send(envelope(applicationId, familyId));
        assertThat(awaitCase(applicationId).statusCode()).isEqualTo(200);

        var withdrawn = new kz.gov.tsa.events.eligibility.ApplicationWithdrawn(applicationId, familyId, "750000000",
                "2026-Q4", "the family moved to another region", "portal1", Instant.now());
        send(EventEnvelope.of(withdrawn, familyId, applicationId, null, Instant.now(), List.of("ELIG-01")));
        Response r = null;
        for (int i = 0; i < 100; i++) {
            r = awaitCase(applicationId);
            if ("WITHDRAWN".equals(r.jsonPath().getString("status"))) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(r.jsonPath().getString("status")).isEqualTo("WITHDRAWN");
        var trail = audit.forEntity("FamilyCase", applicationId.toString());
        assertThat(trail).hasSize(2);
        assertThat(trail.getLast().action()).isEqualTo("FAMILY_CASE_WITHDRAWN");
        assertThat(trail.getLast().actor()).startsWith("event:ApplicationWithdrawn/");
        assertThat(trail.getLast().reason()).contains("the family moved to another region");
    }

    @Test
    void familyCasesNeedAnOperatorAuditorOrAdminToken() {
        given().get("/api/v1/family-cases/" + UUID.randomUUID()).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .get("/api/v1/family-cases/" + UUID.randomUUID()).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .get("/api/v1/family-cases/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                .get("/api/v1/family-cases").then().statusCode(400);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/family-cases/{applicationId}"));
    }
}
