package kz.gov.tsa.calendar;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.gov.tsa.testing.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** {@code /api/v1/calendar} over the seeded database: answers, problems (404 naming the year, 400 naming the parameter), security. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestSecurity(user = "operator1", roles = "operator")
class CalendarResourceTest {

    @Test
    void EMP10_aYearListsItsDaysOffAndTransfersWithNamesAndSources() {
        given().when().get("/api/v1/calendar/2026").then().statusCode(200)
                .body("year", equalTo(2026))
                .body("complete", equalTo(true))
                .body("workingDays", equalTo(246))
                .body("daysOff", equalTo(119))
                .body("entries", hasSize(21))
                .body("entries.find { it.date == '2026-03-24' }.kind", equalTo("MOVED_DAY_OFF"))
                .body("entries.find { it.date == '2026-03-24' }.counterpart", equalTo("2026-03-21"))
                .body("entries.find { it.date == '2026-03-21' }.name.kk", equalTo("Наурыз мейрамы"))
                .body("entries.find { it.date == '2026-05-27' }.name.en", equalTo("Kurban Ait (first day)"))
                .body("entries.find { it.date == '2026-05-27' }.source.urls", hasItem(startsWith("https://")));
        given().when().get("/api/v1/calendar/2024").then().statusCode(200)
                .body("entries.find { it.date == '2024-05-04' }.kind", equalTo("TRANSFERRED_WORKING_DAY"))
                .body("entries.find { it.date == '2024-05-04' }.workingDay", equalTo(true))
                .body("daysOff", equalTo(117));
    }

    @Test
    void EMP10_anIncompleteYearIsShownAsIncompleteWithoutCounts() {
        given().when().get("/api/v1/calendar/2021").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("workingDays", nullValue())
                .body("note", startsWith("the Kurban Ait date of 2021"));
    }

    @Test
    void EMP10_aYearWithoutDataIsA404NamingTheYear() {
        given().header("Accept-Language", "en").when().get("/api/v1/calendar/2031").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:not-found"))
                .body("parameters.year", equalTo(2031))
                .body("parameters.reason", equalTo("NO_DATA"))
                .body("parameters.message", equalTo("no working-day calendar for 2031"));
        given().when().get("/api/v1/calendar/working-days?from=2027-05-13&add=2").then().statusCode(404)
                .body("parameters.year", equalTo(2027))
                .body("parameters.reason", equalTo("INCOMPLETE"))
                .body("parameters.message", startsWith("the working-day calendar for 2027 is incomplete: known through 2027-05-14"));
        given().when().get("/api/v1/calendar/working-days/2023-06-01").then().statusCode(404)
                .body("parameters.year", equalTo(2023))
                .body("parameters.reason", equalTo("INCOMPLETE"));
    }

    @Test
    void EMP10_D80_2027IsKnownThroughMidMaySoAWindowOverNewYearIsCounted() {
        given().when().get("/api/v1/calendar/2027").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("knownThrough", equalTo("2027-05-14"))
                .body("workingDays", nullValue())
                .body("entries.find { it.date == '2027-01-04' }.counterpart", equalTo("2027-01-02"));
        given().when().get("/api/v1/calendar/working-days?from=2026-12-30&add=3").then().statusCode(200)
                .body("result", equalTo("2027-01-06"))
                .body("skipped.date", contains("2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04"))
                .body("skipped.kind", contains("HOLIDAY", "HOLIDAY", "WEEKEND", "MOVED_DAY_OFF"));
        given().when().get("/api/v1/calendar/2026").then().statusCode(200).body("knownThrough", nullValue());
    }

    @Test
    void EMP10_threeWorkingDaysAfter20March2026SkipNauryzItsMovedDaysAndAWeekend() {
        given().when().get("/api/v1/calendar/working-days?from=2026-03-20&add=3").then().statusCode(200)
                .body("from", equalTo("2026-03-20"))
                .body("add", equalTo(3))
                .body("result", equalTo("2026-03-30"))
                .body("skipped.date", contains("2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25",
                        "2026-03-28", "2026-03-29"))
                .body("skipped.kind", contains("HOLIDAY", "HOLIDAY", "HOLIDAY", "MOVED_DAY_OFF", "MOVED_DAY_OFF",
                        "WEEKEND", "WEEKEND"))
                .body("skipped[5].name.ru", equalTo("Выходной день (суббота)"));
    }

    @Test
    void EMP10_oneDaySaysWhetherItIsAWorkingDayAndWhyNot() {
        given().when().get("/api/v1/calendar/working-days/2024-05-08").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("kind", equalTo("TRANSFERRED_DAY_OFF"))
                .body("counterpart", equalTo("2024-05-04"))
                .body("dayOfWeek", equalTo("WEDNESDAY"));
        given().when().get("/api/v1/calendar/working-days/2024-05-04").then().statusCode(200)
                .body("workingDay", equalTo(true))
                .body("kind", equalTo("TRANSFERRED_WORKING_DAY"));
        given().when().get("/api/v1/calendar/working-days/2026-02-14").then().statusCode(200)
                .body("workingDay", equalTo(false)).body("kind", equalTo("WEEKEND"));
        given().when().get("/api/v1/calendar/working-days/2026-02-17").then().statusCode(200)
                .body("workingDay", equalTo(true)).body("kind", equalTo("WORKING_DAY")).body("name", nullValue());
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        given().header("Accept-Language", "en").when().get("/api/v1/calendar/working-days?from=2026-03-20&add=-1")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:validation"))
                .body("violations.field", contains("add"))
                .body("violations[0].message", equalTo("must be greater than or equal to 0"));
        given().when().get("/api/v1/calendar/working-days?from=20.03.2026&add=three").then().statusCode(400)
                .body("violations.field", contains("from", "add"));
        given().when().get("/api/v1/calendar/working-days").then().statusCode(400)
                .body("violations.field", contains("from", "add"));
        given().when().get("/api/v1/calendar/working-days/2026-02-30").then().statusCode(400)
                .body("violations.field", contains("date"));
        given().header("Accept-Language", "ru").when().get("/api/v1/calendar/twenty").then().statusCode(400)
                .body("violations.field", contains("year"))
                .body("violations[0].message", equalTo("Недопустимое значение; ожидается YYYY."));
    }

    @Test
    void theOpenApiDocumentDescribesEachOperationWithAnExample() {
        Map<String, Object> paths = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        assertThat(paths).containsKeys("/api/v1/calendar/{year}", "/api/v1/calendar/working-days",
                "/api/v1/calendar/working-days/{date}");
        String json = given().when().get("/q/openapi?format=json").then().extract().asString();
        assertThat(json).contains("\"result\" : \"2026-03-30\"", "TRANSFERRED_DAY_OFF", "no working-day calendar for 2031",
                "\"example\" : \"2026-03-20\"");
    }

    @Test
    @TestSecurity
    void anonymousCallersAreRefused() {
        given().when().get("/api/v1/calendar/2026").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
