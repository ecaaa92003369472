package kz.gov.tsa.suite;

import kz.gov.tsa.testing.keycloak.Tokens;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * README command 1 ({@code ./tsa up}): starts the whole suite on this machine with its embedded
 * defaults — PostgreSQL (the machine's server if it answers on 127.0.0.1:5432, else an embedded one),
 * a KRaft Kafka broker on 9092, Keycloak on 8180 with realm {@code tsa} and demo users, and the four
 * services on 8081–8084 — waits until all are ready, checks that a demo user's token is accepted,
 * prints the Swagger UI addresses and demo logins, and stops everything on Ctrl-C.
 */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        boolean fresh = java.util.Arrays.asList(args).contains("--fresh");
        Path work = root.resolve(".local");
        PrintStream out = System.out;
        out.println("TSA suite: starting PostgreSQL, Kafka, Keycloak and four services (first start takes a few minutes)…");
        out.println("  logs: " + work.resolve("logs"));

        if (fresh) {
            out.println("  --fresh: the local databases tsa_eligibility, tsa_contract, tsa_employment, tsa_payment are dropped and created anew");
        }
        Suite suite = Suite.start(new Suite.Options(root, work, true, false, fresh));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("\nTSA suite: stopping…");
            suite.close();
            out.println("TSA suite: stopped.");
            stopped.countDown();
        }, "tsa-suite-stop"));

        String realm = suite.keycloak().realmUrl("tsa");
        String token = Tokens.passwordGrant(realm, "tsa-cli", "operator1", "demo");
        HttpResponse<String> check = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(suite.service(Suite.Service.ELIGIBILITY).baseUrl() + "/api/v1/applications/"
                                + java.util.UUID.randomUUID()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String tokenCheck = check.statusCode() == 404
                ? "accepted (operator1's token → 404 for an unknown application, as it should)"
                : "UNEXPECTED status " + check.statusCode() + ": " + check.body();

        String demo;
        try {
            int published = DemoReferenceData.publishDemoPovertyLines(
                    suite.service(Suite.Service.ELIGIBILITY).baseUrl(), Tokens.passwordGrant(realm, "tsa-cli", "admin1", "demo"));
            demo = published == 0 ? "poverty lines of the current quarter already present"
                    : "DEMO poverty line of the current quarter published for " + published + " regions (see docs/reference-data.md)";
        } catch (Exception e) {
            demo = "could not publish demo poverty lines: " + e.getMessage();
        }

        out.println();
        out.println("TSA suite is up.");
        out.println();
        for (Suite.Service s : Suite.Service.values()) {
            ServiceProcess p = suite.service(s);
            out.printf("  %-28s %s/q/swagger-ui   (health: %s/q/health/ready)%n", p.name(), p.baseUrl(), p.baseUrl());
        }
        out.println();
        out.println("  Keycloak                     " + suite.keycloak().baseUrl() + "   (admin console: admin / admin)");
        out.println("  Kafka                        " + suite.kafka().bootstrapServers());
        out.println("  PostgreSQL                   " + suite.postgres().host() + ":" + suite.postgres().port()
                + (suite.postgres().isEmbedded() ? " (embedded)" : " (this machine's server)")
                + ", databases tsa_eligibility, tsa_contract, tsa_employment, tsa_payment");
        out.println();
        out.println("  Demo logins (realm tsa, password 'demo'): operator1, intake1 (paper applications), commission1, akimat1, portal1, auditor1, admin1");
        out.println("  In Swagger UI press Authorize and log in with one of them (client swagger-ui, PKCE).");
        out.println("  A token for scripts: curl -s -d grant_type=password -d client_id=tsa-cli -d username=operator1 \\");
        out.println("      -d password=demo " + realm + "/protocol/openid-connect/token");
        out.println("  Token check against eligibility-service: " + tokenCheck);
        out.println("  Demo reference data: " + demo);
        out.println();
        out.println("Press Ctrl-C to stop everything.");
        stopped.await();
    }
}
