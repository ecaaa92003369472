package kz.gov.tsa.payment.adapter;

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

/** ApplicationReceived on the real topic → inbox → pending application → the pipeline summary. */
@QuarkusTest
class PendingApplicationFlowTest {

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;

    void send(UUID applicationId, String region, int members, UUID eventId) throws Exception {
        var payload = new ApplicationReceived(applicationId, "F-" + applicationId, region, "2026-Q3", members, "OPERATOR",
                Instant.parse("2026-08-01T06:00:00Z"));
        var e = new EventEnvelope<>(eventId, "ApplicationReceived", 1, Instant.now(), payload.familyId(), applicationId,
                null, List.of("ELIG-10"), payload);
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ELIGIBILITY, e.familyId(), json.writeValueAsString(e))).get();
        }
    }

    static Response await(UUID applicationId) throws InterruptedException {
        Response r = null;
        for (int i = 0; i < 100; i++) {
            r = given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                    .get("/api/v1/pipeline/applications/" + applicationId);
            if (r.statusCode() == 200) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }

    @Test
    void PAY01_receivedApplicationsAreCountedPerRegionAndQuarterOnceEachEvenWhenRedelivered() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID eventA = UUID.randomUUID();
        send(a, "190000000", 4, eventA);
        send(a, "190000000", 4, eventA); // redelivery of the same event
        send(b, "190000000", 2, UUID.randomUUID());
        assertThat(await(a).statusCode()).isEqualTo(200);
        assertThat(await(b).statusCode()).isEqualTo(200);

        String akimat = TestTokens.bearerWithClaims("akimat1", Map.of("region", "190000000"), "akimat");
        given().header("Authorization", akimat)
                .queryParam("regionCode", "190000000").queryParam("quarter", "2026-Q3")
                .when().get("/api/v1/pipeline")
                .then().statusCode(200).body("families", equalTo(2)).body("people", equalTo(6))
                .body("lines[0].regionCode", equalTo("190000000"));
        // D-11: an akimat reads its own region — without regionCode too — and nothing else
        given().header("Authorization", akimat).queryParam("quarter", "2026-Q3").when().get("/api/v1/pipeline")
                .then().statusCode(200).body("families", equalTo(2));
        given().header("Authorization", akimat).queryParam("regionCode", "750000000").when().get("/api/v1/pipeline")
                .then().statusCode(403).body("parameters.regionCode", equalTo("750000000"));
        given().header("Authorization", TestTokens.bearer("akimat2", "akimat")).when().get("/api/v1/pipeline")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearerWithClaims("akimat3", Map.of("region", "750000000"), "akimat"))
                .when().get("/api/v1/pipeline/applications/" + a).then().statusCode(404);
        given().header("Authorization", akimat).when().get("/api/v1/pipeline/applications/" + a).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                .queryParam("regionCode", "123456789").when().get("/api/v1/pipeline")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("regionCode"));
        given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                .queryParam("quarter", "2026-Q5").when().get("/api/v1/pipeline")
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.hasItem("quarter"));
        assertThat(audit.forEntity("PendingApplication", a.toString())).hasSize(1);
    }

    @Test
    void D97_aWithdrawnApplicationLeavesThePipelineAuditedAsWithdrawn() throws Exception {
        UUID a = UUID.randomUUID();
        send(a, "630000000", 3, UUID.randomUUID());
        assertThat(await(a).statusCode()).isEqualTo(200);

        var withdrawn = new kz.gov.tsa.events.eligibility.ApplicationWithdrawn(a, "F-" + a, "630000000", "2026-Q3",
                "the family moved to another region", "operator1", Instant.now());
        var e = EventEnvelope.of(withdrawn, withdrawn.familyId(), a, null, Instant.now(), List.of("ELIG-01"));
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ELIGIBILITY, e.familyId(), json.writeValueAsString(e))).get();
        }
        int status = 200;
        for (int i = 0; i < 100 && status == 200; i++) {
            Thread.sleep(200);
            status = given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                    .get("/api/v1/pipeline/applications/" + a).statusCode();
        }
        assertThat(status).as("the withdrawn application left the pipeline").isEqualTo(404);
        var trail = audit.forEntity("PendingApplication", a.toString());
        assertThat(trail).extracting(kz.gov.tsa.audit.AuditEntry::action)
                .containsExactly("PENDING_APPLICATION_RECORDED", "PENDING_APPLICATION_WITHDRAWN");
        assertThat(trail.getLast().actor()).startsWith("event:ApplicationWithdrawn/");
    }

    @Test
    void unknownApplicationsAreA404ProblemAndThePortalMayNotLook() {
        given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                .get("/api/v1/pipeline/applications/" + UUID.randomUUID())
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).get("/api/v1/pipeline").then().statusCode(403);
        given().get("/api/v1/pipeline").then().statusCode(401);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
