package kz.gov.tsa.employment.adapter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.gov.tsa.testing.auth.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The registry summary over the service's own PostgreSQL database. */
@QuarkusTest
class RegistrySummaryApiTest {

    @Inject
    EntityManager em;

    @Transactional
    void register(String region, String status) {
        em.createNativeQuery("INSERT INTO registration(id, iin, region_code, status, registered_on) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, "900101300126").setParameter(3, region)
                .setParameter(4, status).setParameter(5, LocalDate.of(2026, 11, 2)).executeUpdate();
    }

    @Test
    void countsRegistrationsPerStatusForARegion() {
        register("550000000", "JOB_SEEKER");
        register("550000000", "UNEMPLOYED");
        register("550000000", "UNEMPLOYED");
        register("390000000", "UNEMPLOYED");
        // the akimat of Pavlodar region reads its region (D-11: an akimat reaches only the region of its claim)
        String pavlodar = TestTokens.bearerWithClaims("akimat1", java.util.Map.of("region", "550000000"), "akimat");
        given().header("Authorization", pavlodar).queryParam("regionCode", "550000000")
                .when().get("/api/v1/registry/summary")
                .then().statusCode(200).body("total", equalTo(3))
                .body("byStatus.UNEMPLOYED", equalTo(2)).body("byStatus.JOB_SEEKER", equalTo(1))
                .body("byStatus.DEREGISTERED", equalTo(0));
        // without a region it gets its own; another region's figures are not its to read; nationwide staff see all
        given().header("Authorization", pavlodar).when().get("/api/v1/registry/summary")
                .then().statusCode(200).body("total", equalTo(3)).body("regionCode", equalTo("550000000"));
        given().header("Authorization", pavlodar).queryParam("regionCode", "390000000")
                .when().get("/api/v1/registry/summary").then().statusCode(403)
                .body("type", equalTo("urn:tsa:problem:forbidden"));
        given().header("Authorization", TestTokens.bearer("akimat2", "akimat")).when().get("/api/v1/registry/summary")
                .then().statusCode(403);
    }

    @Test
    void aBadRegionCodeIsA400ProblemNamingTheParameter() {
        given().header("Authorization", TestTokens.bearer("operator1", "operator")).header("Accept-Language", "en")
                .queryParam("regionCode", "55")
                .when().get("/api/v1/registry/summary")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("regionCode"));
    }

    @Test
    void tokensAndRolesAreChecked() {
        given().when().get("/api/v1/registry/summary").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).when().get("/api/v1/registry/summary")
                .then().statusCode(403);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
