package kz.gov.tsa.suite;

import io.restassured.response.Response;
import kz.gov.tsa.testing.keycloak.Tokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One running suite (PostgreSQL, Kafka, Keycloak and the four service JVMs) for every system test class of the
 * run: started by the first class that needs it, closed when the whole run ends. Test classes therefore never
 * assume the databases are empty — they create their own families and compare counts before and after.
 */
public final class SharedSuite implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedSuite.class);
    private static volatile Suite suite;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NS).getOrComputeIfAbsent("suite", k -> {
            Path root = Path.of(System.getProperty("tsa.root", "..")).toAbsolutePath().normalize();
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "suite-" + ProcessHandle.current().pid());
            suite = Suite.start(new Suite.Options(root, work, false, true, false, true));
            return (ExtensionContext.Store.CloseableResource) () -> suite.close();
        }, ExtensionContext.Store.CloseableResource.class);
    }

    public static Suite suite() {
        return suite;
    }

    /** A bearer token of a demo user of realm {@code tsa} (password grant). */
    public static String token(String user) {
        return "Bearer " + Tokens.passwordGrant(suite.keycloak().realmUrl("tsa"), "tsa-cli", user, "demo");
    }

    public static String url(Suite.Service s, String path) {
        return suite.service(s).baseUrl() + path;
    }

    /** Today in Kazakhstan, as the services' clock sees it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /** The quarter of today (ELIG-03: an application is for the quarter it is received in). */
    public static String currentQuarter() {
        LocalDate t = today();
        return t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1);
    }

    /** Polls until the supplier answers 200 or the time is up; returns the last response. */
    public static Response eventually(Supplier<Response> call, Duration within) throws InterruptedException {
        return eventually(call, r -> r.statusCode() == 200, within);
    }

    /** Polls until the response satisfies {@code done} or the time is up; returns the last response. */
    public static Response eventually(Supplier<Response> call, Predicate<Response> done, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Response last = call.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(300);
            last = call.get();
        }
        return last;
    }
}
