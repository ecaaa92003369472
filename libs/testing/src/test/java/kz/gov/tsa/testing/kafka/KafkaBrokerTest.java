package kz.gov.tsa.testing.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerTest {

    @Test
    void aRealBrokerTakesAndGivesBackRecordsInOrderPerKey() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(Path.of(System.getProperty("java.io.tmpdir"), "kafka-broker-test"))) {
            broker.createTopics(List.of("t.test"));
            broker.createTopics(List.of("t.test")); // idempotent
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 10; i++) {
                    producer.send(new ProducerRecord<>("t.test", "family-" + (i % 2), "m" + i)).get();
                }
            }
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            try (var consumer = new KafkaConsumer<String, String>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "g",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t.test"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.size() < 10 && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                }
            }
            assertThat(seen).hasSize(10);
            assertThat(seen.stream().filter(r -> r.key().equals("family-0")).map(ConsumerRecord::value))
                    .containsExactly("m0", "m2", "m4", "m6", "m8");
        }
    }
}
