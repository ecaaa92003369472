package kz.gov.tsa.suite;

import kz.gov.tsa.events.Topics;
import kz.gov.tsa.testing.kafka.KafkaBroker;
import kz.gov.tsa.testing.keycloak.KeycloakServer;
import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.gov.tsa.testing.net.TcpProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The whole TSA suite on one machine: PostgreSQL (the machine's server or an embedded one), a KRaft
 * Kafka broker with every topic, Keycloak with realm {@code tsa}, and the four services as separate
 * JVMs. Used by the local run ({@link LocalSuite}) with fixed ports and kept databases, and by the
 * system tests with free ports and fresh databases. {@link #close()} stops everything it started.
 */
public final class Suite implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Suite.class.getName());

    /** The four services: name, module folder, database, default port. */
    public enum Service {
        ELIGIBILITY("eligibility-service", "tsa_eligibility", 8081),
        CONTRACT("contract-service", "tsa_contract", 8082),
        EMPLOYMENT_REGISTRY("employment-registry-service", "tsa_employment", 8083),
        PAYMENT("payment-service", "tsa_payment", 8084);

        public final String module;
        public final String database;
        public final int defaultPort;

        Service(String module, String database, int defaultPort) {
            this.module = module;
            this.database = database;
            this.defaultPort = defaultPort;
        }
    }

    /**
     * @param root           the repository root (services' {@code target/quarkus-app} and {@code deploy/keycloak})
     * @param workDir        logs, Kafka data, embedded PostgreSQL data
     * @param fixedPorts     the documented ports (8081–8084, Kafka 9092, Keycloak 8180) instead of free ones
     * @param freshDatabases a new database per service, dropped on close (tests); else kept {@code tsa_*} ones
     * @param resetDatabases  with kept databases: drop and create them anew first (local run {@code --fresh})
     */
    /**
     * @param databaseProxies each service reaches its database through a loopback {@link TcpProxy} that a fault test
     *                        can cut ({@link #databaseLine(Service)}); the local run connects directly
     */
    public record Options(Path root, Path workDir, boolean fixedPorts, boolean freshDatabases, boolean resetDatabases,
                          boolean databaseProxies) {
        public Options(Path root, Path workDir, boolean fixedPorts, boolean freshDatabases) {
            this(root, workDir, fixedPorts, freshDatabases, false, false);
        }

        public Options(Path root, Path workDir, boolean fixedPorts, boolean freshDatabases, boolean resetDatabases) {
            this(root, workDir, fixedPorts, freshDatabases, resetDatabases, false);
        }
    }

    private final Options options;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Service, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<Service, TcpProxy> databaseLines = new LinkedHashMap<>();
    private final Map<Service, Map<String, String>> environments = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;

    private Suite(Options options) {
        this.options = options;
    }

    /** Starts everything and waits until every service is ready. */
    public static Suite start(Options options) {
        Suite suite = new Suite(options);
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException | Error e) {
            suite.close();
            throw e;
        }
    }

    private void startAll() {
        Path work = options.workDir();
        mkdirs(work.resolve("logs"));
        // Keycloak first: it is the slowest, and services must find its keys when they start
        keycloakStart = CompletableFuture.supplyAsync(() -> KeycloakServer.start(
                KeycloakServer.Options.defaults(options.root().resolve("deploy/keycloak/tsa-realm.json"))
                        .withHttpPort(options.fixedPorts() ? 8180 : 0)
                        .withManagementPort(options.fixedPorts() ? 9180 : 0)
                        .withLogFile(work.resolve("logs/keycloak.log"))));

        try {
            startInfrastructureAndServices(work);
        } catch (RuntimeException | Error e) {
            // a Keycloak still starting must not outlive us
            keycloakStart.thenAccept(KeycloakServer::close);
            throw e;
        }
    }

    private java.util.concurrent.CompletableFuture<KeycloakServer> keycloakStart;

    private void startInfrastructureAndServices(Path work) {
        postgres = track(PostgresServer.startOrConnect(work.resolve("postgres")));
        kafka = track(KafkaBroker.start(work.resolve("kafka"), options.fixedPorts() ? 9092 : 0));
        kafka.createTopics(Topics.ALL);
        LOG.info(() -> "Kafka ready at " + kafka.bootstrapServers() + " with topics " + Topics.ALL);

        Map<Service, String> jdbcUrls = new LinkedHashMap<>();
        for (Service s : Service.values()) {
            if (options.freshDatabases()) {
                TestDatabase db = track(postgres.createDatabase(s.database));
                if (options.databaseProxies()) {
                    TcpProxy line = track(TcpProxy.start(postgres.host(), postgres.port()));
                    databaseLines.put(s, line);
                    jdbcUrls.put(s, "jdbc:postgresql://127.0.0.1:" + line.port() + "/" + db.name());
                } else {
                    jdbcUrls.put(s, db.jdbcUrl());
                }
            } else {
                if (options.resetDatabases()) {
                    postgres.dropDatabase(s.database);
                }
                jdbcUrls.put(s, postgres.ensureDatabase(s.database));
            }
        }
        keycloak = track(keycloakStart.join());
        keycloakStart = CompletableFuture.completedFuture(keycloak);
        LOG.info(() -> "Keycloak ready at " + keycloak.baseUrl());

        for (Service s : Service.values()) {
            Path jar = options.root().resolve(s.module).resolve("target/quarkus-app/quarkus-run.jar");
            Map<String, String> env = Map.of(
                    "TSA_DB_URL", jdbcUrls.get(s),
                    "TSA_DB_USER", postgres.user(),
                    "TSA_DB_PASSWORD", postgres.password(),
                    "TSA_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                    "TSA_OIDC_URL", keycloak.realmUrl("tsa"));
            environments.put(s, env);
            int port = options.fixedPorts() ? s.defaultPort : freePort();
            services.put(s, track(new ServiceProcess(s.module, port, jar, work.resolve("logs/" + s.module + ".log"), env)));
        }
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(p -> p.awaitReady(Duration.ofSeconds(180)));
        LOG.info("All four services are ready");
    }

    /** The line between a service and its database, when the suite was started with database proxies. */
    public TcpProxy databaseLine(Service s) {
        TcpProxy line = databaseLines.get(s);
        if (line == null) {
            throw new IllegalStateException("the suite was started without database proxies");
        }
        return line;
    }

    public ServiceProcess service(Service s) {
        return services.get(s);
    }

    /**
     * Starts one more JVM of {@code s} on a free port, over the same database and Kafka (a second instance, as a
     * deployment would run), its environment overridden by {@code extraEnv}; ready when this returns. The caller
     * closes it; {@link #close()} stops it too if the caller did not.
     */
    public ServiceProcess startAnother(Service s, String name, Map<String, String> extraEnv) {
        Map<String, String> env = new LinkedHashMap<>(environments.get(s));
        env.putAll(extraEnv);
        ServiceProcess p = track(new ServiceProcess(name, freePort(),
                options.root().resolve(s.module).resolve("target/quarkus-app/quarkus-run.jar"),
                options.workDir().resolve("logs/" + name + ".log"), env));
        p.start();
        p.awaitReady(Duration.ofSeconds(180));
        return p;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops everything in reverse order of start; never throws. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warning("could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
