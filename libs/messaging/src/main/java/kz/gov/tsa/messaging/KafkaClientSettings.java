package kz.gov.tsa.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * The Kafka client settings the outbox relay and the inbox consumer rely on (ARCHITECTURE.md §4):
 * an idempotent producer with {@code acks=all}, at most five requests in flight and records that never
 * expire, so records of one key stay in send order; a consumer that commits offsets itself, after the
 * transaction of the effect, and reads only committed records.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /** Producer settings for the outbox relay. */
    public static Map<String, Object> producer(String bootstrapServers, String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        // never expire a record: an expired batch is failed while the later batches of its partition go on and
        // are delivered — the order per key would break (D-96). While the broker is away the relay's round
        // waits in flush() (one connection, one open transaction) and goes on when the broker is back; a
        // shutdown closes the producer, which fails what is unsent, and the rows stay pending.
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return props;
    }

    /** Consumer settings for the inbox consumer: manual commits, earliest, read_committed. */
    public static Map<String, Object> consumer(String bootstrapServers, String groupId, String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        return props;
    }
}
