package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A refusal value returned by a use case becomes one problem, mapped once here (no per-endpoint wrapper). */
@QuarkusTest
class RefusalMapperTest {

    @ParameterizedTest
    @CsvSource({ "invalid,400,validation,ELIG-14", "forbidden,403,forbidden,", "not-found,404,not-found,",
            "conflict,409,conflict,ELIG-02", "unprocessable,422,unprocessable,ELIG-10" })
    void eachKindOfRefusalHasItsStatusTypeAndRule(String kind, int status, String type, String ruleId) {
        given().header("Accept-Language", "en").when().get("/refusal/" + kind).then()
                .statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:" + type))
                .body("ruleId", ruleId == null ? nullValue() : equalTo(ruleId));
    }

    @Test
    void fieldsFactsAndTextsOfTheRefusalAreRendered() {
        given().header("Accept-Language", "en").when().get("/refusal/conflict").then()
                .statusCode(409)
                .body("detail", equalTo("The application has already been submitted."))
                .body("violations.field", contains("members[1].iin"))
                .body("violations[0].message", equalTo("This IIN is used in another application."))
                .body("parameters.otherApplicationId", equalTo("a-1"));
        given().header("Accept-Language", "en").when().get("/refusal/unprocessable").then()
                .statusCode(422).body("detail", equalTo("Family income (250000 KZT) exceeds the threshold (100000 KZT)."));
    }
}
