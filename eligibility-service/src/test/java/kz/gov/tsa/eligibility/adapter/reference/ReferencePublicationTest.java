package kz.gov.tsa.eligibility.adapter.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.reference.PublishReferenceValuesUseCase;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-25: eligibility-service publishes every version of the MCI (REF-07) and the retirement ages (ELIG-06) as
 * {@code ReferenceValuePublished} on {@code tsa.reference.v1}, key = the parameter name, through the outbox — each
 * exactly once: the seeded ones at start-up (publishing again publishes nothing), a new one when it is recorded.
 */
@QuarkusTest
class ReferencePublicationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PublishReferenceValuesUseCase publish;

    record Published(String key, JsonNode event) {
        JsonNode payload() {
            return event.get("payload");
        }
    }

    @Test
    void REF07_ELIG06_theSeeded2026MciArrivesOnTheReferenceTopicOnceEvenWhenPublishedAgain() throws Exception {
        List<Published> first = awaitPublished(p -> p.key().equals("MCI.SOCIAL_PAYMENTS")
                && p.payload().get("validFrom").asText().equals("2026-01-01"));
        assertThat(first).hasSize(1);
        JsonNode mci2026 = first.getFirst().payload();
        assertThat(first.getFirst().event().get("type").asText()).isEqualTo("ReferenceValuePublished");
        assertThat(mci2026.get("parameter").asText()).isEqualTo("MCI.SOCIAL_PAYMENTS");
        assertThat(mci2026.get("value").asText()).isEqualTo("4325.00");
        assertThat(mci2026.get("validTo").asText()).isEqualTo("2026-12-31");
        assertThat(mci2026.get("version").asLong()).isPositive();
        assertThat(mci2026.get("source").asText()).startsWith("Law \"On the republican budget for 2026-2028\"");

        // a restart (or a second instance) publishes nothing again
        assertThat(publish.publishPending()).isZero();
        Thread.sleep(1500);
        List<Published> all = published();
        assertThat(all).filteredOn(p -> p.key().equals("MCI.SOCIAL_PAYMENTS")
                && p.payload().get("validFrom").asText().equals("2026-01-01")).hasSize(1);
        // the other parameters are there, each version once
        assertThat(all).filteredOn(p -> p.key().equals("RETIREMENT_AGE.FEMALE")
                        && p.payload().get("validFrom").asText().equals("2023-01-01"))
                .singleElement().satisfies(p -> assertThat(p.payload().get("value").asText()).isEqualTo("61.0"));
        assertThat(all).filteredOn(p -> p.key().equals("RETIREMENT_AGE.MALE")
                        && p.payload().get("validFrom").asText().equals("2026-01-01"))
                .singleElement().satisfies(p -> assertThat(p.payload().get("value").asText()).isEqualTo("63.0"));
        assertThat(all).filteredOn(p -> p.key().equals("MCI.FINES_TAXES")).isNotEmpty();
        assertThat(all.stream().map(p -> p.key() + "/" + p.payload().get("version").asLong()).distinct().count())
                .isEqualTo(all.size());
    }

    @Test
    void REF07_aNewlyRecordedMciIsPublishedOnceInTheTransactionThatRecordsIt() throws Exception {
        RestAssured.given().header("Authorization", TestTokens.bearer("admin1", "admin")).contentType(ContentType.JSON)
                .body("""
                        {"purpose": "FINES_TAXES", "amount": 4444.00, "validFrom": "2027-01-01", "validTo": "2027-12-31",
                         "source": "budget law 2027 (test)", "reason": "new year"}""")
                .when().post("/api/v1/reference/mci").then().statusCode(201);

        List<Published> found = awaitPublished(p -> p.key().equals("MCI.FINES_TAXES")
                && p.payload().get("validFrom").asText().equals("2027-01-01"));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.payload().get("value").asText()).isEqualTo("4444.00");
            assertThat(p.payload().get("source").asText()).isEqualTo("budget law 2027 (test)");
        });
        assertThat(publish.publishPending()).isZero();
    }

    @Test
    void D99_aVersionsLastDayAndAWithdrawalAreAnnouncedOnceSoThatConsumersStopCountingIt() throws Exception {
        // the seeded 2026 MCI ends on 2026-12-31: it no longer counts from 2027-01-01
        List<Published> seededEnd = await("ReferenceValueWithdrawn", p -> p.key().equals("MCI.SOCIAL_PAYMENTS")
                && p.payload().get("validFrom").asText().equals("2026-01-01"));
        assertThat(seededEnd).singleElement().satisfies(p -> {
            assertThat(p.payload().get("withdrawnFrom").asText()).isEqualTo("2027-01-01");
            assertThat(p.event().get("ruleIds").toString()).contains("REF-07");
        });
        // an open-ended MCI recorded by mistake, then corrected for the year only: the first version counts for no
        // day (withdrawn from its first day) — without it a consumer would keep it for 2032 on
        String admin = TestTokens.bearer("admin1", "admin");
        RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON).body("""
                        {"purpose": "FINES_TAXES", "amount": 5555.00, "validFrom": "2031-01-01",
                         "source": "budget law 2031 (test)", "reason": "new year"}""")
                .when().post("/api/v1/reference/mci").then().statusCode(201);
        long version = awaitPublished(p -> p.key().equals("MCI.FINES_TAXES")
                && p.payload().get("validFrom").asText().equals("2031-01-01")).getFirst().payload().get("version").asLong();
        RestAssured.given().header("Authorization", admin).contentType(ContentType.JSON).body("""
                        {"purpose": "FINES_TAXES", "amount": 5550.00, "validFrom": "2031-01-01", "validTo": "2031-12-31",
                         "source": "budget law 2031 (test)", "reason": "correction: the amount and the year only"}""")
                .when().post("/api/v1/reference/mci").then().statusCode(201);
        List<Published> withdrawn = await("ReferenceValueWithdrawn", p -> p.key().equals("MCI.FINES_TAXES")
                && p.payload().get("version").asLong() == version);
        assertThat(withdrawn).singleElement().satisfies(p ->
                assertThat(p.payload().get("withdrawnFrom").asText()).isEqualTo("2031-01-01"));
        assertThat(await("ReferenceValueWithdrawn", p -> p.key().equals("MCI.FINES_TAXES")
                && p.payload().get("validFrom").asText().equals("2031-01-01")
                && p.payload().get("withdrawnFrom").asText().equals("2032-01-01"))).as("the correction ends with 2031")
                .hasSize(1);
        assertThat(publish.publishPending()).isZero();
        Thread.sleep(1500);
        assertThat(events("ReferenceValueWithdrawn")).filteredOn(p -> p.key().equals("MCI.FINES_TAXES")
                && p.payload().get("version").asLong() == version).hasSize(1);
    }

    static List<Published> awaitPublished(java.util.function.Predicate<Published> wanted) throws Exception {
        return await("ReferenceValuePublished", wanted);
    }

    static List<Published> await(String type, java.util.function.Predicate<Published> wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Published> found = events(type).stream().filter(wanted).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("nothing published");
    }

    /** The ReferenceValuePublished events on the topic. */
    static List<Published> published() throws Exception {
        return events("ReferenceValuePublished");
    }

    static List<Published> events(String type) throws Exception {
        List<Published> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.REFERENCE));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, String> r : records) {
                    JsonNode event = JSON.readTree(r.value());
                    if (event.get("type").asText().equals(type)) {
                        found.add(new Published(r.key(), event));
                    }
                }
            }
        }
        return found;
    }
}
