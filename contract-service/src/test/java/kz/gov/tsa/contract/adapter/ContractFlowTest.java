package kz.gov.tsa.contract.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.contract.application.port.in.CompleteEndedContractsUseCase;
import kz.gov.tsa.contract.application.port.in.LapseOverdueContractsUseCase;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.domain.FamilyIds;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * EligibilityDecided on the real Kafka topic → the inbox → a contract draft in PostgreSQL → plan, signature and
 * breaches over REST with real signed tokens → tsa.contracts.v1 events through the outbox on the real topic. The
 * clock is fixed on Monday 2026-03-02 (TestClock).
 */
@QuarkusTest
class ContractFlowTest {

    static final String ALMATY = "750000000";

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    PersonKeyPort personKeys;
    @Inject
    LapseOverdueContractsUseCase lapseJob;
    @Inject
    DataSource dataSource;
    @Inject
    ProposeBreachUseCase proposeBreach;
    @Inject
    CompleteEndedContractsUseCase completeJob;

    // a new family for every test
    final String mother = TestIins.woman("1986-01-01");
    final String student = TestIins.man("2004-06-01");   // 21 on 2026-05-01, full-time student
    final String child = TestIins.woman("2015-02-02");
    String motherKey() {
        return personKeys.personKey(Iin.parse(mother));
    }

    String familyId() {
        return FamilyIds.ofApplicantKey(motherKey());
    }

    static String operator() {
        return TestTokens.bearerWithClaims("operator-almaty", Map.of("region", ALMATY), "operator");
    }

    static String auditor() {
        return TestTokens.bearer("auditor1", "auditor");
    }

    EligibilityDecided decided(UUID decisionId, String kind, String concludedAt) {
        var m = new EligibilityDecided.Member(mother, LocalDate.parse("1986-01-01"), "APPLICANT", "20000.00", true,
                "NONE", false, false, List.of(), "UNEMPLOYED", LocalDate.parse("2004-01-01"),
                LocalDate.parse("2009-01-01"), personKeys.personKey(Iin.parse(mother)));
        var s = new EligibilityDecided.Member(student, LocalDate.parse("2004-06-01"), "CHILD", "20000.00", true,
                "NONE", false, true, List.of(), "STUDENT", LocalDate.parse("2022-06-01"), LocalDate.parse("2027-06-01"),
                personKeys.personKey(Iin.parse(student)));
        var c = new EligibilityDecided.Member(child, LocalDate.parse("2015-02-02"), "CHILD", "20000.00", false,
                "NONE", false, false, List.of(), "NOT_WORKING", LocalDate.parse("2033-02-02"),
                LocalDate.parse("2038-02-02"), personKeys.personKey(Iin.parse(child)));
        return new EligibilityDecided(decisionId, UUID.randomUUID(), familyId(), ALMATY, "2026-Q1", kind, null,
                "10000.00", "30000.00", "60000.00", "2026-03", "2026-08", Instant.parse(concludedAt),
                Instant.parse(concludedAt).plusSeconds(3600), List.of(m, s, c), "MONTHLY");
    }

    void send(EventEnvelope<?> e) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ELIGIBILITY, e.familyId(), json.writeValueAsString(e))).get();
        }
    }

    void sendEmployment(EventEnvelope<?> e, String personKey) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.EMPLOYMENT, personKey, json.writeValueAsString(e))).get();
        }
    }

    EventEnvelope<EligibilityDecided> envelope(EligibilityDecided d) {
        return EventEnvelope.of(d, d.familyId(), d.applicationId(), null, Instant.now(), List.of("ELIG-08"));
    }

    Response awaitContracts(String familyId, int count) throws InterruptedException {
        Response r = null;
        for (int i = 0; i < 150; i++) {
            r = given().header("Authorization", auditor()).queryParam("familyId", familyId).get("/api/v1/contracts");
            if (r.statusCode() == 200 && r.jsonPath().getList("$").size() >= count) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }

    /** Opens a draft through the real topic (commission concluded Wed 2026-02-25 → deadline Mon 2026-03-02). */
    String draftThroughKafka() throws Exception {
        send(envelope(decided(UUID.randomUUID(), "CONDITIONAL", "2026-02-25T05:00:00Z")));
        Response r = awaitContracts(familyId(), 1);
        assertThat(r.jsonPath().getList("$")).hasSize(1);
        return r.jsonPath().getString("[0].id");
    }

    String sign(String id) {
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "kind": "SOCIAL_JOB", "domain": "SOCIAL", "description": "social job",
                 "dueDate": "2026-05-29"}""".formatted(motherKey()))
                .post("/api/v1/contracts/" + id + "/plan/activities").then().statusCode(200);
        return given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"signedOn": "2026-03-02", "signatory": "%s", "assistant": "assistant1", "consultant": "consultant1"}"""
                .formatted(motherKey()))
                .post("/api/v1/contracts/" + id + "/signature").then().statusCode(200)
                .body("status", equalTo("SIGNED")).extract().asString();
    }

    /** The tsa.contracts.v1 events of a family, read from the start of the topic until {@code done} holds. */
    List<JsonNode> contractEvents(String familyId, Predicate<List<JsonNode>> done) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "contract-flow-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.CONTRACTS));
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until && !done.test(out)) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    if (familyId.equals(record.key())) {
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

    @Test
    void ELIG09_aConditionalDecisionDeliveredTwiceOpensOneDraftAndOtherKindsOpenNone() throws Exception {
        UUID decisionId = UUID.randomUUID();
        var event = envelope(decided(decisionId, "CONDITIONAL", "2026-02-25T05:00:00Z"));
        send(event);
        send(event); // the same event id again (relay crash before marking)
        send(envelope(decided(decisionId, "CONDITIONAL", "2026-02-25T05:00:00Z"))); // same decision, new event id
        send(envelope(decided(UUID.randomUUID(), "UNCONDITIONAL", "2026-02-25T05:00:00Z")));
        Response r = awaitContracts(familyId(), 1);
        Thread.sleep(1500); // let the later deliveries arrive
        r = given().header("Authorization", auditor()).queryParam("familyId", familyId()).get("/api/v1/contracts");
        r.then().statusCode(200).body("$", hasSize(1))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].signingDeadline", equalTo("2026-03-02"))
                .body("[0].members", hasSize(3))
                .body("[0].members[0].maskedIin", equalTo(Iin.mask(mother)));
        assertThat(r.asString()).doesNotContain(mother);
        String id = r.jsonPath().getString("[0].id");
        assertThat(audit.forEntity("Contract", id)).singleElement()
                .satisfies(a -> assertThat(a.actor()).startsWith("event:EligibilityDecided/"));
        assertThat(types(contractEvents(familyId(), e -> !e.isEmpty()))).startsWith("ContractDrafted");
        assertThat(outboxCount("ContractDrafted", id)).isEqualTo(1);
        // the operator's day: to sign today
        given().header("Authorization", operator()).get("/api/v1/contracts/worklist/TO_SIGN_TODAY")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void CON03_signingAnnouncesContractSignedOnTheTopic() throws Exception {
        String id = draftThroughKafka();
        sign(id);
        var events = contractEvents(familyId(), e -> types(e).contains("ContractSigned"));
        JsonNode signed = events.stream().filter(e -> "ContractSigned".equals(e.get("type").asText())).findFirst()
                .orElseThrow();
        assertThat(signed.at("/payload/termMonths").asInt()).isEqualTo(6);
        assertThat(signed.at("/payload/firstPaymentMonth").asText()).isEqualTo("2026-03");
        assertThat(signed.at("/payload/lastPaymentMonth").asText()).isEqualTo("2026-08");
        assertThat(signed.get("ruleIds").toString()).contains("CON-03", "CON-04");
        assertThat(signed.toString()).doesNotContain(mother);
        assertThat(audit.forEntity("Contract", id)).extracting(a -> a.action())
                .containsExactly("CONTRACT_DRAFTED", "PLAN_ACTIVITY_ADDED", "CONTRACT_SIGNED");
        // a second signature is a 409 citing CON-03
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"signedOn": "2026-03-02", "signatory": "%s", "assistant": "a", "consultant": "c"}""".formatted(motherKey()))
                .post("/api/v1/contracts/" + id + "/signature").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("ruleId", equalTo("CON-03"));
    }

    @Test
    void CON07_CON08_twoConfirmedBreachesSanctionThenTerminateWithTheRightMembers() throws Exception {
        String id = draftThroughKafka();
        sign(id);
        String breach = """
                {"personKey": "%s", "reason": "left the social job", "occurredOn": "2026-03-01", "evidence": "letter 118"}"""
                .formatted(motherKey());
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(breach)
                .post("/api/v1/contracts/" + id + "/breaches").then().statusCode(200)
                .body("status", equalTo("SIGNED")).body("sanction.month", equalTo("2026-04"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(breach)
                .post("/api/v1/contracts/" + id + "/breaches").then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("termination.ruleId", equalTo("CON-08"));
        // a third breach after termination is a conflict
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(breach)
                .post("/api/v1/contracts/" + id + "/breaches").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("ruleId", equalTo("CON-08"));

        var events = contractEvents(familyId(), e -> types(e).contains("ContractTerminated"));
        assertThat(types(events)).containsSubsequence("ContractSigned", "SanctionApplied", "ContractTerminated");
        String studentKey = personKeys.personKey(Iin.parse(student));
        String childKey = personKeys.personKey(Iin.parse(child));
        JsonNode sanction = events.stream().filter(e -> "SanctionApplied".equals(e.get("type").asText())).findFirst()
                .orElseThrow().get("payload");
        assertThat(sanction.get("percent").asInt()).isEqualTo(50);
        assertThat(sanction.get("month").asText()).isEqualTo("2026-04");
        assertThat(keys(sanction.get("affected"))).containsExactly(motherKey());
        assertThat(keys(sanction.get("exempt"))).containsExactlyInAnyOrder(studentKey, childKey);
        JsonNode terminated = events.stream().filter(e -> "ContractTerminated".equals(e.get("type").asText()))
                .findFirst().orElseThrow().get("payload");
        assertThat(terminated.get("cause").asText()).isEqualTo("REPEAT_BREACH");
        assertThat(keys(terminated.get("stopped"))).containsExactly(motherKey());
        assertThat(keys(terminated.get("continuing"))).containsExactlyInAnyOrder(studentKey, childKey);
    }

    static List<String> keys(JsonNode members) {
        List<String> out = new ArrayList<>();
        members.forEach(m -> out.add(m.get("personKey").asText()));
        return out;
    }

    @Test
    void CON09_anExemptMemberInAnEmploymentMeasureIsA422NamingTheMember() throws Exception {
        String id = draftThroughKafka();
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "kind": "PUBLIC_WORKS", "domain": "SOCIAL", "dueDate": "2026-05-29"}"""
                .formatted(personKeys.personKey(Iin.parse(student))))
                .post("/api/v1/contracts/" + id + "/plan/activities").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("CON-09"))
                .body("detail", org.hamcrest.Matchers.containsString(Iin.mask(student)));
    }

    @Test
    void anOperatorOfAnotherRegionGets403OnChangesAnd404OnReads() throws Exception {
        String id = draftThroughKafka();
        String astana = TestTokens.bearerWithClaims("operator-astana", Map.of("region", "710000000"), "operator");
        given().header("Authorization", astana).get("/api/v1/contracts/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", astana).contentType(ContentType.JSON).body("""
                {"signedOn": "2026-03-02", "signatory": "%s", "assistant": "a", "consultant": "c"}""".formatted(motherKey()))
                .post("/api/v1/contracts/" + id + "/signature").then().statusCode(403);
        // the family itself reads it through the portal (the token's iin claim names the applicant, D-19); another
        // citizen does not, nor does a portal token whose subject merely looks like the IIN
        String family = TestTokens.bearerWithClaims("portal-session-1", Map.of("iin", mother), "portal");
        given().header("Authorization", family).get("/api/v1/contracts/" + id)
                .then().statusCode(200).body("id", equalTo(id));
        given().header("Authorization", TestTokens.bearerWithClaims("portal-session-2",
                        Map.of("iin", TestIins.man("1970-01-01")), "portal"))
                .get("/api/v1/contracts/" + id).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer(mother, "portal")).get("/api/v1/contracts/" + id)
                .then().statusCode(404);
        given().header("Authorization", family).contentType(ContentType.JSON)
                .body("{\"note\": \"x\"}").post("/api/v1/contracts/" + id + "/breaches/" + UUID.randomUUID()
                        + "/dismissal").then().statusCode(403);
        given().get("/api/v1/contracts/" + id).then().statusCode(401);
        given().header("Authorization", operator()).queryParam("regionCode", "ABC")
                .get("/api/v1/contracts/worklist/OVERDUE").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", operator()).get("/api/v1/contracts/worklist/SOMEDAY").then().statusCode(400);
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"personKey": "900101300126", "kind": "SOCIAL_JOB", "domain": "SOCIAL", "dueDate": "2026-05-29"}""")
                .post("/api/v1/contracts/" + id + "/plan/activities").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("personKey"));
    }

    @Test
    void CON03_twoLapseJobsAtOnceLapseEachOverdueDraftOnce() throws Exception {
        // concluded Wed 2026-02-18 → deadline Mon 2026-02-23: overdue on 2026-03-02
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String m = TestIins.woman("1990-0" + (i + 1) + "-15");
            String fam = FamilyIds.ofApplicantKey(personKeys.personKey(Iin.parse(m)));
            var member = new EligibilityDecided.Member(m, LocalDate.parse("1990-0" + (i + 1) + "-15"), "APPLICANT",
                    "20000.00", true, "NONE", false, false, List.of(), "UNEMPLOYED", null, null,
                    personKeys.personKey(Iin.parse(m)));
            var d = new EligibilityDecided(UUID.randomUUID(), UUID.randomUUID(), fam, ALMATY, "2026-Q1",
                    "CONDITIONAL", null, "1", "2", "3", "2026-03", "2026-08", Instant.parse("2026-02-18T05:00:00Z"),
                    Instant.parse("2026-02-18T06:00:00Z"), List.of(member), "MONTHLY");
            send(envelope(d));
            ids.add(awaitContracts(fam, 1).jsonPath().getString("[0].id"));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> runAfter(start));
        var b = CompletableFuture.supplyAsync(() -> runAfter(start));
        int total = a.get() + b.get();
        assertThat(total).isGreaterThanOrEqualTo(ids.size());
        for (String id : ids) {
            given().header("Authorization", auditor()).get("/api/v1/contracts/" + id).then().statusCode(200)
                    .body("status", equalTo("LAPSED"));
            assertThat(audit.forEntity("Contract", id)).filteredOn(e -> e.action().equals("CONTRACT_LAPSED")).hasSize(1);
            assertThat(outboxCount("ContractLapsed", id)).isEqualTo(1);
        }
        assertThat(lapseJob.lapseOverdue()).isZero(); // and a later run finds nothing
    }

    @Test
    void CON04_twoCompletionJobsAtOnceCompleteAnEndedContractOnce() throws Exception {
        // concluded Mon 2025-06-02 → deadline Thu 2025-06-05, signed that day: term to 2025-12-04, ended by 2026-03-02
        send(envelope(decided(UUID.randomUUID(), "CONDITIONAL", "2025-06-02T05:00:00Z")));
        String id = awaitContracts(familyId(), 1).jsonPath().getString("[0].id");
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "kind": "SCREENING_EXAMINATION", "domain": "HEALTH", "dueDate": "2025-07-01"}"""
                .formatted(motherKey())).post("/api/v1/contracts/" + id + "/plan/activities").then().statusCode(200);
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"signedOn": "2025-06-05", "signatory": "%s", "assistant": "a", "consultant": "c"}""".formatted(motherKey()))
                .post("/api/v1/contracts/" + id + "/signature").then().statusCode(200).body("termEnd", equalTo("2025-12-04"));
        CyclicBarrier start = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> completeAfter(start));
        var b = CompletableFuture.supplyAsync(() -> completeAfter(start));
        assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(1);
        given().header("Authorization", auditor()).get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertThat(outboxCount("ContractCompleted", id)).isEqualTo(1);
        assertThat(completeJob.completeEnded()).isZero();
    }

    int completeAfter(CyclicBarrier start) {
        try {
            start.await();
            return completeJob.completeEnded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int runAfter(CyclicBarrier start) {
        try {
            start.await();
            return lapseJob.lapseOverdue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    int outboxCount(String type, String contractId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND payload -> 'payload' ->> 'contractId' = ?")) {
            st.setString(1, type);
            st.setString(2, contractId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void CON05_extendedOnceOverRestASecondExtensionIsA409() throws Exception {
        String id = draftThroughKafka();
        sign(id);
        String body = """
                {"months": 3, "reason": "SOCIAL_JOB_NOT_FINISHED", "recommendation": "District employment commission No. 14",
                 "recommendedOn": "2026-03-01"}""";
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts/" + id + "/extension").then().statusCode(200)
                .body("status", equalTo("EXTENDED")).body("termEnd", equalTo("2026-12-01"))
                .body("lastPaymentMonth", equalTo("2026-11"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/contracts/" + id + "/extension").then().statusCode(409)
                .contentType(startsWith("application/problem+json")).body("ruleId", equalTo("CON-05"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                {"months": 3, "reason": "MAYBE", "recommendation": "x", "recommendedOn": "2026-03-01"}""")
                .post("/api/v1/contracts/" + id + "/extension").then().statusCode(400);
        var events = contractEvents(familyId(), e -> types(e).contains("ContractExtended"));
        assertThat(types(events)).containsOnlyOnce("ContractExtended");
    }

    @Test
    void CON06_aProposedBreachAwaitsAnOperatorWhoConfirmsItOverRest() throws Exception {
        String id = draftThroughKafka();
        String activity = new ObjectMapper().readTree(sign(id)).at("/plan/0/id").asText();
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"status\": \"IN_PROGRESS\"}")
                .post("/api/v1/contracts/" + id + "/plan/activities/" + activity + "/progress").then().statusCode(200)
                .body("planProgress.inProgress", equalTo(1));
        UUID source = UUID.randomUUID();
        var proposed = proposeBreach.propose(new ProposeBreachUseCase.Command(motherKey(), familyId(),
                ProposeBreachUseCase.ProposalKind.SUITABLE_WORK_REFUSED, LocalDate.parse("2026-03-01"), source,
                "event:SuitableWorkRefused/" + source)).orElseThrow();
        String breachId = proposed.pendingBreaches().getFirst().id().toString();
        given().header("Authorization", operator()).get("/api/v1/contracts/worklist/BREACHES_AWAITING_CONFIRMATION")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(id));
        given().header("Authorization", auditor()).get("/api/v1/contracts/" + id).then().statusCode(200)
                .body("sanction", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"note\": \"no valid reason\"}")
                .post("/api/v1/contracts/" + id + "/breaches/" + breachId + "/confirmation").then().statusCode(200)
                .body("sanction.month", equalTo("2026-04")).body("breaches[0].status", equalTo("CONFIRMED"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"note\": \"again\"}")
                .post("/api/v1/contracts/" + id + "/breaches/" + breachId + "/dismissal").then().statusCode(409)
                .body("ruleId", equalTo("CON-06"));
        assertThat(outboxCount("SanctionApplied", id)).isEqualTo(1);
    }

    @Test
    void CON06_employmentFactsOnTheTopicBecomeProposalsOnceAndOnlyForBreachingGrounds() throws Exception {
        String id = draftThroughKafka();
        sign(id);
        String mother = motherKey();
        // the registry need not know the family: the contract is found by the member's person key
        var refused = EventEnvelope.of(new kz.gov.tsa.events.employment.SuitableWorkRefused(UUID.randomUUID(),
                UUID.randomUUID(), mother, null, "751000000", LocalDate.parse("2026-03-03"), 1, false), mother, UUID.randomUUID(),
                null, Instant.now(), List.of("PRG-10"));
        sendEmployment(refused, mother);
        sendEmployment(refused, mother); // redelivered: one proposal
        // EMP-08 (4) (a court sentence) is no breach of the contract: nothing is proposed
        sendEmployment(EventEnvelope.of(new kz.gov.tsa.events.employment.Deregistered(UUID.randomUUID(), mother, null,
                "751000000", "IMPRISONED_OR_COMPULSORY_TREATMENT", "EMP-08 (4)", LocalDate.parse("2026-03-04"),
                LocalDate.parse("2026-03-04")), mother, UUID.randomUUID(), null, Instant.now(), List.of("EMP-08")), mother);
        // a person with no running contract: nothing happens anywhere
        sendEmployment(EventEnvelope.of(new kz.gov.tsa.events.employment.CheckInMissed(UUID.randomUUID(),
                "ab".repeat(32), null, "751000000", "JOB_SEEKER", LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-06")), "ab".repeat(32), UUID.randomUUID(), null, Instant.now(),
                List.of("EMP-04")), "ab".repeat(32));
        // a marker after them on the same key: once it is proposed, the earlier ones have been handled
        sendEmployment(EventEnvelope.of(new kz.gov.tsa.events.employment.MeasureQuit(UUID.randomUUID(),
                UUID.randomUUID(), mother, null, "751000000", "SOCIAL_JOB", LocalDate.parse("2026-03-07"), true),
                mother, UUID.randomUUID(), null, Instant.now(), List.of("EMP-08")), mother);
        Response r = null;
        for (int i = 0; i < 150; i++) {
            r = given().header("Authorization", auditor()).get("/api/v1/contracts/" + id);
            if (r.jsonPath().getList("breaches").size() >= 2) {
                break;
            }
            Thread.sleep(200);
        }
        r.then().statusCode(200).body("breaches.size()", equalTo(2))
                .body("breaches.source", org.hamcrest.Matchers.contains("SUITABLE_WORK_REFUSED", "MEASURE_QUIT"))
                .body("breaches.status", org.hamcrest.Matchers.everyItem(equalTo("PROPOSED")))
                .body("sanction", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void CON06_anAssignmentRevokedForFalseInformationTerminatesTheContract() throws Exception {
        UUID decisionId = UUID.randomUUID();
        var decided = decided(decisionId, "CONDITIONAL", "2026-02-25T05:00:00Z");
        send(envelope(decided));
        String id = awaitContracts(familyId(), 1).jsonPath().getString("[0].id");
        sign(id);
        var revoked = new AssignmentRevoked(decisionId, decided.applicationId(), familyId(), "undeclared wages",
                "operator1", Instant.parse("2026-03-02T05:00:00Z"));
        send(EventEnvelope.of(revoked, familyId(), decided.applicationId(), null, Instant.now(), List.of("CON-06")));
        Response r = null;
        for (int i = 0; i < 100; i++) {
            r = given().header("Authorization", auditor()).get("/api/v1/contracts/" + id);
            if ("TERMINATED".equals(r.jsonPath().getString("status"))) {
                break;
            }
            Thread.sleep(200);
        }
        r.then().body("status", equalTo("TERMINATED")).body("termination.ruleId", equalTo("CON-06"))
                .body("termination.cause", equalTo("FALSE_INFORMATION"));
        JsonNode t = contractEvents(familyId(), e -> types(e).contains("ContractTerminated")).stream()
                .filter(e -> "ContractTerminated".equals(e.get("type").asText())).findFirst().orElseThrow();
        // the able-bodied mother and student stop; the child keeps its share (PAY-03)
        assertThat(keys(t.at("/payload/continuing"))).containsExactly(personKeys.personKey(Iin.parse(child)));
        assertThat(keys(t.at("/payload/stopped"))).hasSize(2);
    }

    @Test
    void theContractApiIsInTheOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contracts/{id}/signature"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contracts/{id}/breaches"));
    }
}
