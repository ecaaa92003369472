package kz.gov.tsa.eligibility.adapter.reference;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditEntry;
import kz.gov.tsa.audit.AuditTrail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.service.DecisionParametersLoader;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.testing.auth.TestTokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The reference money data over REST and CDI against the real PostgreSQL with the Flyway seed
 * (REFERENCE-DATA.md). Changes use regions, quarters and years no other test uses (Abai and Ulytau,
 * 2016-2018, 2035) so that the shared database stays as seeded for the rest.
 */
@QuarkusTest
class ReferenceDataApiTest {

    static final String BASE = "/api/v1/reference";
    static final String ADMIN = TestTokens.bearer("admin1", "admin");
    static final String OPERATOR = TestTokens.bearer("operator1", "operator");
    static final String AKIMAT_ALMATY = TestTokens.bearerWithClaims("akimat-almaty", Map.of("region", "750000000"), "akimat");
    static final String AKIMAT_ULYTAU = TestTokens.bearerWithClaims("akimat-ulytau", Map.of("region", "620000000"), "akimat");
    static final String AKIMAT_WITHOUT_REGION = TestTokens.bearer("akimat-x", "akimat");

    @Inject
    LoadReferenceDataPort referenceData;
    @Inject
    AuditTrail audit;

    static RequestSpecification as(String token) {
        return RestAssured.given()
                .config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .header("Authorization", token).header("Accept-Language", "en").contentType(ContentType.JSON);
    }

    static org.hamcrest.Matcher<BigDecimal> money(String amount) {
        return comparesEqualTo(new BigDecimal(amount));
    }

    @Test
    void REF07_theSeededMciIsReadableByEveryRoleWithTheMidYearValuesOf2022AndTheGapOf2017() {
        for (String token : List.of(OPERATOR, AKIMAT_ALMATY, TestTokens.bearer("p", "portal"),
                TestTokens.bearer("c", "commission"), TestTokens.bearer("a", "auditor"), ADMIN)) {
            as(token).get(BASE + "/mci/2026-03-01").then().statusCode(200)
                    .body("value.amount", money("4325")).body("validTo", equalTo("2026-12-31"));
        }
        as(OPERATOR).get(BASE + "/mci/2022-05-01").then().statusCode(200)
                .body("value.purpose", equalTo("SOCIAL_PAYMENTS")).body("value.amount", money("3180"))
                .body("validFrom", equalTo("2022-04-01")).body("source", startsWith("mid-year rise"));
        as(OPERATOR).get(BASE + "/mci/2022-03-31").then().statusCode(200).body("value.amount", money("3063"));
        as(OPERATOR).queryParam("purpose", "FINES_TAXES").get(BASE + "/mci/2022-05-01").then().statusCode(200)
                .body("value.amount", money("3063"));
        as(OPERATOR).get(BASE + "/mci/2017-06-01").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("REF-07"))
                .body("parameters.parameter", equalTo("MCI")).body("parameters.key", equalTo("SOCIAL_PAYMENTS"))
                .body("parameters.date", equalTo("2017-06-01"))
                .body("detail", equalTo("No value of MCI for SOCIAL_PAYMENTS on 2017-06-01: enter it in the reference data first."));
        as(OPERATOR).queryParam("purpose", "SOCIAL_PAYMENTS").get(BASE + "/mci").then().statusCode(200)
                .body("validFrom", hasItems("2015-01-01", "2022-04-01", "2026-01-01"))
                .body("validFrom", org.hamcrest.Matchers.not(hasItem("2017-01-01")));
        RestAssured.given().get(BASE + "/mci/2026-03-01").then().statusCode(401);
    }

    @Test
    void REF02_ELIG06_CON04_theSeededSplitRetirementAgesAndContractTermAreReadable() {
        as(OPERATOR).get(BASE + "/food-split/2017-12-31").then().statusCode(200)
                .body("value.foodPercent", money("60")).body("value.nonFoodPercent", money("40"));
        as(OPERATOR).get(BASE + "/food-split/2018-01-01").then().statusCode(200)
                .body("value.foodPercent", money("55")).body("text", equalTo("55/45"));
        as(OPERATOR).get(BASE + "/retirement-ages/2018-06-01").then().statusCode(200)
                .body("value.sex", contains("FEMALE", "MALE")).body("text", contains("58.5", "63"));
        as(OPERATOR).get(BASE + "/retirement-ages/2026-06-01").then().statusCode(200).body("text", contains("61", "63"));
        as(OPERATOR).get(BASE + "/contract-term/2026-10-01").then().statusCode(200).body("value.months", equalTo(6));
        as(OPERATOR).get(BASE + "/contract-term/2017-10-01").then().statusCode(422)
                .body("ruleId", equalTo("CON-04")).body("parameters.parameter", equalTo("CONTRACT_TERM"));
        as(OPERATOR).get(BASE + "/regions").then().statusCode(200).body("$", hasSize(20))
                .body("code", hasItems("710000000", "750000000", "790000000", "100000000", "620000000"))
                .body("find { it.code == '750000000' }.nameKk", equalTo("Алматы қаласы"))
                .body("find { it.code == '750000000' }.nameRu", equalTo("г.Алматы"))
                .body("find { it.code == '790000000' }.kind", equalTo("CITY_OF_REPUBLICAN_SIGNIFICANCE"));
        as(OPERATOR).get(BASE + "/regions/999000000").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("parameters.regionCode", equalTo("999000000"));
    }

    @Test
    void REF04_REF05_thePovertyLineOfAlmaty2024Q1Is70PercentOfTheSmOf2023Q4() {
        // order No. 160 publishes whole tenge: 70 % × 40 567 = 28 396.90 is the line 28 397 (REF-04, D-23)
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2024-Q1").then().statusCode(200)
                .body("value", money("28397.00")).body("computedValue", money("28396.90"))
                .body("basis", equalTo("METHOD")).body("basePeriod", equalTo("2023-Q4"))
                .body("method.value.kind", equalTo("SHARE_OF_SM")).body("method.value.smPercent", money("70"))
                .body("method.value.rounding", equalTo("WHOLE_TENGE"))
                .body("method.validFrom", equalTo("2023-07-01"))
                .body("subsistenceMinimum.quarter", equalTo("2023-Q4"))
                .body("subsistenceMinimum.value", money("40567"))
                .body("subsistenceMinimum.basis", equalTo("PUBLISHED"))
                .body("subsistenceMinimum.versions[0].source", startsWith("national figure (law), used until regional figures are entered"))
                .body("terms[0].percent", money("70")).body("terms[0].amount", money("28396.90"))
                .body("versions.parameter", contains("POVERTY_LINE_METHOD", "SUBSISTENCE_MINIMUM"))
                .body("versions.label", contains("national", "750000000/2023-Q4"));
        // 2018: 50 % of the SM of 2017-Q4 (24 459) = 12 229.50, a method that keeps the tiyn
        as(OPERATOR).get(BASE + "/poverty-lines/710000000/2018-Q1").then().statusCode(200)
                .body("value", money("12229.50")).body("method.value.smPercent", money("50"))
                .body("method.value.rounding", equalTo("TIYN")).body("computedValue", money("12229.50"));
        // the 2023-Q3 line is the first of order No. 160: 70 % × 40 567 (2023-Q2) = 28 396.90 → 28 397
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2023-Q3").then().statusCode(200)
                .body("value", money("28397.00")).body("terms[0].amount", money("28396.90"));
        // and 2023-Q2, under the earlier method, keeps the tiyn
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2023-Q2").then().statusCode(200)
                .body("value", money("28396.90")).body("method.value.rounding", equalTo("TIYN"));
        // the superseded TIYN version of order No. 160 is kept for the decisions that cite it
        as(OPERATOR).queryParam("includeSuperseded", true).get(BASE + "/poverty-line-methods").then().statusCode(200)
                .body("findAll { it.validFrom == '2023-07-01' }.value.rounding", containsInAnyOrder("TIYN", "WHOLE_TENGE"));
    }

    @Test
    void REF05_aPublishedLineIsTakenExactlyAsPublished() {
        as(ADMIN).body(Map.of("amount", new BigDecimal("28396.90"), "source", "akimat resolution (test)",
                        "reason", "quarterly publication")).put(BASE + "/poverty-lines/790000000/2023-Q4")
                .then().statusCode(200);
        as(OPERATOR).get(BASE + "/poverty-lines/790000000/2023-Q4").then().statusCode(200)
                .body("basis", equalTo("PUBLISHED")).body("value", money("28396.90")).body("computedValue", nullValue());
    }

    @Test
    void REF04_aQuarterOf2019WithoutAKnownMethodAndAnUnknownRegionAreProblems() {
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2019-Q2").then().statusCode(422)
                .body("ruleId", equalTo("REF-04"))
                .body("parameters.parameter", equalTo("POVERTY_LINE_METHOD"))
                .body("parameters.date", equalTo("2019-04-01"));
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2019-Q4").then().statusCode(200)
                .body("value", money("20788.60")); // 70 % of 29 698 (2019-Q3)
        as(OPERATOR).get(BASE + "/poverty-lines/999000000/2024-Q1").then().statusCode(404)
                .body("detail", equalTo("999000000 is not the KATO code of one of the 20 regions."));
        as(OPERATOR).get(BASE + "/poverty-lines/75/2024-Q9").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("regionCode", "quarter"));
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/1999-Q1").then().statusCode(400)
                .body("violations.field", contains("quarter"));
        as(OPERATOR).get(BASE + "/mci/2026-02-30").then().statusCode(400).body("violations.field", contains("date"));
    }

    @Test
    void AMD01_from2025TheLineNeedsTheMedianIncomeAndTakesTheLargerShare() {
        as(OPERATOR).get(BASE + "/poverty-lines/620000000/2026-Q1").then().statusCode(422)
                .body("ruleId", equalTo("AMD-01"))
                .body("parameters.parameter", equalTo("MEDIAN_INCOME"))
                .body("parameters.key", equalTo("620000000/2025-Q4"))
                .body("parameters.date", equalTo("2025-10-01"));

        as(AKIMAT_ULYTAU).body(Map.of("amount", 100000, "source", "digital family map, Q4 2025", "reason", "quarterly figure"))
                .put(BASE + "/median-income/620000000/2025-Q4").then().statusCode(200)
                .body("created.value.amount", money("100000")).body("created.recordedBy", equalTo("akimat-ulytau"));
        as(OPERATOR).get(BASE + "/median-income/620000000/2025-Q4").then().statusCode(200)
                .body("value.amount", money("100000"));

        // max(35 % × 100 000 = 35 000, 70 % × 46 228 = 32 359.60)
        as(OPERATOR).get(BASE + "/poverty-lines/620000000/2026-Q1").then().statusCode(200)
                .body("value", money("35000.00"))
                .body("medianIncome.value.amount", money("100000"))
                .body("terms.base", contains("MEDIAN_INCOME", "SUBSISTENCE_MINIMUM"))
                .body("terms.amount", contains(money("35000.00"), money("32359.60")))
                .body("terms.chosen", contains(true, false));

        // a lower median: 70 % of the SM wins
        as(ADMIN).body(Map.of("amount", 80000, "source", "digital family map, corrected", "reason", "correction"))
                .put(BASE + "/median-income/620000000/2025-Q4").then().statusCode(200)
                .body("superseded", hasSize(1));
        // order No. 473 publishes whole tenge: 32 359.60 → 32 360
        as(OPERATOR).get(BASE + "/poverty-lines/620000000/2026-Q1").then().statusCode(200)
                .body("value", money("32360.00")).body("computedValue", money("32359.60"))
                .body("terms.chosen", contains(false, true));
    }

    @Test
    void REF05_anAkimatPublishesTheLineOfItsOwnRegionOnlyAndThePublishedFigureTakesPrecedence() {
        String body = """
                {"amount": 12345.00, "source": "akimat resolution of 05.04.2016 No. 12", "reason": "quarterly publication"}""";
        as(AKIMAT_ALMATY).body(body).put(BASE + "/poverty-lines/750000000/2016-Q2").then().statusCode(200)
                .body("created.parameter", equalTo("POVERTY_LINE"))
                .body("created.label", equalTo("750000000/2016-Q2"))
                .body("created.validFrom", equalTo("2016-04-01")).body("created.validTo", equalTo("2016-06-30"));
        as(OPERATOR).get(BASE + "/poverty-lines/750000000/2016-Q2").then().statusCode(200)
                .body("basis", equalTo("PUBLISHED")).body("value", money("12345.00"))
                .body("published.recordedBy", equalTo("akimat-almaty")).body("method", nullValue());

        as(AKIMAT_ALMATY).body(body).put(BASE + "/poverty-lines/710000000/2016-Q2").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("An akimat changes the values of its own region 750000000 only, not of 710000000."));
        as(AKIMAT_WITHOUT_REGION).body(body).put(BASE + "/poverty-lines/750000000/2016-Q3").then().statusCode(403);
        as(OPERATOR).body(body).put(BASE + "/poverty-lines/750000000/2016-Q3").then().statusCode(403);
        as(AKIMAT_ALMATY).body("""
                {"purpose": "SOCIAL_PAYMENTS", "amount": 1, "validFrom": "2030-01-01", "source": "s", "reason": "r"}""")
                .post(BASE + "/mci").then().statusCode(403);
        as(ADMIN).body(body).put(BASE + "/poverty-lines/999000000/2016-Q2").then().statusCode(404);
        // Astana's line of the quarter is still derived by the method: 40 % of 22 859 (2016-Q1)
        as(OPERATOR).get(BASE + "/poverty-lines/710000000/2016-Q2").then().statusCode(200)
                .body("basis", equalTo("METHOD")).body("value", money("9143.60"));

        List<AuditEntry> trail = audit.forEntity("POVERTY_LINE", "750000000");
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("akimat-almaty");
            assertThat(e.action()).isEqualTo("REFERENCE_VERSION_ADDED");
            assertThat(e.reason()).isEqualTo("quarterly publication");
            assertThat(e.details()).containsEntry("value", "12345.00").containsEntry("validFrom", "2016-04-01");
        });
    }

    @Test
    void ELIG06_aChangeByTheMinistryIsANewVersionAndTheOldOneStillAnswersForAnOldDate() {
        Integer created = as(ADMIN).body("""
                        {"sex": "MALE", "years": 65, "validFrom": "2035-01-01",
                         "source": "test amendment of the Social Code", "reason": "test: men's age from 2035"}""")
                .post(BASE + "/retirement-ages").then().statusCode(201)
                .body("created.value.years", money("65")).body("created.validTo", nullValue())
                .body("created.recordedBy", equalTo("admin1"))
                .body("closed[0].validToBefore", nullValue()).body("closed[0].validToNow", equalTo("2034-12-31"))
                .extract().path("created.id");

        as(OPERATOR).get(BASE + "/retirement-ages/2031-06-01").then().statusCode(200).body("text", contains("63", "63"));
        as(OPERATOR).get(BASE + "/retirement-ages/2034-12-31").then().statusCode(200).body("text", contains("63", "63"));
        as(OPERATOR).get(BASE + "/retirement-ages/2035-01-01").then().statusCode(200).body("text", contains("63", "65"));

        // a correction of the same version supersedes it; it stays readable
        as(ADMIN).body("""
                        {"sex": "MALE", "years": 64.5, "validFrom": "2035-01-01",
                         "source": "test amendment, corrected", "reason": "test: correction"}""")
                .post(BASE + "/retirement-ages").then().statusCode(201).body("superseded", contains(created));
        as(OPERATOR).get(BASE + "/retirement-ages/2035-01-01").then().statusCode(200).body("text", contains("63", "64.5"));
        as(OPERATOR).queryParam("sex", "MALE").queryParam("includeSuperseded", true).get(BASE + "/retirement-ages")
                .then().statusCode(200)
                .body("find { it.id == " + created + " }.active", equalTo(false))
                .body("find { it.id == " + created + " }.value.years", money("65"));

        List<AuditEntry> trail = audit.forEntity("RETIREMENT_AGE", "MALE");
        assertThat(trail).filteredOn(e -> e.reason().startsWith("test: "))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("admin1", "REFERENCE_VERSION_ADDED", "test: men's age from 2035"),
                        org.assertj.core.groups.Tuple.tuple("admin1", "REFERENCE_VERSION_ADDED", "test: correction"));
        assertThat(trail).filteredOn(e -> e.reason().equals("test: men's age from 2035")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("ruleId", "ELIG-06").containsEntry("value", "65")
                        .containsEntry("validFrom", "2035-01-01").containsKey("closed"));

        as(ADMIN).body("""
                {"purpose": "SOCIAL_PAYMENTS", "validFrom": "2030-01-01", "validTo": "2029-01-01", "reason": " "}""")
                .post(BASE + "/mci").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("amount", "source", "reason"));
        as(ADMIN).body("""
                {"purpose": "SOCIAL_PAYMENTS", "amount": 1, "validFrom": "2030-01-01", "validTo": "2029-01-01",
                 "source": "s", "reason": "r"}""")
                .post(BASE + "/mci").then().statusCode(400).body("violations.field", contains("validTo"));
        as(ADMIN).body("""
                {"foodPercent": 55, "nonFoodPercent": 40, "validFrom": "2030-01-01", "source": "s", "reason": "r"}""")
                .post(BASE + "/food-split").then().statusCode(400).body("violations.field", contains("nonFoodPercent"));
    }

    @Test
    void REF03_thePlaceholderBasketIsShownWithItsEnergyCheckButNeverFeedsTheSm() {
        as(OPERATOR).queryParam("region", "750000000").queryParam("quarter", "2025-Q4").get(BASE + "/basket/cost")
                .then().statusCode(200)
                .body("placeholder", equalTo(true))
                .body("monthlyCost", money("26874.65"))
                .body("lines", hasSize(13))
                .body("lines.find { it.itemCode == 'BREAD' }.monthlyCost", money("3969.38"))
                .body("energy.kcalPerDay", money("1444.5"))
                .body("energy.targetKcalPerDay", equalTo(2175))
                .body("energy.meetsTarget", equalTo(false));
        as(OPERATOR).get(BASE + "/subsistence-minimum/750000000/2025-Q4").then().statusCode(200)
                .body("basis", equalTo("PUBLISHED")).body("value", money("46228"))
                .body("placeholderBasketIgnored", equalTo(true));
        as(OPERATOR).queryParam("on", "2025-10-01").get(BASE + "/basket/items").then().statusCode(200)
                .body("$", hasSize(13)).body("value.placeholder", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .body("source", org.hamcrest.Matchers.everyItem(startsWith("placeholder — official list")));
        as(OPERATOR).queryParam("region", "710000000").queryParam("quarter", "2025-Q4").get(BASE + "/basket/cost")
                .then().statusCode(422).body("ruleId", equalTo("REF-03"))
                .body("parameters.parameter", equalTo("BASKET_PRICE"))
                .body("parameters.key", equalTo("710000000/BREAD/2025-Q4"));
    }

    @Test
    void REF02_REF01_anOfficialBasketGivesTheSmOfItsQuarterByTheSplitInForce() {
        as(ADMIN).body("""
                        {"code": "TEST_FLOUR", "nameKk": "Ұн", "nameRu": "Мука", "nameEn": "Flour", "unit": "KG",
                         "yearlyNorm": 120, "kcalPerUnit": 3340, "validFrom": "2016-01-01", "validTo": "2018-03-31",
                         "source": "test basket of one item", "reason": "test: official basket"}""")
                .post(BASE + "/basket/items").then().statusCode(201).body("created.value.placeholder", equalTo(false));
        String prices = """
                {"prices": [{"itemCode": "TEST_FLOUR", "price": 100.00}], "source": "test prices", "reason": "test"}""";
        as(ADMIN).body(prices).put(BASE + "/basket/prices/100000000/2017-Q4").then().statusCode(200)
                .body("[0].created.label", equalTo("100000000/TEST_FLOUR/2017-Q4"));
        as(ADMIN).body(prices).put(BASE + "/basket/prices/100000000/2018-Q1").then().statusCode(200);

        // 120 kg × 100 ₸ / 12 = 1 000 ₸ of food a month: SM = 1000 / 0.60 in 2017, 1000 / 0.55 in 2018
        as(OPERATOR).get(BASE + "/subsistence-minimum/100000000/2017-Q4").then().statusCode(200)
                .body("basis", equalTo("FOOD_BASKET")).body("value", money("1666.67"))
                .body("foodBasketCost", money("1000.00")).body("nonFoodPart", money("666.67"))
                .body("foodSplit.value.foodPercent", money("60"));
        as(OPERATOR).get(BASE + "/subsistence-minimum/100000000/2018-Q1").then().statusCode(200)
                .body("value", money("1818.18")).body("foodSplit.value.foodPercent", money("55"));
        // the line of 2018-Q1 is 50 % of the basket SM of 2017-Q4
        as(OPERATOR).get(BASE + "/poverty-lines/100000000/2018-Q1").then().statusCode(200)
                .body("value", money("833.34")).body("subsistenceMinimum.basis", equalTo("FOOD_BASKET"));
        as(OPERATOR).queryParam("region", "100000000").queryParam("quarter", "2017-Q4").get(BASE + "/basket/cost")
                .then().statusCode(200).body("energy.kcalPerDay", money("1098.1"))
                .body("energy.meetsTarget", equalTo(false)).body("placeholder", equalTo(false));

        // an item that is not in the basket of the quarter is refused; a duplicate is a 400
        as(ADMIN).body("""
                        {"prices": [{"itemCode": "BREAD", "price": 1}], "source": "s", "reason": "r"}""")
                .put(BASE + "/basket/prices/100000000/2017-Q3").then().statusCode(422)
                .body("ruleId", equalTo("REF-03")).body("violations.field", contains("prices.BREAD"));
        as(ADMIN).body("""
                        {"prices": [{"itemCode": "TEST_FLOUR", "price": 1}, {"itemCode": "TEST_FLOUR", "price": 2}],
                         "source": "s", "reason": "r"}""")
                .put(BASE + "/basket/prices/100000000/2017-Q3").then().statusCode(400)
                .body("violations.field", contains("prices[1].itemCode"));
        as(AKIMAT_ALMATY).body(prices).put(BASE + "/basket/prices/100000000/2017-Q3").then().statusCode(403);
    }

    @Test
    void REF05_ELIG06_CON04_theDecisionParametersPortReturnsTheVersionsItUsed() {
        var loader = new DecisionParametersLoader(referenceData);
        DecisionParameters p = loadInTransaction(loader, new RegionCode("750000000"), Quarter.parse("2024-Q1"),
                LocalDate.parse("2024-02-15"));

        assertThat(p.povertyLine()).isEqualTo(Tenge.of("28397.00"));
        assertThat(p.retirementAgeMen()).isEqualByComparingTo("63");
        assertThat(p.retirementAgeWomen()).isEqualByComparingTo("61");
        assertThat(p.contractTermMonths()).isEqualTo(6);
        assertThat(p.versions()).extracting(ParameterVersion::parameter).containsExactly("POVERTY_LINE",
                "POVERTY_LINE_METHOD", "SUBSISTENCE_MINIMUM", "RETIREMENT_AGE", "RETIREMENT_AGE", "CONTRACT_TERM",
                "INCOME_PERIOD");
        // ELIG-03: the income period is a dated parameter too (V22: 3 months, the quarter before)
        assertThat(p.incomePeriodMonths()).isEqualTo(3);
        assertThat(p.versions().getLast().value()).isEqualTo("3");
        assertThat(p.versions().getLast().versionId()).isPositive();
        assertThat(p.versions().getFirst()).isEqualTo(new ParameterVersion("POVERTY_LINE", "750000000/2024-Q1",
                "28397.00", LocalDate.parse("2024-01-01"), 0));
        ParameterVersion sm = p.versions().get(2);
        assertThat(sm.key()).isEqualTo("750000000/2023-Q4");
        assertThat(sm.value()).isEqualTo("40567.00");
        assertThat(sm.effectiveFrom()).isEqualTo(LocalDate.parse("2023-10-01"));
        assertThat(sm.versionId()).isPositive();
        assertThat(p.versions().get(1).value()).isEqualTo("70 % of SM, whole tenge");
        assertThat(p.versions().subList(3, 6)).extracting(ParameterVersion::key, ParameterVersion::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MALE", "63"),
                        org.assertj.core.groups.Tuple.tuple("FEMALE", "61"),
                        org.assertj.core.groups.Tuple.tuple("national", "6"));
        assertThat(p.versions()).allSatisfy(v -> assertThat(v.versionId() > 0 || v.parameter().equals("POVERTY_LINE")).isTrue());

        assertThatThrownBy(() -> loadInTransaction(loader, new RegionCode("750000000"), Quarter.parse("2019-Q2"),
                LocalDate.parse("2019-05-01")))
                .isInstanceOfSatisfying(MissingReferenceDataException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("POVERTY_LINE_METHOD");
                    assertThat(e.date()).isEqualTo(LocalDate.parse("2019-04-01"));
                });
        assertThatThrownBy(() -> loadInTransaction(loader, new RegionCode("750000000"), Quarter.parse("2017-Q2"),
                LocalDate.parse("2017-05-01")))
                .isInstanceOfSatisfying(MissingReferenceDataException.class,
                        e -> assertThat(e.parameter()).isEqualTo("CONTRACT_TERM"));
        // a code that is not one of the 20 regions cannot even be named (kernel RegionCode), so never gets a default
        assertThatThrownBy(() -> new RegionCode("999000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ELIG06_theSeededScheduleKeepsAWomanWhoReached58AndAHalfIn2018OfRetirementAgeAfterThe2019Rise() {
        var loader = new DecisionParametersLoader(referenceData);
        RegionCode almaty = new RegionCode("750000000");
        var woman = kz.gov.tsa.eligibility.domain.FamilyMember.basic(
                kz.gov.tsa.kernel.Iin.parse(kz.gov.tsa.testing.persons.TestIins.woman("1960-03-15")),
                LocalDate.parse("1960-03-15"), kz.gov.tsa.eligibility.domain.FamilyMember.Relation.APPLICANT);
        java.util.function.Function<String, kz.gov.tsa.eligibility.domain.decision.Decision> decideOn = day -> {
            LocalDate on = LocalDate.parse(day);
            DecisionParameters p = loadInTransaction(loader, almaty, Quarter.of(on), on);
            return kz.gov.tsa.eligibility.domain.decision.EligibilityPolicy.decide(
                    new kz.gov.tsa.eligibility.domain.decision.EligibilityCase(List.of(woman), Quarter.of(on), on, on), p);
        };

        // 58.5 in force in 2018: reached on 2018-09-15
        assertThat(decideOn.apply("2018-09-14")).isInstanceOf(kz.gov.tsa.eligibility.domain.decision.Decision.Conditional.class);
        assertThat(decideOn.apply("2018-09-15")).isInstanceOf(kz.gov.tsa.eligibility.domain.decision.Decision.Unconditional.class);
        // 59 in force from 2019-01-01: she has reached the age of 2018 and stays of retirement age
        DecisionParameters p2019 = loadInTransaction(loader, almaty, Quarter.parse("2019-Q1"), LocalDate.parse("2019-02-01"));
        assertThat(p2019.retirementAgeWomen()).isEqualByComparingTo("59");
        assertThat(p2019.retirementSchedule(kz.gov.tsa.kernel.Sex.FEMALE))
                .extracting(s -> s.years().stripTrailingZeros().toPlainString())
                .containsSubsequence("58", "58.5", "59").doesNotContain("59.5");
        assertThat(decideOn.apply("2019-02-01")).isInstanceOf(kz.gov.tsa.eligibility.domain.decision.Decision.Unconditional.class);
    }

    static DecisionParameters loadInTransaction(DecisionParametersLoader loader, RegionCode region, Quarter quarter,
                                                LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> loader.load(region, quarter, on));
    }

    @Test
    void theReferenceApiIsDocumented() {
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(BASE + "/poverty-lines/{regionCode}/{quarter}"))
                .body("paths", org.hamcrest.Matchers.hasKey(BASE + "/basket/cost"))
                .body("paths.'" + BASE + "/mci'.post.responses.'201'.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue());
    }
}
