package kz.gov.tsa.contract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.postgres.PostgresTestResource;

/**
 * The real resources of every {@code @QuarkusTest} of this service, started once per run: a fresh
 * PostgreSQL database, a KRaft Kafka broker with the suite's topics, and an OIDC server that checks
 * real signed tokens.
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
    private TestResources() {
    }
}
