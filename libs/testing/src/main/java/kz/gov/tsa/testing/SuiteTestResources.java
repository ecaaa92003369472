package kz.gov.tsa.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.postgres.PostgresTestResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real resources of every {@code @QuarkusTest} of a service, written once (issue 8 §6, D-92): a fresh
 * PostgreSQL database, a KRaft Kafka broker with the suite's topics, and an OIDC server that checks real
 * signed tokens — started in that order, stopped in reverse, their configuration merged. A service names
 * it once, on its {@code TestResources} anchor: {@code @QuarkusTestResource(SuiteTestResources.class)}
 * (Quarkus looks for test resources only among the test classes of the module under test).
 */
public class SuiteTestResources implements QuarkusTestResourceLifecycleManager {

    private final List<QuarkusTestResourceLifecycleManager> resources;
    private final List<QuarkusTestResourceLifecycleManager> started = new ArrayList<>();

    public SuiteTestResources() {
        this(List.of(new PostgresTestResource(), new KafkaTestResource(), new OidcWiremockTestResource()));
    }

    SuiteTestResources(List<QuarkusTestResourceLifecycleManager> resources) {
        this.resources = List.copyOf(resources);
    }

    @Override
    public void setContext(Context context) {
        resources.forEach(r -> r.setContext(context));
    }

    @Override
    public void init(Map<String, String> initArgs) {
        resources.forEach(r -> r.init(initArgs));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (QuarkusTestResourceLifecycleManager resource : resources) {
            started.add(resource);
            config.putAll(resource.start());
        }
        return config;
    }

    @Override
    public void stop() {
        RuntimeException failure = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        resources.forEach(r -> r.inject(testInjector));
    }

    @Override
    public void inject(Object testInstance) {
        resources.forEach(r -> r.inject(testInstance));
    }
}
