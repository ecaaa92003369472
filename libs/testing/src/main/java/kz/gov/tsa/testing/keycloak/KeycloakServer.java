package kz.gov.tsa.testing.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Starts the real Keycloak distribution ({@code org.keycloak:keycloak-quarkus-dist:zip}) as a child
 * process, for tests and for the local run.
 *
 * <h2>What {@link #start(Options)} does</h2>
 * <ol>
 *   <li>Unpacks the zip once into {@link Options#cacheDir()}: the server home is
 *       {@code <cacheDir>/keycloak-<version>} and is reused by later runs (a marker file ties it
 *       to the zip). The first start from a fresh home adds Keycloak's ~35 s build step; later
 *       starts skip it.</li>
 *   <li>Replaces everything in {@code data/import/} by the given realm JSON.</li>
 *   <li>Runs {@code bin/kc.sh start-dev --http-port=<p> --http-management-port=<m> --import-realm
 *       --db=dev-mem} with {@code JAVA_HOME} = the JDK running this code and the bootstrap admin
 *       {@code admin}/{@code admin}. {@code dev-mem} is an in-memory H2 database, so every start
 *       imports the realm afresh: a changed realm JSON always takes effect, nothing of an earlier
 *       run survives, and two servers started from the same home do not share a database.
 *       Inherited {@code KC_*}, {@code KEYCLOAK_*}, {@code QUARKUS_*} and {@code JAVA_OPTS*}
 *       variables are removed from the child's environment so the host cannot change the setup.</li>
 *   <li>Sends the process output (stdout and stderr) straight to {@link Options#logFile()} (an OS
 *       redirect: no pipe that could fill up).</li>
 *   <li>Waits until {@code http://localhost:<m>/health/ready} answers 200 with status UP and the
 *       realm's OpenID discovery document answers 200, or fails after
 *       {@link Options#startTimeout()} with the tail of the log (the process is stopped first).</li>
 * </ol>
 * Starts are serialized (within this JVM by a lock, across JVMs by a file lock in the cache dir)
 * from unpacking until the server is ready, so the build step and the import folder are never
 * used by two starts at once.
 *
 * <h2>Ports</h2>
 * A port of {@code 0} picks a free port. If the HTTP port is already taken the start fails, unless
 * {@link Options#reuseRunning()} is set and the server there serves the realm: then that server is
 * used as it is (its realm is <em>not</em> re-imported) and {@link #close()} leaves it running
 * ({@link #reused()} tells which case applies).
 *
 * <h2>Stopping</h2>
 * {@link #close()} stops the script, the Keycloak JVM and any other descendant: SIGTERM first,
 * SIGKILL after a grace period. Nothing global is registered (no shutdown hook): the caller
 * decides whether to add one.
 *
 * <p>URLs use {@code localhost} (Keycloak's cookies are Secure, which browsers accept over plain
 * HTTP only on localhost); the token issuer is then {@code http://localhost:<port>/realms/<realm>}.
 */
public final class KeycloakServer implements AutoCloseable {

    /** Keycloak version this launcher is written and tested against. */
    public static final String VERSION = "26.7.3";
    /** Bootstrap administrator of the master realm (local use only). */
    public static final String ADMIN_USERNAME = "admin";
    /** Bootstrap administrator's password (local use only). */
    public static final String ADMIN_PASSWORD = "admin";

    private static final ReentrantLock START_LOCK = new ReentrantLock();
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_GRACE = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 80;

    /**
     * How to start Keycloak.
     *
     * @param distZip        the {@code keycloak-quarkus-dist-<version>.zip}, see {@link #defaultDistZip()}
     * @param cacheDir       folder the zip is unpacked into (once), see {@link #defaultCacheDir()}
     * @param realmJson      realm file to import, e.g. {@code deploy/keycloak/tsa-realm.json}
     * @param httpPort       HTTP port, {@code 0} = pick a free one
     * @param managementPort management port with {@code /health/ready}, {@code 0} = pick a free one
     * @param logFile        where the server's output goes; {@code null} =
     *                       {@code <cacheDir>/logs/keycloak-<httpPort>.log}; overwritten on each start
     * @param startTimeout   how long to wait for readiness; {@code null} = 180 s
     * @param reuseRunning   if the HTTP port is taken by a server that serves the realm, use it
     */
    public record Options(Path distZip, Path cacheDir, Path realmJson, int httpPort, int managementPort,
                          Path logFile, Duration startTimeout, boolean reuseRunning) {

        public static final int DEFAULT_HTTP_PORT = 8080;
        public static final int DEFAULT_MANAGEMENT_PORT = 9000;
        public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);

        public Options {
            Objects.requireNonNull(distZip, "distZip");
            Objects.requireNonNull(cacheDir, "cacheDir");
            Objects.requireNonNull(realmJson, "realmJson");
            checkPort(httpPort, "httpPort");
            checkPort(managementPort, "managementPort");
            if (httpPort != 0 && httpPort == managementPort) {
                throw new IllegalArgumentException("httpPort and managementPort must differ: " + httpPort);
            }
            if (startTimeout == null) {
                startTimeout = DEFAULT_START_TIMEOUT;
            }
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive: " + startTimeout);
            }
        }

        /** Same as the canonical constructor with {@code reuseRunning = false}. */
        public Options(Path distZip, Path cacheDir, Path realmJson, int httpPort, int managementPort,
                       Path logFile, Duration startTimeout) {
            this(distZip, cacheDir, realmJson, httpPort, managementPort, logFile, startTimeout, false);
        }

        /**
         * Default zip and cache dir, ports 8080/9000, log in the cache dir, 180 s timeout, no reuse.
         */
        public static Options defaults(Path realmJson) {
            return new Options(defaultDistZip(), defaultCacheDir(), realmJson, DEFAULT_HTTP_PORT,
                    DEFAULT_MANAGEMENT_PORT, null, DEFAULT_START_TIMEOUT, false);
        }

        /** Defaults, but both ports free ones picked at start: the usual choice for tests. */
        public static Options forTests(Path realmJson) {
            return defaults(realmJson).withHttpPort(0).withManagementPort(0);
        }

        public Options withDistZip(Path value) {
            return new Options(value, cacheDir, realmJson, httpPort, managementPort, logFile, startTimeout, reuseRunning);
        }

        public Options withCacheDir(Path value) {
            return new Options(distZip, value, realmJson, httpPort, managementPort, logFile, startTimeout, reuseRunning);
        }

        public Options withRealmJson(Path value) {
            return new Options(distZip, cacheDir, value, httpPort, managementPort, logFile, startTimeout, reuseRunning);
        }

        public Options withHttpPort(int value) {
            return new Options(distZip, cacheDir, realmJson, value, managementPort, logFile, startTimeout, reuseRunning);
        }

        public Options withManagementPort(int value) {
            return new Options(distZip, cacheDir, realmJson, httpPort, value, logFile, startTimeout, reuseRunning);
        }

        public Options withLogFile(Path value) {
            return new Options(distZip, cacheDir, realmJson, httpPort, managementPort, value, startTimeout, reuseRunning);
        }

        public Options withStartTimeout(Duration value) {
            return new Options(distZip, cacheDir, realmJson, httpPort, managementPort, logFile, value, reuseRunning);
        }

        public Options withReuseRunning(boolean value) {
            return new Options(distZip, cacheDir, realmJson, httpPort, managementPort, logFile, startTimeout, value);
        }

        private static void checkPort(int port, String name) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(name + " out of range: " + port);
            }
        }
    }

    private final Process process; // null when an already running server is reused
    private final Path home;
    private final Path logFile;
    private final String realm;
    private final int httpPort;
    private final int managementPort;
    private volatile Duration startupTime;
    private volatile boolean closed;

    private KeycloakServer(Process process, Path home, Path logFile, String realm, int httpPort,
                           int managementPort, Duration startupTime) {
        this.process = process;
        this.home = home;
        this.logFile = logFile;
        this.realm = realm;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.startupTime = startupTime;
    }

    /**
     * The zip where Maven puts the dependency {@code org.keycloak:keycloak-quarkus-dist:<VERSION>:zip}:
     * under the system property {@code maven.repo.local} if set, else {@code ~/.m2/repository}.
     */
    public static Path defaultDistZip() {
        String repo = System.getProperty("maven.repo.local");
        Path root = repo != null && !repo.isBlank()
                ? Path.of(repo)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return root.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".zip"));
    }

    /** {@code $XDG_CACHE_HOME/tsa} if that variable is set, else {@code ~/.cache/tsa}. */
    public static Path defaultCacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("tsa");
    }

    /**
     * Starts Keycloak and waits until it is ready and serves the realm of {@link Options#realmJson()}.
     *
     * @throws IllegalStateException if the port is taken, the process dies or readiness times out
     *                               (the message holds the tail of the server log)
     * @throws UncheckedIOException  on file-system problems (zip, cache dir, realm file)
     */
    public static KeycloakServer start(Options options) {
        Objects.requireNonNull(options, "options");
        String realm = realmName(options.realmJson());
        int http = options.httpPort() == 0 ? freePort(-1) : options.httpPort();
        int mgmt = options.managementPort() == 0 ? freePort(http) : options.managementPort();
        if (http == mgmt) {
            throw new IllegalArgumentException("httpPort and managementPort must differ: " + http);
        }
        try (HttpClient client = newHttpClient()) {
            if (answers(http)) {
                if (options.reuseRunning() && servesRealm(client, http, realm)) {
                    return new KeycloakServer(null, null, null, realm, http, -1, Duration.ZERO);
                }
                throw new IllegalStateException("Cannot start Keycloak: port " + http + " is already in use"
                        + (options.reuseRunning() ? " by something that does not serve realm '" + realm + "'" : ""));
            }
            if (answers(mgmt)) {
                throw new IllegalStateException("Cannot start Keycloak: management port " + mgmt + " is already in use");
            }
            START_LOCK.lock();
            try {
                Files.createDirectories(options.cacheDir());
                try (FileChannel channel = FileChannel.open(options.cacheDir().resolve(".keycloak-start.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock lock = channel.lock(); // other JVMs starting from the same cache dir wait here
                    try {
                        return launch(options, client, realm, http, mgmt);
                    } finally {
                        lock.release();
                    }
                }
            } finally {
                START_LOCK.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak: " + e.getMessage(), e);
        }
    }

    private static KeycloakServer launch(Options options, HttpClient client, String realm, int http, int mgmt)
            throws IOException {
        long t0 = System.nanoTime();
        Path home = KeycloakDistribution.ensureUnpacked(options.distZip(), options.cacheDir());

        Path importDir = home.resolve("data").resolve("import");
        Files.createDirectories(importDir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(importDir)) {
            for (Path p : old) {
                KeycloakDistribution.deleteRecursively(p);
            }
        }
        Files.copy(options.realmJson(), importDir.resolve(realm + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        Path log = options.logFile() != null
                ? options.logFile()
                : options.cacheDir().resolve("logs").resolve("keycloak-" + http + ".log");
        if (log.getParent() != null) {
            Files.createDirectories(log.getParent());
        }

        ProcessBuilder pb = new ProcessBuilder(
                "/bin/sh", home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-port=" + http,
                "--http-management-port=" + mgmt,
                "--db=dev-mem",
                "--import-realm")
                .directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("KC_") || k.startsWith("KEYCLOAK_") || k.startsWith("QUARKUS_")
                || k.startsWith("JAVA_OPTS") || k.equals("JAVA_ADD_OPENS") || k.equals("JAVA_LOCALE")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS") || k.equals("JAVA")
                || k.equals("DEBUG") || k.equals("DEBUG_PORT") || k.equals("DEBUG_SUSPEND") || k.equals("PRINT_ENV"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KC_HEALTH_ENABLED", "true");

        Process process = pb.start();
        KeycloakServer server = new KeycloakServer(process, home, log, realm, http, mgmt, null);
        long deadline = t0 + options.startTimeout().toNanos();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                            + " before it was ready" + server.logTail());
                }
                if (isReady(client, mgmt) && servesRealm(client, http, realm)) {
                    break;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("Keycloak was not ready within " + options.startTimeout().toSeconds()
                            + " s (http " + http + ", management " + mgmt + ")" + server.logTail());
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.startupTime = Duration.ofNanos(System.nanoTime() - t0);
        return server;
    }

    /** {@code http://localhost:<httpPort>}. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** {@code http://localhost:<httpPort>/realms/<realm>}: the issuer of that realm's tokens. */
    public String realmUrl(String realmName) {
        return baseUrl() + "/realms/" + realmName;
    }

    /** {@link #realmUrl(String)} of the realm imported from {@link Options#realmJson()}. */
    public String realmUrl() {
        return realmUrl(realm);
    }

    /** Name of the imported realm (the {@code realm} field of the realm JSON). */
    public String realm() {
        return realm;
    }

    public int httpPort() {
        return httpPort;
    }

    /** Management port ({@code /health/ready}); {@code -1} for a reused server. */
    public int managementPort() {
        return managementPort;
    }

    /** The unpacked Keycloak; empty for a reused server. */
    public Optional<Path> home() {
        return Optional.ofNullable(home);
    }

    /** The server log; empty for a reused server. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }

    /** Time from {@link #start} until ready (includes unpacking); zero for a reused server. */
    public Duration startupTime() {
        return startupTime;
    }

    /** True if an already running server was reused: {@link #close()} then does nothing. */
    public boolean reused() {
        return process == null;
    }

    /** PID of the {@code kc.sh} process; empty for a reused server. */
    public Optional<Long> pid() {
        return process == null ? Optional.empty() : Optional.of(process.pid());
    }

    /** True while the started process or one of its descendants is alive; for a reused server: until closed. */
    public boolean isRunning() {
        return process == null ? !closed : process.isAlive() || process.descendants().anyMatch(ProcessHandle::isAlive);
    }

    /**
     * Stops the process and all its descendants: SIGTERM, up to 30 s for a clean shutdown, then
     * SIGKILL. Idempotent; does nothing for a reused server.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        // Keycloak's JVM first (kc.sh forwards SIGTERM to it as well), then the script.
        for (ProcessHandle h : tree) {
            h.destroy();
        }
        if (!awaitExit(tree, STOP_GRACE)) {
            List<ProcessHandle> survivors = new ArrayList<>();
            for (ProcessHandle h : tree) {
                if (h.isAlive()) {
                    survivors.addAll(h.descendants().toList());
                    survivors.add(h);
                }
            }
            for (ProcessHandle h : survivors) {
                h.destroyForcibly();
            }
            awaitExit(survivors, KILL_GRACE);
        }
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        CompletableFuture<?>[] exits = handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        } catch (ExecutionException e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    @Override
    public String toString() {
        return "KeycloakServer[" + baseUrl() + ", realm " + realm + (reused() ? ", reused" : ", pid " + process.pid()) + "]";
    }

    // ---------------------------------------------------------------------------------------------

    private static String realmName(Path realmJson) {
        try {
            JsonNode root = new ObjectMapper().readTree(realmJson.toFile());
            String name = root == null ? "" : root.path("realm").asText("");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Realm file has no \"realm\" name: " + realmJson);
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read realm file " + realmJson + ": " + e.getMessage(), e);
        }
    }

    private static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .proxy(HttpClient.Builder.NO_PROXY)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static boolean isReady(HttpClient client, int mgmt) {
        HttpResponse<String> r = get(client, "http://localhost:" + mgmt + "/health/ready");
        return r != null && r.statusCode() == 200 && r.body().replace(" ", "").contains("\"status\":\"UP\"");
    }

    private static boolean servesRealm(HttpClient client, int http, String realm) {
        HttpResponse<String> r = get(client, "http://localhost:" + http + "/realms/" + realm + "/.well-known/openid-configuration");
        return r != null && r.statusCode() == 200 && r.body().contains("\"issuer\"");
    }

    private static HttpResponse<String> get(HttpClient client, String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** True if something accepts TCP connections on localhost:port. */
    private static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort(int avoid) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket s = new ServerSocket(0)) {
                s.setReuseAddress(true);
                int port = s.getLocalPort();
                if (port != avoid) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port", e);
            }
        }
        throw new IllegalStateException("No free port found");
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private String logTail() {
        if (logFile == null || !Files.isRegularFile(logFile)) {
            return "";
        }
        try {
            String[] lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(0, lines.length - LOG_TAIL_LINES);
            return "\n--- last " + (lines.length - from) + " lines of " + logFile + " ---\n"
                    + String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length));
        } catch (IOException e) {
            return " (log " + logFile + " unreadable: " + e.getMessage() + ")";
        }
    }
}
