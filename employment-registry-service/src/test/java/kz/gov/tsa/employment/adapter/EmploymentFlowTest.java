package kz.gov.tsa.employment.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.employment.TestClock;
import kz.gov.tsa.employment.application.port.in.CompleteEndedMeasuresUseCase;
import kz.gov.tsa.employment.application.port.in.DetectMissedCheckInsUseCase;
import kz.gov.tsa.employment.application.port.in.FlagOverdueEmployerAnswersUseCase;
import kz.gov.tsa.employment.application.port.in.IgnoreOverdueReferralsUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.events.reference.ReferenceValuePublished;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.persons.TestIins;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Registration over REST with real signed tokens → PostgreSQL → the jobs → tsa.employment.v1 events through the
 * outbox on the real Kafka topic, keyed by the person key; reference values learned from tsa.reference.v1.
 */
@QuarkusTest
class EmploymentFlowTest {

    static final String ALMATY = "750000000";

    @Inject
    ObjectMapper json;
    @Inject
    PersonKeyPort personKeys;
    @Inject
    DetectMissedCheckInsUseCase missedJob;
    @Inject
    IgnoreOverdueReferralsUseCase ignoredJob;
    @Inject
    FlagOverdueEmployerAnswersUseCase employerAnswerJob;
    @Inject
    CompleteEndedMeasuresUseCase endedMeasuresJob;
    @Inject
    DataSource dataSource;
    @Inject
    AuditTrail audit;

    static String operator() {
        return TestTokens.bearerWithClaims("operator-almaty", Map.of("region", ALMATY), "operator");
    }

    static String akimat() {
        return TestTokens.bearerWithClaims("akimat-almaty", Map.of("region", ALMATY), "akimat");
    }

    static String auditor() {
        return TestTokens.bearer("auditor1", "auditor");
    }

    String key(String iin) {
        return personKeys.personKey(Iin.parse(iin));
    }

    Response register(String token, String iin, boolean rural) {
        return given().header("Authorization", token).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("""
                        {"iin": "%s", "regionCode": "%s", "rural": %s,
                         "documents": {"identity": true, "workRecord": false, "education": true}}"""
                        .formatted(iin, ALMATY, rural))
                .post("/api/v1/registrations");
    }

    String registered(String iin) {
        return register(operator(), iin, false).then().statusCode(201).extract().path("id");
    }

    /** The tsa.employment.v1 events of one person, read from the start until {@code done} holds (30 s at most). */
    List<JsonNode> events(String personKey, Predicate<List<JsonNode>> done) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "employment-flow-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.EMPLOYMENT));
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until && !done.test(out)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (personKey.equals(record.key())) {
                        out.add(json.readTree(record.value()));
                    }
                }
            }
        }
        return out;
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText()).toList();
    }

    static Predicate<List<JsonNode>> has(String... types) {
        return events -> types(events).containsAll(List.of(types));
    }

    void publish(String parameter, String from, String to, String value, int version) throws Exception {
        var payload = new ReferenceValuePublished(parameter, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                value, version, "REFERENCE-DATA.md (test)", Instant.now());
        send(EventEnvelope.of(payload, parameter, UUID.randomUUID(), null, Instant.now(), List.of("REF")));
    }

    void send(EventEnvelope<?> e) throws Exception {
        boolean reference = e.payload() instanceof ReferenceValuePublished
                || e.payload() instanceof kz.gov.tsa.events.reference.ReferenceValueWithdrawn;
        String topic = reference ? Topics.REFERENCE : Topics.ELIGIBILITY;
        String key = e.familyId(); // the envelope's key: the family, or a reference event's parameter
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, json.writeValueAsString(e))).get();
        }
    }

    int count(String sql, String arg) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, arg);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    int awaitCount(String sql, String arg, int expected) throws Exception {
        int n = 0;
        for (int i = 0; i < 150 && n < expected; i++) {
            n = count(sql, arg);
            if (n < expected) {
                Thread.sleep(200);
            }
        }
        return n;
    }

    Response awaitSubsidy(String on, Predicate<Response> ready) throws InterruptedException {
        Response r = null;
        for (int i = 0; i < 150; i++) {
            r = given().header("Authorization", operator()).queryParam("members", 3).queryParam("on", on)
                    .get("/api/v1/measures/labour-mobility/subsidy");
            if (ready.test(r)) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }

    int missedRows(String registrationId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM missed_check_in WHERE registration_id = ?::uuid")) {
            st.setString(1, registrationId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void EMP02_EMP04_registrationThenTheMissedCheckInJobPutsOneCheckInMissedOnTheTopic() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.woman("1991-04-04");
        Response created = register(operator(), iin, false);
        created.then().statusCode(201).header("Location", containsString("/api/v1/registrations/"))
                .body("status", equalTo("JOB_SEEKER")).body("channel", equalTo("OPERATOR"))
                .body("offerDeadline", equalTo("2026-03-17")).body("nextCheckInDue", equalTo("2026-03-05"))
                .body("maskedIin", equalTo(Iin.mask(iin))).body("personKey", equalTo(key(iin)));
        assertThat(created.asString()).doesNotContain(iin);
        String id = created.path("id");

        TestClock.setDay("2026-03-05");
        missedJob.detectMissed();
        assertThat(missedRows(id)).isZero();
        TestClock.setDay("2026-03-06");
        // two runs at once (two instances), then a third run: the missed check-in is recorded and announced once
        var barrier = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> await(barrier, missedJob::detectMissed));
        var b = CompletableFuture.supplyAsync(() -> await(barrier, missedJob::detectMissed));
        a.get();
        b.get();
        missedJob.detectMissed();
        assertThat(missedRows(id)).isEqualTo(1);

        List<JsonNode> events = events(key(iin), has("JobSeekerRegistered", "CheckInMissed"));
        Thread.sleep(500);
        events = events(key(iin), has("JobSeekerRegistered", "CheckInMissed"));
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "CheckInMissed");
        JsonNode missed = events.get(1);
        assertThat(missed.at("/payload/dueOn").asText()).isEqualTo("2026-03-05");
        assertThat(missed.at("/payload/lastCheckIn").asText()).isEqualTo("2026-03-02");
        assertThat(missed.at("/payload/detectedOn").asText()).isEqualTo("2026-03-06");
        assertThat(missed.at("/payload/personKey").asText()).isEqualTo(key(iin));
        assertThat(missed.at("/payload/registrationId").asText()).isEqualTo(id);
        assertThat(missed.get("ruleIds").toString()).contains("EMP-04");
        assertThat(events.toString()).doesNotContain(iin);
        assertThat(audit.forEntity("Registration", id)).extracting(e -> e.action())
                .containsExactly("JOB_SEEKER_REGISTERED", "CHECK_IN_MISSED");
    }

    static int await(CyclicBarrier barrier, java.util.function.IntSupplier job) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.getAsInt();
    }

    @Test
    void PRG10_EMP08_twoRefusalsOfSuitableWorkDeregisterWithTheirEvents() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1989-09-09");
        String id = registered(iin);
        for (String target : List.of("Cook, Almaty Cafe LLP", "Baker, Nan LLP")) {
            given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .body("""
                            {"kind": "VACANCY", "target": "%s", "suitableWork": true}""".formatted(target))
                    .post("/api/v1/registrations/" + id + "/referrals").then().statusCode(200);
        }
        Response r = given().header("Authorization", auditor()).get("/api/v1/registrations/" + id);
        r.then().statusCode(200).body("referrals[0].turnUpBy", equalTo("2026-03-10"));
        List<String> referrals = r.jsonPath().getList("referrals.id");
        TestClock.setDay("2026-03-03");
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"result\": \"REFUSED\"}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referrals.get(0) + "/outcome").then()
                .statusCode(200).body("status", equalTo("JOB_SEEKER")).body("suitableWorkRefusals", equalTo(1));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"result\": \"REFUSED\"}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referrals.get(1) + "/outcome").then()
                .statusCode(200).body("status", equalTo("DEREGISTERED"))
                .body("deregistration.reason", equalTo("REFUSED_TWO_OFFERS"))
                .body("deregistration.firstReRegistrationOn", equalTo("2026-04-03"));

        List<JsonNode> events = events(key(iin), has("Deregistered"));
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "SuitableWorkRefused", "SuitableWorkRefused",
                "Deregistered");
        assertThat(events.get(1).at("/payload/refusalCount").asInt()).isEqualTo(1);
        assertThat(events.get(1).at("/payload/deregistered").asBoolean()).isFalse();
        assertThat(events.get(2).at("/payload/refusalCount").asInt()).isEqualTo(2);
        assertThat(events.get(2).at("/payload/deregistered").asBoolean()).isTrue();
        assertThat(events.get(2).at("/payload/referralId").asText()).isEqualTo(referrals.get(1));
        JsonNode dereg = events.get(3).get("payload");
        assertThat(dereg.get("reason").asText()).isEqualTo("REFUSED_TWO_OFFERS");
        assertThat(dereg.get("ruleCitation").asText()).isEqualTo("EMP-08 (1)");
        assertThat(dereg.get("deregisteredOn").asText()).isEqualTo("2026-03-03");
        assertThat(dereg.get("firstReRegistrationOn").asText()).isEqualTo("2026-04-03");

        // a closed registration takes no more referral outcomes
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"result\": \"TURNED_UP\"}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referrals.get(1) + "/outcome").then()
                .statusCode(409).contentType(startsWith("application/problem+json"));
    }

    @Test
    void PRG10_aReferralNotFollowedWithinFiveWorkingDaysIsAnnouncedByTheJob() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.woman("1993-02-02");
        String id = registered(iin);
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"kind\": \"TRAINING\", \"target\": \"Welding course\", \"suitableWork\": false}")
                .post("/api/v1/registrations/" + id + "/referrals").then().statusCode(200);
        TestClock.setDay("2026-03-11");
        ignoredJob.ignoreOverdue();
        ignoredJob.ignoreOverdue();
        List<JsonNode> events = events(key(iin), has("ReferralIgnored"));
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "ReferralIgnored");
        assertThat(events.get(1).at("/payload/turnUpBy").asText()).isEqualTo("2026-03-10");
        assertThat(events.get(1).at("/payload/kind").asText()).isEqualTo("TRAINING");
    }

    @Test
    void EMP09_reRegistrationInsideTheBanIsA409CitingEmp09WithTheFirstAllowedDay() {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1984-08-08");
        String id = registered(iin); // check-in due 2026-03-05
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"CHECK_IN_SCHEDULE_BROKEN\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(409)
                .body("ruleId", equalTo("EMP-08"));
        TestClock.setDay("2026-03-06");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"CHECK_IN_SCHEDULE_BROKEN\", \"note\": \"no check-in\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(200)
                .body("status", equalTo("DEREGISTERED"))
                .body("deregistration.on", equalTo("2026-03-06"))
                .body("deregistration.firstReRegistrationOn", equalTo("2026-04-06"));
        TestClock.setDay("2026-04-05");
        register(operator(), iin, false).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("EMP-09"))
                .body("parameters.firstAllowedOn", equalTo("2026-04-06"))
                .body("detail", containsString("2026-04-06"));
        TestClock.setDay("2026-04-06");
        register(operator(), iin, false).then().statusCode(201).body("registeredOn", equalTo("2026-04-06"));
        // and an open registration cannot be opened twice
        register(operator(), iin, false).then().statusCode(409).body("ruleId", equalTo("EMP-02"));
    }

    @Test
    void EMP02_rolesThePortalRegistersItselfTheAkimatChecksInRuralResidentsOfItsRegion() {
        TestClock.setDay("2026-03-02");
        String citizen = TestIins.woman("1995-05-15");
        // the portal's citizen is the token's iin claim; the subject is a Keycloak user id (D-19)
        String portal = TestTokens.bearerWithClaims("3c9e2f6a-portal-citizen", Map.of("iin", citizen), "portal");
        register(portal, TestIins.man("1990-01-01"), false).then().statusCode(403);
        String own = register(portal, citizen, true).then().statusCode(201).body("channel", equalTo("PORTAL"))
                .extract().path("id");
        given().header("Authorization", portal).get("/api/v1/registrations/" + own).then().statusCode(200);
        // a token whose subject happens to be her IIN but which carries no iin claim is not her (D-19)
        String subjectOnly = TestTokens.bearer(citizen, "portal");
        given().header("Authorization", subjectOnly).get("/api/v1/registrations").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        given().header("Authorization", subjectOnly).get("/api/v1/registrations/" + own).then().statusCode(404);
        given().header("Authorization", portal).get("/api/v1/registrations").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(own));
        given().header("Authorization", auditor()).queryParam("personKey", key(citizen)).get("/api/v1/registrations")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(own));
        given().header("Authorization", auditor()).queryParam("personKey", citizen).get("/api/v1/registrations")
                .then().statusCode(400);
        given().header("Authorization", TestTokens.bearerWithClaims("operator-pavlodar", Map.of("region", "550000000"),
                "operator")).queryParam("personKey", key(citizen)).get("/api/v1/registrations").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.empty());
        given().header("Authorization", TestTokens.bearerWithClaims("another-citizen",
                        Map.of("iin", TestIins.man("1970-01-01")), "portal"))
                .get("/api/v1/registrations/" + own).then().statusCode(404);
        TestClock.setDay("2026-03-04");
        given().header("Authorization", akimat()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/registrations/" + own + "/check-ins").then().statusCode(200)
                .body("lastCheckIn", equalTo("2026-03-04")).body("nextCheckInDue", equalTo("2026-03-07"));
        given().header("Authorization", TestTokens.bearerWithClaims("akimat-pavlodar", Map.of("region", "550000000"),
                "akimat")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/registrations/" + own + "/check-ins").then().statusCode(404);
        String urban = registered(TestIins.man("1992-12-12"));
        given().header("Authorization", akimat()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{}").post("/api/v1/registrations/" + urban + "/check-ins").then().statusCode(403)
                .body("detail", containsString("rural"));
        given().header("Authorization", auditor()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/registrations/" + urban + "/check-ins").then().statusCode(403);
        register(TestTokens.bearerWithClaims("operator-pavlodar", Map.of("region", "550000000"), "operator"),
                TestIins.man("1979-03-03"), false).then().statusCode(403);
        register(operator(), "900101300127", false).then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("iin"));
    }

    @Test
    void EMP02_underSixteenWithoutARepresentativeIsA422AndWithOneIsRegistered() {
        TestClock.setDay("2026-03-02");
        String teen = TestIins.man("2010-09-01");
        register(operator(), teen, false).then().statusCode(422).body("ruleId", equalTo("EMP-02"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("legalRepresentative"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"iin": "%s", "regionCode": "%s", "rural": false,
                 "documents": {"identity": true, "workRecord": false, "education": false},
                 "legalRepresentative": {"fullName": "Aigerim S.", "applicationReference": "APP-17",
                   "appliedOn": "2026-03-02"}}""".formatted(teen, ALMATY))
                .post("/api/v1/registrations").then().statusCode(201).body("legalRepresentative", equalTo(true));
    }

    @Test
    void PRG08_EMP05_referenceValuesLearnedFromTsaReferenceV1GiveTheSubsidyAndTheUnemployedDecision() throws Exception {
        TestClock.setDay("2026-03-02");
        given().header("Authorization", operator()).header("Accept-Language", "en").queryParam("members", 3)
                .queryParam("on", "2024-06-03").get("/api/v1/measures/labour-mobility/subsidy").then()
                .statusCode(422).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("PRG-08")).body("parameters.date", equalTo("2024-06-03"))
                .body("detail", containsString("2024-06-03"));

        publish("MCI.SOCIAL_PAYMENTS", "2025-01-01", "2025-12-31", "3932.00", 1);
        publish("MCI.SOCIAL_PAYMENTS", "2026-01-01", "2026-12-31", "4000.00", 1);
        publish("MCI.SOCIAL_PAYMENTS", "2026-01-01", "2026-12-31", "4325.00", 2); // the corrected version wins
        publish("RETIREMENT_AGE.FEMALE", "2023-01-01", "2027-12-31", "61.0", 1);
        Response r2026 = awaitSubsidy("2026-03-02", r -> r.statusCode() == 200
                && "4325.00".equals(r.path("mci")));
        r2026.then().statusCode(200).body("mci", equalTo("4325.00"))
                .body("relocationPerMember", equalTo("151375.00")).body("relocationTotal", equalTo("454125.00"))
                .body("rentPerMonth", equalTo("108125.00")).body("rentTotal", equalTo("1297500.00"))
                .body("total", equalTo("1751625.00"));
        awaitSubsidy("2025-07-01", r -> r.statusCode() == 200).then().statusCode(200)
                .body("relocationPerMember", equalTo("137620.00"));

        String iin = TestIins.woman("2000-02-02"); // 26: youth practice (PRG-06) below
        String id = registered(iin);
        TestClock.setDay("2026-03-17");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"working\": false, \"falseDocuments\": false}")
                .post("/api/v1/registrations/" + id + "/unemployed-application").then().statusCode(409)
                .body("ruleId", equalTo("EMP-05"));
        TestClock.setDay("2026-03-18");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"working\": false, \"falseDocuments\": false}")
                .post("/api/v1/registrations/" + id + "/unemployed-application").then().statusCode(200)
                .body("status", equalTo("UNEMPLOYED")).body("unemployedSince", equalTo("2026-03-18"))
                .body("unemployedDecision.notificationOn", equalTo("2026-03-28"))
                .body("unemployedDecision.retirementAge", equalTo("61.0"))
                .body("nextCheckInDue", equalTo("2026-04-06"));
        List<Map<String, Object>> publicWorks = given().header("Authorization", operator())
                .get("/api/v1/registrations/public-works-queue").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(publicWorks).filteredOn(e -> id.equals(e.get("id"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("priorities", 1).containsEntry("unemployedSince", "2026-03-18"));
        List<JsonNode> events = events(key(iin), has("UnemployedRegistered"));
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "UnemployedRegistered");
        assertThat(events.get(1).at("/payload/notificationOn").asText()).isEqualTo("2026-03-28");

        // a youth-practice measure and quitting it: MeasureStarted, MeasureQuit
        String measures = given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"kind": "YOUTH_PRACTICE", "provider": "Kaspi LLP", "startOn": "2026-03-18", "endOn": "2026-09-17",
                 "facts": {"graduatedOn": "2025-06-30", "heavyHarmfulOrDangerous": false}}""")
                .post("/api/v1/registrations/" + id + "/measures").then().statusCode(200)
                .body("measures[0].status", equalTo("ACTIVE")).extract().path("measures[0].id");
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"kind": "YOUTH_PRACTICE", "startOn": "2026-03-18", "endOn": "2026-09-18",
                 "facts": {"graduatedOn": "2025-06-30", "heavyHarmfulOrDangerous": false}}""")
                .post("/api/v1/registrations/" + id + "/measures").then().statusCode(422)
                .body("ruleId", equalTo("PRG-06")).body("parameters.latestEndOn", equalTo("2026-09-17"));
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"on\": \"2026-03-18\", \"ownInitiative\": true}")
                .post("/api/v1/registrations/" + id + "/measures/" + measures + "/quit").then().statusCode(200)
                .body("measures[0].status", equalTo("QUIT")).body("deregistration", nullValue());
        events = events(key(iin), has("MeasureQuit"));
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "UnemployedRegistered", "MeasureStarted",
                "MeasureQuit");
        assertThat(events.get(3).at("/payload/ownInitiative").asBoolean()).isTrue();
    }

    @Test
    void EMP03_theOfferQueueShowsTheRegionsJobSeekersWithTheWorkingDaysLeft() {
        TestClock.setDay("2026-03-02");
        String id = registered(TestIins.woman("1994-10-10"));
        TestClock.setDay("2026-03-16");
        Response q = given().header("Authorization", operator()).get("/api/v1/registrations/offer-queue");
        q.then().statusCode(200);
        List<Map<String, Object>> entries = q.jsonPath().getList("$");
        assertThat(entries).filteredOn(e -> id.equals(e.get("id"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("workingDaysLeft", 1).containsEntry("offerDeadline", "2026-03-17"));
        given().header("Authorization", operator()).queryParam("regionCode", "550000000")
                .get("/api/v1/registrations/offer-queue").then().statusCode(403);
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SUITABLE_WORK\", \"on\": \"2026-03-16\", \"description\": \"Cook\"}")
                .post("/api/v1/registrations/" + id + "/offers").then().statusCode(200).body("offer.kind", equalTo("SUITABLE_WORK"));
        List<Map<String, Object>> after = given().header("Authorization", operator())
                .get("/api/v1/registrations/offer-queue").jsonPath().getList("$");
        assertThat(after).noneMatch(e -> id.equals(e.get("id")));
    }

    @Test
    void D99_anMciVersionWithdrawnFromADayNoLongerCountsFromItEvenWhenTheWithdrawalArrivesFirst() throws Exception {
        // the withdrawal of version 7 arrives before version 7 itself (a replayed dead letter): it still counts
        var withdrawn = new kz.gov.tsa.events.reference.ReferenceValueWithdrawn("MCI.SOCIAL_PAYMENTS",
                LocalDate.parse("2030-01-01"), 7, LocalDate.parse("2030-07-01"), Instant.now());
        send(EventEnvelope.of(withdrawn, withdrawn.parameter(), UUID.randomUUID(), null, Instant.now(), List.of("REF-07")));
        assertThat(awaitCount("SELECT count(*) FROM reference_value_withdrawn WHERE parameter = ? AND version = 7",
                "MCI.SOCIAL_PAYMENTS", 1)).isEqualTo(1);
        publish("MCI.SOCIAL_PAYMENTS", "2030-01-01", null, "5000.00", 7);

        awaitSubsidy("2030-06-30", r -> r.statusCode() == 200).then().statusCode(200).body("mci", equalTo("5000.00"));
        given().header("Authorization", operator()).header("Accept-Language", "en").queryParam("members", 3)
                .queryParam("on", "2030-07-01").get("/api/v1/measures/labour-mobility/subsidy").then()
                .statusCode(422).contentType(startsWith("application/problem+json")).body("ruleId", equalTo("PRG-08"));
        assertThat(audit.forEntity("ReferenceValue", "MCI.SOCIAL_PAYMENTS@2030-01-01#7"))
                .extracting(kz.gov.tsa.audit.AuditEntry::action)
                .containsExactlyInAnyOrder("REFERENCE_VALUE_WITHDRAWN", "REFERENCE_VALUE_RECEIVED");
    }

    @Test
    void D40_aReferenceValueEventDeliveredTwiceIsStoredAndAuditedOnce() throws Exception {
        var payload = new ReferenceValuePublished("RETIREMENT_AGE.MALE", LocalDate.parse("2018-01-01"), null, "63.0", 1,
                "REFERENCE-DATA.md §5 (test)", Instant.now());
        var event = EventEnvelope.of(payload, payload.parameter(), UUID.randomUUID(), null, Instant.now(), List.of());
        send(event);
        send(event); // the same event id again (a relay crash before marking)
        String sql = "SELECT count(*) FROM reference_value WHERE parameter = ?";
        assertThat(awaitCount(sql, "RETIREMENT_AGE.MALE", 1)).isEqualTo(1);
        Thread.sleep(1000);
        assertThat(count(sql, "RETIREMENT_AGE.MALE")).isEqualTo(1);
        assertThat(audit.forEntity("ReferenceValue", "RETIREMENT_AGE.MALE@2018-01-01#1")).singleElement()
                .satisfies(a -> assertThat(a.actor()).startsWith("event:ReferenceValuePublished/"));
    }

    @Test
    void D41_aMemberOfADecidedFamilyIsAnnouncedWithTheFamilyId() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1990-11-11");
        String familyId = "F-" + key(iin).substring(0, 32);
        var member = new EligibilityDecided.Member(iin, LocalDate.parse("1990-11-11"), "APPLICANT", "20000.00", true,
                "NONE", false, false, List.of(), "UNEMPLOYED", LocalDate.parse("2008-11-11"),
                LocalDate.parse("2053-11-11"), key(iin));
        var decided = new EligibilityDecided(UUID.randomUUID(), UUID.randomUUID(), familyId, ALMATY, "2026-Q1",
                "CONDITIONAL", null, "10000.00", "30000.00", "20000.00", "2026-03", "2026-08",
                Instant.parse("2026-02-25T05:00:00Z"), Instant.parse("2026-02-25T06:00:00Z"), List.of(member), "MONTHLY");
        send(EventEnvelope.of(decided, familyId, decided.applicationId(), null, Instant.now(), List.of("ELIG-08")));
        assertThat(awaitCount("SELECT count(*) FROM person_family WHERE person_key = ?", key(iin), 1)).isEqualTo(1);
        register(operator(), iin, false).then().statusCode(201).body("familyId", equalTo(familyId));
        List<JsonNode> events = events(key(iin), has("JobSeekerRegistered"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.at("/payload/familyId").asText()).isEqualTo(familyId);
            assertThat(e.get("familyId").asText()).isEqualTo(familyId);
        });
        assertThat(events.toString()).doesNotContain(iin);
    }

    @Test
    void EMP06_EMP08_aRefusalCitesItsReasonsAndAValidReasonKeepsTheRegistration() throws Exception {
        TestClock.setDay("2026-03-02");
        publish("RETIREMENT_AGE.FEMALE", "2023-01-01", "2027-12-31", "61.0", 1);
        String iin = TestIins.woman("1985-06-06");
        String id = registered(iin);
        TestClock.setDay("2026-03-18");
        Response decided = null;
        for (int i = 0; i < 150; i++) { // until the retirement age has arrived through the topic
            decided = given().header("Authorization", operator()).contentType(ContentType.JSON)
                    .body("{\"working\": true, \"falseDocuments\": false}")
                    .post("/api/v1/registrations/" + id + "/unemployed-application");
            if (decided.statusCode() != 422) {
                break;
            }
            Thread.sleep(200);
        }
        decided.then().statusCode(200).body("status", equalTo("JOB_SEEKER"))
                .body("unemployedDecision.registered", equalTo(false))
                .body("unemployedDecision.reasons", org.hamcrest.Matchers.contains("WORKING"))
                .body("unemployedDecision.notificationOn", equalTo("2026-03-28"));
        assertThat(audit.forEntity("Registration", id)).extracting(a -> a.action())
                .contains("UNEMPLOYED_REFUSED");
        given().header("Authorization", operator()).header("Accept-Language", "ru").contentType(ContentType.JSON)
                .body("{\"reason\": \"CHECK_IN_SCHEDULE_BROKEN\", \"validReason\": \"hospital certificate\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(409)
                .body("ruleId", equalTo("EMP-08")).body("detail", containsString("EMP-08 (3)"));
        given().header("Authorization", auditor()).get("/api/v1/registrations/" + id).then().statusCode(200)
                .body("status", equalTo("JOB_SEEKER"));
        List<JsonNode> events = events(key(iin), has("JobSeekerRegistered", "RegistrationRefused"));
        Thread.sleep(500);
        events = events(key(iin), has("JobSeekerRegistered", "RegistrationRefused"));
        // the EMP-06 refusal is announced (D-70); nothing registers or deregisters the person
        assertThat(types(events)).containsExactly("JobSeekerRegistered", "RegistrationRefused");
        JsonNode refused = events.get(1).get("payload");
        assertThat(refused.get("stage").asText()).isEqualTo("UNEMPLOYED");
        assertThat(refused.get("registrationId").asText()).isEqualTo(id);
        assertThat(refused.get("ruleId").asText()).isEqualTo("EMP-06");
        assertThat(refused.get("reasons")).extracting(JsonNode::asText).containsExactly("EMP-06 (2)");
    }

    @Test
    void D70_aRefusedRegistrationIsKeptAuditedWithItsActorAndAnnouncedWithoutTheIin() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1983-03-03");
        String id = registered(iin);
        TestClock.setDay("2026-03-06");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"CHECK_IN_SCHEDULE_BROKEN\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(200);
        TestClock.setDay("2026-03-20");
        register(operator(), iin, false).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("EMP-09")).body("parameters.firstAllowedOn", equalTo("2026-04-06"));

        String refusalId;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT id::text, stage, registration_id, rule_id, code, facts->>'firstAllowedOn', masked_iin, "
                        + "refused_on::text, to_jsonb(r)::text FROM registration_refusal r WHERE person_key = ?")) {
            st.setString(1, key(iin));
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                refusalId = rs.getString(1);
                assertThat(rs.getString(2)).isEqualTo("JOB_SEEKER");
                assertThat(rs.getString(3)).isNull();
                assertThat(rs.getString(4)).isEqualTo("EMP-09");
                assertThat(rs.getString(5)).isEqualTo("registration.re-registration-banned");
                assertThat(rs.getString(6)).isEqualTo("2026-04-06");
                assertThat(rs.getString(7)).isEqualTo(Iin.mask(iin));
                assertThat(rs.getString(8)).isEqualTo("2026-03-20");
                assertThat(rs.getString(9)).doesNotContain(iin);
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(audit.forEntity("RegistrationRefusal", refusalId)).singleElement().satisfies(a -> {
            assertThat(a.actor()).isEqualTo("operator-almaty");
            assertThat(a.action()).isEqualTo("REGISTRATION_REFUSED");
        });
        List<JsonNode> events = events(key(iin), has("RegistrationRefused"));
        JsonNode refused = events.stream().filter(e -> e.get("type").asText().equals("RegistrationRefused")).findFirst()
                .orElseThrow();
        assertThat(refused.toString()).doesNotContain(iin);
        assertThat(refused.get("ruleIds")).extracting(JsonNode::asText).containsExactly("EMP-09");
        JsonNode payload = refused.get("payload");
        assertThat(payload.get("refusalId").asText()).isEqualTo(refusalId);
        assertThat(payload.get("personKey").asText()).isEqualTo(key(iin));
        assertThat(payload.get("stage").asText()).isEqualTo("JOB_SEEKER");
        assertThat(payload.get("channel").asText()).isEqualTo("OPERATOR");
        assertThat(payload.get("registrationId").isNull()).isTrue();
        assertThat(payload.at("/facts/firstAllowedOn").asText()).isEqualTo("2026-04-06");
        assertThat(payload.get("refusedOn").asText()).isEqualTo("2026-03-20");
    }

    @Test
    void theOpenApiDocumentHasTheRegistryWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/registrations/{id}/deregistration"))
                .body(containsString("/api/v1/measures/labour-mobility/subsidy"))
                .body(containsString("firstAllowedOn"))
                .body(containsString("/api/v1/registrations/{id}/referrals/{referralId}/employer-answer"))
                .body(containsString("/api/v1/registrations/employer-answer-queue"))
                .body(containsString("workingDaysOverdue"));
    }

    @Test
    void EMP02_twoConcurrentRegistrationsOfOnePersonStoreOne() throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1986-04-04");
        var barrier = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> await(barrier, () -> register(operator(), iin, false).statusCode()));
        var b = CompletableFuture.supplyAsync(() -> await(barrier, () -> register(operator(), iin, false).statusCode()));
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);
        assertThat(count("SELECT count(*) FROM registration WHERE person_key = ?", key(iin))).isEqualTo(1);
        List<JsonNode> events = events(key(iin), has("JobSeekerRegistered", "RegistrationRefused"));
        Thread.sleep(500);
        events = events(key(iin), has("JobSeekerRegistered", "RegistrationRefused"));
        // the second is refused under EMP-02 and that refusal is kept and announced (D-70)
        assertThat(types(events)).containsExactlyInAnyOrder("JobSeekerRegistered", "RegistrationRefused");
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("RegistrationRefused")).singleElement()
                .satisfies(e -> assertThat(e.at("/payload/ruleId").asText()).isEqualTo("EMP-02"));
        assertThat(count("SELECT count(*) FROM registration_refusal WHERE person_key = ?", key(iin))).isEqualTo(1);
    }

    @Test
    void PRG05_aSocialJobsEmployerSilentPastThreeWorkingDaysOverNauryzIsQueuedOnceThenItsAnswerIsRecorded()
            throws Exception {
        TestClock.setDay("2026-03-20"); // Friday before Nauryz (21–25 March off)
        String iin = TestIins.woman("1992-02-12");
        String id = registered(iin);
        String referralId = given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SOCIAL_JOB\", \"target\": \"Almaty Parks LLP\", \"suitableWork\": true}")
                .post("/api/v1/registrations/" + id + "/referrals").then().statusCode(200)
                .body("referrals[0].employerAnswerBy", equalTo("2026-03-30")).extract().path("referrals[0].id");
        TestClock.setDay("2026-03-30");
        employerAnswerJob.flagOverdue();
        given().header("Authorization", operator()).get("/api/v1/registrations/employer-answer-queue").then()
                .statusCode(200).body("referralId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(referralId)));
        TestClock.setDay("2026-03-31");
        // two runs at once (two instances), then a third: flagged and audited once
        var barrier = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> await(barrier, employerAnswerJob::flagOverdue));
        var b = CompletableFuture.supplyAsync(() -> await(barrier, employerAnswerJob::flagOverdue));
        a.get();
        b.get();
        employerAnswerJob.flagOverdue();
        assertThat(audit.forEntity("Registration", id)).extracting(e -> e.action())
                .containsExactly("JOB_SEEKER_REGISTERED", "REFERRED", "EMPLOYER_ANSWER_OVERDUE");
        Response queue = given().header("Authorization", operator()).get("/api/v1/registrations/employer-answer-queue");
        queue.then().statusCode(200);
        assertThat(queue.jsonPath().getList("findAll { it.referralId == '" + referralId + "' }")).hasSize(1);
        assertThat(queue.jsonPath().getString("find { it.referralId == '" + referralId + "' }.employerAnswerBy"))
                .isEqualTo("2026-03-30");
        assertThat(queue.jsonPath().getInt("find { it.referralId == '" + referralId + "' }.workingDaysOverdue"))
                .isEqualTo(1);
        assertThat(queue.asString()).doesNotContain(iin);
        given().header("Authorization", operator()).queryParam("regionCode", "550000000")
                .get("/api/v1/registrations/employer-answer-queue").then().statusCode(403);

        TestClock.setDay("2026-04-01");
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"answer\": 1}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referralId + "/employer-answer").then()
                .statusCode(400); // strict input: the answer is one of its names
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"answer\": \"HIRED\"}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referralId + "/employer-answer").then()
                .statusCode(200).body("referrals[0].employerAnswer", equalTo("HIRED"))
                .body("referrals[0].employerAnsweredOn", equalTo("2026-04-01"))
                .body("referrals[0].status", equalTo("TURNED_UP"));
        given().header("Authorization", operator()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"answer\": \"REFUSED\"}")
                .post("/api/v1/registrations/" + id + "/referrals/" + referralId + "/employer-answer").then()
                .statusCode(409).contentType(startsWith("application/problem+json")).body("ruleId", equalTo("PRG-05"))
                .body("parameters.employerAnswer", equalTo("HIRED"));
        given().header("Authorization", operator()).get("/api/v1/registrations/employer-answer-queue").then()
                .statusCode(200).body("referralId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(referralId)));
        assertThat(audit.forEntity("Registration", id)).extracting(e -> e.action()).last().isEqualTo("EMPLOYER_ANSWERED");
        assertThat(audit.forEntity("Registration", id)).last().satisfies(e ->
                assertThat(e.actor()).isEqualTo("operator-almaty"));
    }

    String startTraining(String id, String end) {
        return given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "VOCATIONAL_TRAINING", "provider": "College No. 5", "startOn": "2026-03-02",
                         "endOn": "%s"}""".formatted(end))
                .post("/api/v1/registrations/" + id + "/measures").then().statusCode(200)
                .extract().path("measures[-1].id");
    }

    @Test
    void D72_aMeasureCompletedByTheJobOnceAndOneRecordedByTheOperatorArePublishedAsMeasureCompleted()
            throws Exception {
        TestClock.setDay("2026-03-02");
        String iin = TestIins.man("1993-09-09");
        String id = registered(iin);
        String month = startTraining(id, "2026-04-01");
        String quarter = startTraining(id, "2026-06-01");
        TestClock.setDay("2026-04-02");
        var barrier = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> await(barrier, endedMeasuresJob::completeEnded));
        var b = CompletableFuture.supplyAsync(() -> await(barrier, endedMeasuresJob::completeEnded));
        a.get();
        b.get();
        endedMeasuresJob.completeEnded();
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"on\": true}")
                .post("/api/v1/registrations/" + id + "/measures/" + quarter + "/completion").then().statusCode(400);
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/registrations/" + id + "/measures/" + quarter + "/completion").then().statusCode(200)
                .body("measures[1].status", equalTo("COMPLETED")).body("measures[1].completion", equalTo("RECORDED"))
                .body("measures[1].completedOn", equalTo("2026-04-02"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/registrations/" + id + "/measures/" + quarter + "/completion").then().statusCode(409)
                .body("ruleId", equalTo("PRG-01"));

        List<JsonNode> events = events(key(iin), e -> types(e).stream().filter("MeasureCompleted"::equals).count() >= 2);
        Thread.sleep(500);
        events = events(key(iin), e -> types(e).stream().filter("MeasureCompleted"::equals).count() >= 2);
        List<JsonNode> completed = events.stream().filter(e -> e.get("type").asText().equals("MeasureCompleted")).toList();
        assertThat(completed).extracting(e -> e.at("/payload/participationId").asText(),
                        e -> e.at("/payload/completion").asText(), e -> e.at("/payload/completedOn").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(month, "END_DATE_REACHED", "2026-04-01"),
                        org.assertj.core.groups.Tuple.tuple(quarter, "RECORDED", "2026-04-02"));
        assertThat(completed).allSatisfy(e -> {
            assertThat(e.at("/payload/ruleId").asText()).isEqualTo("PRG-01");
            assertThat(e.at("/payload/personKey").asText()).isEqualTo(key(iin));
            assertThat(e.at("/payload/registrationId").asText()).isEqualTo(id);
        });
        assertThat(events.toString()).doesNotContain(iin);
        assertThat(audit.forEntity("Registration", id)).filteredOn(e -> e.action().equals("MEASURE_COMPLETED"))
                .extracting(e -> e.actor()).containsExactly("job:complete-ended-measures", "operator-almaty");
    }

    @Test
    void EMP08_anInvitationNotAnsweredWithinThreeWorkingDaysAllowsDeregistrationUnderClause2() throws Exception {
        TestClock.setDay("2026-03-05");
        String iin = TestIins.woman("1996-07-07");
        String id = registered(iin);
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"measure\": \"VOCATIONAL_TRAINING\"}")
                .post("/api/v1/registrations/" + id + "/invitations").then().statusCode(200)
                .body("invitations[0].comeBy", equalTo("2026-03-11"));
        TestClock.setDay("2026-03-11");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"INVITATION_NOT_FOLLOWED\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(409)
                .body("ruleId", equalTo("EMP-08"));
        TestClock.setDay("2026-03-12");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"INVITATION_NOT_FOLLOWED\"}")
                .post("/api/v1/registrations/" + id + "/deregistration").then().statusCode(200)
                .body("deregistration.firstReRegistrationOn", equalTo("2026-04-12"));
        List<JsonNode> events = events(key(iin), has("Deregistered"));
        assertThat(events.get(events.size() - 1).at("/payload/ruleCitation").asText()).isEqualTo("EMP-08 (2)");
    }
}
