package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Every kind of error a service can produce comes back as localized problem+json. */
@QuarkusTest
class ProblemMappersTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void problemExceptionCarriesRuleIdDetailAndParametersInKazakhByDefault() {
        problem(given().when().get("/probe/rule").then(), 422, "unprocessable")
                .header("Content-Language", "kk")
                .body("ruleId", equalTo("ELIG-10"))
                .body("title", equalTo("Сұранысты орындау мүмкін емес"))
                .body("detail", equalTo("Отбасының табысы (250000 теңге) шекті мәннен (100000 теңге) асады."))
                .body("instance", equalTo("/probe/rule"))
                .body("parameters.threshold", equalTo(100000))
                .body("errorId", nullValue())
                .body("violations", nullValue());
    }

    @Test
    void languageFollowsAcceptLanguage() {
        problem(given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").when().get("/probe/rule").then(),
                422, "unprocessable")
                .header("Content-Language", "ru")
                .body("title", equalTo("Запрос не может быть выполнен"))
                .body("detail", equalTo("Доход семьи (250000 тенге) превышает порог (100000 тенге)."));
        problem(given().header("Accept-Language", "en").when().get("/probe/rule").then(), 422, "unprocessable")
                .header("Content-Language", "en")
                .body("title", equalTo("Request cannot be processed"))
                .body("detail", equalTo("Family income (250000 KZT) exceeds the threshold (100000 KZT)."));
        problem(given().header("Accept-Language", "de-DE, fr;q=0.8").when().get("/probe/rule").then(), 422,
                "unprocessable")
                .header("Content-Language", "kk");
        problem(given().header("Accept-Language", "de, en;q=0.3").when().get("/probe/rule").then(), 422,
                "unprocessable")
                .header("Content-Language", "en");
    }

    @Test
    void serviceBundleOverridesLibraryTitleAndLocalizesViolations() {
        problem(given().when().get("/probe/conflict").then(), 409, "conflict")
                .body("ruleId", equalTo("ELIG-02"))
                .body("title", equalTo("Өтініш күйіне қайшылық"))
                .body("violations.field", contains("iin"))
                .body("violations[0].message", equalTo("Бұл ЖСН басқа өтініште көрсетілген."));
        problem(given().header("Accept-Language", "ru").when().get("/probe/conflict").then(), 409, "conflict")
                .body("title", equalTo("Конфликт с текущим состоянием"))
                .body("violations[0].message", equalTo("Этот ИИН указан в другом заявлении."));
    }

    @Test
    void notFoundProblem() {
        problem(given().header("Accept-Language", "en").when().get("/probe/applications/A-17").then(), 404,
                "not-found")
                .body("ruleId", nullValue())
                .body("detail", equalTo("Application A-17 was not found."));
    }

    @Test
    void bodyValidationListsEveryViolationWithReadableFieldPaths() {
        String body = """
                {"name": " ", "members": [{"iin": "12345", "birthDate": "2001-02-03"},
                                          {"iin": "900101300123"}]}""";
        problem(given().contentType(ContentType.JSON).body(body).when().post("/probe/submit").then(), 400,
                "validation")
                .header("Content-Language", "kk")
                .body("title", equalTo("Деректер тексеруден өтпеді"))
                .body("violations", hasSize(2))
                .body("violations.field", contains("members[0].iin", "name"))
                .body("violations.find { it.field == 'name' }.message", equalTo("бос болмауы керек"))
                .body("violations.find { it.field == 'members[0].iin' }.message",
                        equalTo("\"\\d{12}\" үлгісіне сәйкес болуы керек"));
        problem(given().header("Accept-Language", "ru").contentType(ContentType.JSON).body(body)
                .when().post("/probe/submit").then(), 400, "validation")
                .body("title", equalTo("Ошибка проверки данных"))
                .body("violations.find { it.field == 'name' }.message", equalTo("не должно быть пустым"));
        problem(given().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/probe/submit").then(), 400, "validation")
                .body("violations.find { it.field == 'name' }.message", equalTo("must not be blank"));
    }

    @Test
    void serviceBundleLocalizesItsOwnValidationMessageKeys() {
        String body = "{\"name\": \"x\", \"region\": \"almaty\"}";
        problem(given().contentType(ContentType.JSON).body(body).when().post("/probe/submit").then(), 400,
                "validation")
                .body("violations.field", contains("region"))
                .body("violations[0].message", equalTo("Өңір коды үш бас әріптен тұруы керек"));
        problem(given().header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/probe/submit").then(), 400, "validation")
                .body("violations[0].message", equalTo("Region code must be three capital letters"));
    }

    @Test
    void missingBodyAndQueryParameterViolations() {
        problem(given().contentType(ContentType.JSON).when().post("/probe/submit").then(), 400, "validation")
                .body("violations.field", contains("request"));
        problem(given().queryParam("size", 0).header("Accept-Language", "en").when().get("/probe/page").then(),
                400, "validation")
                .body("violations.field", contains("size"))
                .body("violations[0].message", equalTo("must be greater than or equal to 1"));
    }

    @Test
    void malformedJsonIs400WithLocation() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\",, }").header("Accept-Language", "en")
                .when().post("/probe/submit").then(), 400, "malformed-body")
                .body("violations", hasSize(1))
                .body("violations[0].field", nullValue())
                .body("violations[0].message", startsWith("Malformed JSON at line 1, column"));
    }

    @Test
    void wrongJsonTypesNameTheJsonPath() {
        problem(given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"name\": \"x\", \"members\": [{\"iin\": \"900101300123\"}, {\"iin\": \"900101300123\","
                        + " \"birthDate\": \"yesterday\"}]}")
                .when().post("/probe/submit").then(), 400, "malformed-body")
                .body("violations.field", contains("members[1].birthDate"))
                .body("violations[0].message", equalTo("Invalid value; expected date (YYYY-MM-DD)."));
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"kind\": \"CLAN\"}")
                .when().post("/probe/submit").then(), 400, "malformed-body")
                .body("violations.field", contains("kind"))
                .body("violations[0].message", equalTo("Мән жарамсыз; рұқсат етілген мәндер: FAMILY, SINGLE."));
        problem(given().contentType(ContentType.JSON).header("Accept-Language", "ru")
                .body("{\"name\": \"x\", \"size\": {\"a\": 1}}")
                .when().post("/probe/submit").then(), 400, "malformed-body")
                .body("violations.field", contains("size"))
                .body("violations[0].message", equalTo("Недопустимое значение; ожидается number."));
        problem(given().contentType(ContentType.JSON).body("[1, 2]").when().post("/probe/submit").then(), 400,
                "malformed-body")
                .body("violations", hasSize(1));
    }

    @Test
    void unknownPathsAre404() {
        problem(given().header("Accept-Language", "en").when().get("/no/such/thing").then(), 404, "not-found")
                .body("title", equalTo("Resource not found"))
                .body("instance", equalTo("/no/such/thing"));
        problem(given().when().get("/probe/no-such-method").then(), 404, "not-found")
                .body("title", equalTo("Ресурс табылмады"));
    }

    @Test
    void wrongMethodMediaTypeAndAccept() {
        problem(given().header("Accept-Language", "en").when().delete("/probe/rule").then(), 405,
                "method-not-allowed")
                .body("detail", equalTo("The HTTP method DELETE is not supported by this resource."));
        problem(given().contentType(ContentType.TEXT).body("hello").when().post("/probe/submit").then(), 415,
                "unsupported-media-type");
        problem(given().accept(ContentType.XML).when().get("/probe/ok").then(), 406, "not-acceptable");
        problem(given().when().get("/probe/teapot").then(), 418, "http-error")
                .body("detail", containsString("418"));
    }

    @Test
    void unexpectedErrorIs500WithErrorIdAndNoInternals() {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(handler);
        try {
            String body = problem(given().header("Accept-Language", "en").when().get("/probe/boom").then(), 500,
                    "internal")
                    .body("errorId", matchesPattern(UUID))
                    .body("title", equalTo("Internal server error"))
                    .extract().asString();
            String errorId = io.restassured.path.json.JsonPath.from(body).getString("errorId");
            assertThat(body).contains("An unexpected error occurred; quote error id " + errorId + " to support.")
                    .doesNotContain("IllegalState", "secret", "java.", "Exception", "900101300123", "at kz.");
            assertThat(logged).anySatisfy(r -> {
                assertThat(r.getLevel().intValue()).isGreaterThanOrEqualTo(Level.SEVERE.intValue());
                assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class);
                assertThat(formatted(r)).contains(errorId).doesNotContain("900101300123");
            });
        } finally {
            logger.removeHandler(handler);
        }
        problem(given().when().get("/probe/boom").then(), 500, "internal")
                .header("Content-Language", "kk")
                .body("detail", startsWith("Күтпеген қате орын алды"));
    }

    @Test
    void otherServerErrorsKeepTheirStatusButHideTheMessage() {
        String body = problem(given().when().get("/probe/unavailable").then(), 503, "http-error")
                .body("errorId", matchesPattern(UUID))
                .extract().asString();
        assertThat(body).doesNotContain("downstream", "registry");
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterInTheCallersLanguage() {
        problem(given().header("Accept-Language", "ru").when().get("/probe/database-down").then(), 503,
                "service-unavailable")
                .header("Retry-After", "5")
                .body("title", equalTo("Сервис временно недоступен"))
                .body("detail", containsString("5"))
                .body("errorId", nullValue());
    }

    @Test
    void aSqlErrorThatIsNotAnOutageStaysA500() {
        problem(given().when().get("/probe/sql-bug").then(), 500, "internal")
                .body("errorId", matchesPattern(UUID));
    }

    private static String formatted(LogRecord r) {
        return r instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
    }
}
