package kz.gov.tsa.payment.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.prowidesoftware.swift.model.mx.MxPain00100109;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.persons.TestIins;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A month's register after a run: CSV and ISO 20022 pain.001 with equal control sums, the pain.001 parsed back with
 * the library; the bank's confirmations with a returned, a missing and a duplicate line → the reconciliation.
 */
@QuarkusTest
class RegisterFlowTest {

    static final String OPERATOR = TestTokens.bearer("operator1", "operator");
    static final String AUDITOR = TestTokens.bearer("auditor1", "auditor");
    static final String REGION = "150000000";

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;

    void decide(String familyId, UUID decisionId, Map<String, String> shares) throws Exception {
        List<EligibilityDecided.Member> members = new ArrayList<>();
        shares.forEach((key, share) -> members.add(new EligibilityDecided.Member(TestIins.woman("1990-02-03"),
                LocalDate.of(1990, 2, 3), "MEMBER", share, true, "NONE", false, false, List.of(), "UNEMPLOYED",
                LocalDate.of(2008, 2, 3), LocalDate.of(2013, 2, 3), key)));
        String total = shares.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString();
        var payload = new EligibilityDecided(decisionId, UUID.randomUUID(), familyId, REGION, "2026-Q4", "UNCONDITIONAL",
                null, "1.00", "2.00", total, "2026-10", "2026-12", Instant.now(), Instant.now(), members, "MONTHLY");
        var e = EventEnvelope.of(payload, familyId, decisionId, null, Instant.now(), List.of("ELIG-12"));
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("tsa.eligibility.v1", familyId, json.writeValueAsString(e))).get();
        }
        for (int i = 0; i < 150 && audit.forEntity("Assignment", decisionId.toString()).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(audit.forEntity("Assignment", decisionId.toString())).hasSize(1);
    }

    static String key() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void PAY04_theRegisterInCsvAndPain001HasTheSameControlSumsAndTheBanksConfirmationsAreReconciled() throws Exception {
        String g = "F-" + UUID.randomUUID().toString().replace("-", "");
        String h = "F-" + UUID.randomUUID().toString().replace("-", "");
        String gParent = key();
        String gChild = key();
        String hOnly = key();
        decide(g, UUID.randomUUID(), Map.of(gParent, "20000.00", gChild, "10000.00"));
        decide(h, UUID.randomUUID(), Map.of(hOnly, "15000.50"));
        String run = given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"month\":\"2026-11\"}").post("/api/v1/payment-runs").then().statusCode(202).extract().path("id");
        for (int i = 0; i < 200 && !"COMPLETED".equals(given().header("Authorization", AUDITOR)
                .get("/api/v1/payment-runs/" + run).then().extract().path("status")); i++) {
            Thread.sleep(100);
        }

        String csv = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("# TSA payment register;month=2026-11;region=" + REGION + ";count=3;total=90001.00");
        assertThat(lines[1]).isEqualTo("endToEndId;familyId;regionCode;maskedIin;amount;lines");
        List<String[]> rows = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            rows.add(lines[i].split(";"));
        }
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("90001.00");
        Map<String, String> idByAmount = new java.util.HashMap<>();
        rows.forEach(r -> idByAmount.put(r[4], r[0]));
        assertThat(idByAmount).containsOnlyKeys("40000.00", "20000.00", "30001.00"); // October paid up in November

        String xml = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/pain001").then().statusCode(200).extract().asString();
        MxPain00100109 pain = MxPain00100109.parse(xml);
        var header = pain.getCstmrCdtTrfInitn().getGrpHdr();
        assertThat(header.getNbOfTxs()).isEqualTo("3");
        assertThat(header.getCtrlSum()).isEqualByComparingTo("90001.00");
        var info = pain.getCstmrCdtTrfInitn().getPmtInf().getFirst();
        assertThat(info.getCdtTrfTxInf()).hasSize(3);
        assertThat(info.getCdtTrfTxInf().stream().map(t -> t.getAmt().getInstdAmt().getValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(header.getCtrlSum());
        assertThat(info.getCdtTrfTxInf()).allSatisfy(t -> assertThat(t.getAmt().getInstdAmt().getCcy()).isEqualTo("KZT"));
        assertThat(info.getCdtTrfTxInf().stream().map(t -> t.getPmtId().getEndToEndId()))
                .containsExactlyInAnyOrderElementsOf(idByAmount.values());

        // the bank paid the parent's transfer (and confirmed it twice), returned H's, said nothing of the child's
        String confirmations = "endToEndId;status;amount;bankReference\n"
                + idByAmount.get("40000.00") + ";PAID;40000.00;B-1\n"
                + idByAmount.get("40000.00") + ";PAID;40000.00;B-2\n"
                + idByAmount.get("30001.00") + ";RETURNED;30001.00;B-3\n"
                + "TSA202611" + "0".repeat(26) + ";PAID;5.00;B-4\n";
        JsonPath imported = given().header("Authorization", OPERATOR).contentType("text/csv").body(confirmations)
                .post("/api/v1/registers/2026-11/confirmations").then().statusCode(200).extract().jsonPath();
        assertThat(imported.getLong("counts.UNKNOWN_INSTRUCTION")).isEqualTo(1);

        JsonPath report = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("instructions")).isEqualTo(3);
        assertThat(report.getString("instructed")).isEqualTo("90001.00");
        assertThat(report.getLong("paid")).isEqualTo(1);
        assertThat(report.getString("paidTotal")).isEqualTo("40000.00");
        assertThat(report.getLong("counts.UNPAID")).isEqualTo(1);
        assertThat(report.getLong("counts.RETURNED")).isEqualTo(1);
        assertThat(report.getLong("counts.CONFIRMED_TWICE")).isEqualTo(1);
        assertThat(report.getLong("counts.AMOUNT_DIFFERS")).isZero();
        assertThat(report.getLong("counts.UNKNOWN_INSTRUCTION")).isZero();
        assertThat(report.getList("findings.endToEndId")).contains(idByAmount.get("20000.00"));

        // later the bank reports the child's transfer credited, as an ISO 20022 pain.002 status report
        var tx = new com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105()
                .setOrgnlEndToEndId(idByAmount.get("20000.00")).setTxSts("ACSC").setAcctSvcrRef("B-5")
                .setOrgnlTxRef(new com.prowidesoftware.swift.model.mx.dic.OriginalTransactionReference28().setAmt(
                        new com.prowidesoftware.swift.model.mx.dic.AmountType4Choice().setInstdAmt(
                                new com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount()
                                        .setCcy("KZT").setValue(new BigDecimal("20000.00")))));
        var pending = new com.prowidesoftware.swift.model.mx.dic.PaymentTransaction105()
                .setOrgnlEndToEndId(idByAmount.get("30001.00")).setTxSts("PDNG");
        String pain002 = new com.prowidesoftware.swift.model.mx.MxPain00200110().setCstmrPmtStsRpt(
                new com.prowidesoftware.swift.model.mx.dic.CustomerPaymentStatusReportV10()
                        .setGrpHdr(new com.prowidesoftware.swift.model.mx.dic.GroupHeader86().setMsgId("BANK-1")
                                .setCreDtTm(java.time.OffsetDateTime.now()))
                        .setOrgnlGrpInfAndSts(new com.prowidesoftware.swift.model.mx.dic.OriginalGroupHeader17()
                                .setOrgnlMsgId("TSA-2026-11-" + REGION).setOrgnlMsgNmId("pain.001.001.09"))
                        .addOrgnlPmtInfAndSts(new com.prowidesoftware.swift.model.mx.dic.OriginalPaymentInstruction32()
                                .setOrgnlPmtInfId("TSA-2026-11-" + REGION).addTxInfAndSts(tx).addTxInfAndSts(pending)))
                .message();
        given().header("Authorization", OPERATOR).contentType(ContentType.XML).body(pain002)
                .post("/api/v1/registers/2026-11/confirmations").then().statusCode(200);
        JsonPath after = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(after.getLong("counts.UNPAID")).isZero();
        assertThat(after.getLong("paid")).isEqualTo(2);
        assertThat(after.getString("paidTotal")).isEqualTo("60000.00");
        given().header("Authorization", OPERATOR).contentType(ContentType.XML).body("<Document/>")
                .post("/api/v1/registers/2026-11/confirmations").then().statusCode(400);

        // H's returned transfer is re-issued once, for the same amount, in a register of its own
        String returned = idByAmount.get("30001.00");
        String reissued = given().header("Authorization", OPERATOR)
                .post("/api/v1/registers/2026-11/returns/" + returned + "/reissue").then().statusCode(201)
                .body("amount", equalTo("30001.00")).body("familyId", equalTo(h)).extract().path("endToEndId");
        assertThat(reissued).startsWith("TSR").hasSize(35);
        given().header("Authorization", OPERATOR).post("/api/v1/registers/2026-11/returns/" + returned + "/reissue")
                .then().statusCode(409).body("ruleId", equalTo("PAY-04"));
        given().header("Authorization", OPERATOR)
                .post("/api/v1/registers/2026-11/returns/" + idByAmount.get("40000.00") + "/reissue")
                .then().statusCode(409);
        String again = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/reissues/csv").then().statusCode(200).extract().asString();
        assertThat(again.split("\n")[0]).endsWith(";count=1;total=30001.00");
        assertThat(again).contains(reissued + ";" + h + ";");
        MxPain00100109 reissuePain = MxPain00100109.parse(given().header("Authorization", AUDITOR)
                .queryParam("regionCode", REGION).get("/api/v1/registers/2026-11/reissues/pain001").then()
                .statusCode(200).extract().asString());
        assertThat(reissuePain.getCstmrCdtTrfInitn().getGrpHdr().getCtrlSum()).isEqualByComparingTo("30001.00");
        JsonPath withReissue = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(withReissue.getLong("instructions")).isEqualTo(4);
        assertThat(withReissue.getLong("counts.UNPAID")).isEqualTo(1); // the re-issue, until the bank confirms it
        assertThat(audit.forEntity("Transfer", returned)).extracting(e -> e.action()).containsExactly("TRANSFER_REISSUED");

        // the bank's camt.054.001.08 debit notification books the re-issue (D-82): nothing is unpaid any more
        String camt054 = new com.prowidesoftware.swift.model.mx.MxCamt05400108().setBkToCstmrDbtCdtNtfctn(
                new com.prowidesoftware.swift.model.mx.dic.BankToCustomerDebitCreditNotificationV08()
                        .setGrpHdr(new com.prowidesoftware.swift.model.mx.dic.GroupHeader81().setMsgId("BANK-N-1")
                                .setCreDtTm(java.time.OffsetDateTime.now()))
                        .addNtfctn(new com.prowidesoftware.swift.model.mx.dic.AccountNotification17().setId("N-1")
                                .setCreDtTm(java.time.OffsetDateTime.now())
                                .addNtry(new com.prowidesoftware.swift.model.mx.dic.ReportEntry10()
                                        .setSts(new com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice().setCd("BOOK"))
                                        .setCdtDbtInd(com.prowidesoftware.swift.model.mx.dic.CreditDebitCode.DBIT)
                                        .setAmt(new com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount()
                                                .setCcy("KZT").setValue(new BigDecimal("30001.00")))
                                        .addNtryDtls(new com.prowidesoftware.swift.model.mx.dic.EntryDetails9().addTxDtls(
                                                new com.prowidesoftware.swift.model.mx.dic.EntryTransaction10().setRefs(
                                                        new com.prowidesoftware.swift.model.mx.dic.TransactionReferences6()
                                                                .setEndToEndId(reissued).setAcctSvcrRef("B-6")))))))
                .message();
        given().header("Authorization", OPERATOR).contentType(ContentType.XML).body(camt054)
                .post("/api/v1/registers/2026-11/confirmations").then().statusCode(200);
        JsonPath booked = given().header("Authorization", AUDITOR).queryParam("regionCode", REGION)
                .get("/api/v1/registers/2026-11/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(booked.getLong("counts.UNPAID")).isZero();
    }

    @Test
    void aBadConfirmationLineIsA400NamingItAndAnAkimatGetsOnlyItsRegionsRegister() {
        given().header("Authorization", OPERATOR).contentType("text/csv").body("TSA1;PAID;12,5;x\n")
                .post("/api/v1/registers/2026-11/confirmations").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("ruleId", equalTo("PAY-04"));
        given().header("Authorization", TestTokens.bearerWithClaims("akimat1", Map.of("region", REGION), "akimat"))
                .get("/api/v1/registers/2026-11/csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("# TSA payment register;month=2026-11;region=" + REGION));
        given().header("Authorization", TestTokens.bearerWithClaims("akimat1", Map.of("region", REGION), "akimat"))
                .queryParam("regionCode", "750000000").get("/api/v1/registers/2026-11/csv").then().statusCode(403);
        given().header("Authorization", AUDITOR).get("/api/v1/registers/2026-13/csv").then().statusCode(400);
    }
}
