package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.web.StrictProblems.naming;
import static kz.gov.tsa.web.StrictProblems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A JSON request body means exactly what it says, or it is a 400 problem naming the field (StrictJson). */
@QuarkusTest
class StrictJsonBodyTest {

    private static final String MEMBER = "{\"iin\": \"900101300123\", \"relation\": \"CHILD\", \"share\": 50.5}";
    private static final String VALID = """
            {"name": "Әлеуметтік көмек", "relation": "SPOUSE", "disabled": false, "size": 3, "amount": 100,
             "month": "2024-05", "members": [%s], "quarter": "2024-Q3", "share": 12.25}""".formatted(MEMBER);

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/strict/write").then();
    }

    private static ValidatableResponse refused(String body, String field) {
        return naming(post(body), 400, ProblemType.MALFORMED_BODY, field);
    }

    @Test
    void validBodyWithKazakhTextIsAccepted() {
        post(VALID).statusCode(200)
                .body("name", equalTo("Әлеуметтік көмек"))
                .body("amount", equalTo(100))
                .body("members", equalTo(1));
        given().contentType(ContentType.JSON).body(VALID).queryParam("note", "Әлеуметтік").queryParam("month", "2024-05")
                .queryParam("quarter", "2024-Q3").queryParam("count", 2)
                .when().post("/strict/write").then().statusCode(200)
                .body("note", equalTo("Әлеуметтік"))
                .body("month", equalTo("2024-05"));
    }

    @Test
    void duplicateKeyIsA400NamingTheKey() {
        refused("{\"name\": \"a\", \"size\": 1, \"name\": \"b\"}", "name")
                .body("violations", hasSize(1))
                .body("violations[0].message", equalTo("Duplicate key: each key may appear only once in an object."));
        refused("{\"members\": [" + MEMBER + ", {\"iin\": \"1\", \"iin\": \"2\"}]}", "members[1].iin");
        refused("{\"share\": 1, \"members\": [], \"members\": []}", "members");
    }

    @Test
    void duplicateKeyIsExplainedInEveryLanguage() {
        String body = "{\"name\": \"a\", \"name\": \"b\"}";
        naming(given().contentType(ContentType.JSON).body(body).when().post("/strict/write").then(), 400,
                ProblemType.MALFORMED_BODY, "name")
                .header("Content-Language", "kk")
                .body("violations[0].message", equalTo("Кілт қайталанған: нысандағы әр кілт бір рет қана берілуі керек."));
        naming(given().contentType(ContentType.JSON).header("Accept-Language", "ru").body(body)
                .when().post("/strict/write").then(), 400, ProblemType.MALFORMED_BODY, "name")
                .body("violations[0].message",
                        equalTo("Повторяющийся ключ: каждый ключ может встречаться в объекте только один раз."));
    }

    @Test
    void nulInABodyStringIsA400NamingTheField() {
        refused("{\"name\": \"Әлеу\\u0000меттік\"}", "name")
                .body("violations[0].message", equalTo("Must not contain the NUL character (U+0000)."));
        refused("{\"members\": [" + MEMBER + ", {\"iin\": \"\\u0000\"}]}", "members[1].iin");
        refused("{\"relation\": \"SPOUSE\\u0000\"}", "relation");
        refused("{\"na\\u0000me\": \"x\"}", "na\\u0000me");
    }

    @Test
    void anEscapedBackslashBeforeU0000IsNotANul() {
        post("{\"name\": \"C:\\\\u0000\"}").statusCode(200).body("name", equalTo("C:\\u0000"));
    }

    @Test
    void valueTypeRefusedByItsConstructorIsA400NamingTheField() {
        refused("{\"month\": \"0000-01\"}", "month")
                .body("violations[0].message", equalTo("Invalid value."));
        refused("{\"month\": \"9999-12\"}", "month");
        refused(VALID.replace("2024-05", "1999-12"), "month"); // refused when the record is built on its last value
        refused("{\"quarter\": \"2000-Q1\"}", "quarter");
        refused("{\"quarter\": \"2024-Q5\"}", "quarter");
        refused("{\"share\": 1e-30}", "share");
        refused("{\"members\": [" + MEMBER + ", {\"iin\": \"900101300123\", \"share\": 0}]}", "members[1].share");
        refused("{\"month\": \"2024-13\"}", "month")
                .body("violations[0].message", equalTo("Invalid value; expected year-month (YYYY-MM)."));
    }

    @Test
    void enumFromANumberIsRefused() {
        refused("{\"relation\": 0}", "relation");
        refused("{\"members\": [{\"relation\": 1}]}", "members[0].relation");
        refused("{\"relation\": \"0\"}", "relation");
    }

    @Test
    void booleanFromANumberOrAStringIsRefused() {
        refused("{\"disabled\": 1}", "disabled");
        refused("{\"disabled\": 0}", "disabled");
        refused("{\"disabled\": \"true\"}", "disabled");
    }

    @Test
    void stringFromANumberOrABooleanIsRefused() {
        refused("{\"name\": 123}", "name")
                .body("violations[0].message", equalTo("Invalid value; expected string."));
        refused("{\"members\": [{\"iin\": 900101300123}]}", "members[0].iin");
        refused("{\"name\": true}", "name");
        refused("{\"name\": 1.5}", "name");
    }

    @Test
    void numberFromAStringIsRefused() {
        refused("{\"amount\": \"1e3\"}", "amount")
                .body("violations[0].message", equalTo("Invalid value; expected number."));
        refused("{\"amount\": \"100\"}", "amount");
        refused("{\"size\": \"5\"}", "size");
        refused("{\"share\": \"50\"}", "share");
    }

    @Test
    void fractionForAnIntegerIsRefused() {
        refused("{\"size\": 12.5}", "size");
        refused("{\"size\": 12.0}", "size");
    }

    @Test
    void nullForAPrimitiveIsRefused() {
        refused("{\"size\": null}", "size");
        refused("{\"disabled\": null}", "disabled");
    }

    @Test
    void integerForADecimalIsNotACoercion() {
        post("{\"amount\": 1000}").statusCode(200).body("amount", equalTo(1000));
        post("{\"amount\": 1000.50, \"share\": 100}").statusCode(200);
    }

    @Test
    void trailingContentAfterTheBodyIsA400() {
        problem(post(VALID + " xyz"), 400, ProblemType.MALFORMED_BODY).body("violations", hasSize(1));
        problem(post(VALID + " {\"name\": \"again\"}"), 400, ProblemType.MALFORMED_BODY)
                .body("violations[0].field", nullValue())
                .body("violations[0].message", equalTo("Unexpected content after the JSON value."));
        problem(post("{\"name\": \"a\"}{\"name\": \"b\"}"), 400, ProblemType.MALFORMED_BODY)
                .body("violations[0].message", equalTo("Unexpected content after the JSON value."));
        problem(post("{\"name\": \"a\"} 5"), 400, ProblemType.MALFORMED_BODY);
        post(VALID + " \n ").statusCode(200);
    }

    @Test
    void unknownPropertyIsA400NamingIt() {
        refused("{\"name\": \"a\", \"nickname\": \"b\"}", "nickname")
                .body("violations[0].message", equalTo("Unknown field."));
        refused("{\"members\": [{\"iin\": \"900101300123\", \"role\": \"head\"}]}", "members[0].role");
    }
}
