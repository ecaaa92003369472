package kz.gov.tsa.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the suite running as its own JVM ({@code java -jar target/quarkus-app/quarkus-run.jar}),
 * its output in a log file. {@link #close()} stops it and every process it started.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> env;
    private Process process;

    public ServiceProcess(String name, int port, Path jar, Path log, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.log = log;
        this.env = Map.copyOf(env);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** The JVM's process id (the benchmark reads its resident set size from {@code /proc}). */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not started");
        }
        return process.pid();
    }

    /** Starts the JVM (does not wait for readiness). {@code extraEnv} overrides the service's environment. */
    public ServiceProcess start(Map<String, String> extraEnv) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not built: " + jar + " is missing (run ./tsa mvn install -DskipTests)");
        }
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            pb.environment().putAll(extraEnv);
            pb.environment().put("TSA_HTTP_PORT", String.valueOf(port));
            process = pb.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public ServiceProcess start() {
        return start(Map.of());
    }

    /** Waits until {@code /q/health/ready} answers 200, or fails with the tail of the log. */
    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting:\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    /** Kills the JVM at once, as a crash would (no shutdown hooks, nothing flushed). */
    public void crash() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The last lines of the service's log (for failure messages). */
    public String tail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!waitFor(Duration.ofSeconds(15))) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    private boolean waitFor(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
