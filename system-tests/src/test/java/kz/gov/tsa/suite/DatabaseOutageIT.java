package kz.gov.tsa.suite;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.gov.tsa.testing.net.TcpProxy;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.suite.SharedSuite.currentQuarter;
import static kz.gov.tsa.suite.SharedSuite.eventually;
import static kz.gov.tsa.suite.SharedSuite.suite;
import static kz.gov.tsa.suite.SharedSuite.token;
import static kz.gov.tsa.suite.SharedSuite.url;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test (issue "System tests" §3): the line between eligibility-service and its PostgreSQL database is cut
 * (every pooled connection dropped, new ones refused — a database restart as the service sees it) and restored.
 * Readiness goes DOWN then UP; meanwhile clients see only 503 problem+json with {@code Retry-After}, never a 500;
 * what was committed before is there afterwards and what was refused during the outage was not half-stored.
 */
@ExtendWith(SharedSuite.class)
class DatabaseOutageIT {

    static String application(String applicantIin) {
        return """
                {"regionCode": "710000000", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "1979-02-11", "relation": "APPLICANT", "residency": "CITIZEN"}]}
                """.formatted(currentQuarter(), applicantIin);
    }

    static Response submit(String body) {
        return given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body(body)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"));
    }

    static Response ready() {
        return given().get(url(Suite.Service.ELIGIBILITY, "/q/health/ready"));
    }

    @Test
    void aCutDatabaseLineIsReadinessDownAnd503WithRetryAfterThenUpWithNothingLost() throws Exception {
        String operator = token("operator1");
        String stored = submit(application(TestIins.man("1979-02-11"))).then().statusCode(201).extract().path("id");
        String duringOutage = application(TestIins.man("1979-02-11"));
        List<Integer> seen = new ArrayList<>();

        TcpProxy line = suite().databaseLine(Suite.Service.ELIGIBILITY);
        line.cut();
        try {
            Response down = eventually(DatabaseOutageIT::ready, r -> r.statusCode() == 503, Duration.ofSeconds(60));
            assertThat(down.statusCode()).as("readiness while the database is away").isEqualTo(503);
            assertThat(down.asString()).contains("DOWN");
            for (int i = 0; i < 3; i++) {
                Response read = given().header("Authorization", operator).header("Accept-Language", "en")
                        .get(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + stored));
                assertThat(read.statusCode()).as(read.asString()).isEqualTo(503);
                assertThat(read.header("Retry-After")).isNotBlank();
                assertThat(read.contentType()).startsWith("application/problem+json");
                assertThat(read.jsonPath().getString("type")).isEqualTo("urn:tsa:problem:service-unavailable");
            }
            Response write = submit(duringOutage);
            assertThat(write.statusCode()).as(write.asString()).isEqualTo(503);
            assertThat(write.header("Retry-After")).isNotBlank();
        } finally {
            line.restore();
        }

        Response up = eventually(DatabaseOutageIT::ready, Duration.ofSeconds(90));
        assertThat(up.statusCode()).as("readiness after the database is back").isEqualTo(200);
        // pooled connections that died with the line are replaced; until then a client may still see a 503 — never a 500
        Response back = eventually(() -> {
            Response r = given().header("Authorization", operator)
                    .get(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + stored));
            seen.add(r.statusCode());
            return r;
        }, Duration.ofSeconds(60));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(seen).as("statuses while recovering").allMatch(s -> s == 200 || s == 503);
        // the application refused with 503 was not stored: submitting it now is a first submission
        submit(duringOutage).then().statusCode(201);
    }
}
