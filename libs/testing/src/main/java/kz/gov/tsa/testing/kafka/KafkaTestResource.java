package kz.gov.tsa.testing.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kz.gov.tsa.events.Topics;

import java.nio.file.Path;
import java.util.Map;

/**
 * Quarkus test resource: a real KRaft Kafka broker in the test JVM with every topic of
 * {@link Topics#ALL} created before the application (and its consumers) start. Sets
 * {@code kafka.bootstrap.servers}; tests read it back with {@link #bootstrapServers()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    /** The running broker's bootstrap address (for plain Kafka clients in tests). */
    public static String bootstrapServers() {
        if (broker == null) {
            throw new IllegalStateException("the Kafka test resource is not started");
        }
        return broker.bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start(Path.of(System.getProperty("java.io.tmpdir"), "tsa-kafka-" + ProcessHandle.current().pid()));
        broker.createTopics(Topics.ALL);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
