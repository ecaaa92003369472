package kz.gov.tsa.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Assertions shared by the strict-input tests. */
final class StrictProblems {

    private StrictProblems() {
    }

    /** A problem+json answer of this status and type, with a title and a detail. */
    static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:" + slug))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    /** A problem of this status and type whose first violation names {@code field}. */
    static ValidatableResponse naming(ValidatableResponse response, int status, String slug, String field) {
        return problem(response, status, slug)
                .body("violations[0].field", equalTo(field))
                .body("violations[0].message", notNullValue());
    }
}
