package kz.gov.tsa.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.testing.kafka.KafkaBroker;
import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Real PostgreSQL + real Kafka for one test class, and the small helpers the tests share. */
final class TestSupport implements AutoCloseable {

    static final String MIGRATION = "/db/messaging/V0_1__messaging_outbox_inbox.sql";

    /** Like the Quarkus-provided mapper: java.time, Optional, parameter names. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module()).addModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** Kafka's own INFO output drowns the tests' (ARCHITECTURE.md: WARN in tests); strong refs keep the levels. */
    private static final List<java.util.logging.Logger> QUIET = List.of("org.apache.kafka", "kafka", "state.change.logger", "io.agroal")
            .stream().map(java.util.logging.Logger::getLogger).toList();

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
    }

    final PostgresServer postgres;
    final TestDatabase database;
    final KafkaBroker kafka;
    private AgroalDataSource pool;

    private TestSupport(PostgresServer postgres, TestDatabase database, KafkaBroker kafka) {
        this.postgres = postgres;
        this.database = database;
        this.kafka = kafka;
    }

    /** A fresh migrated database and, if {@code withKafka}, a broker, under {@code java.io.tmpdir/name}. */
    static TestSupport start(String name, boolean withKafka) {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), name);
        PostgresServer postgres = PostgresServer.startOrConnect(work);
        TestDatabase database = postgres.createDatabase("tsa_messaging");
        migrate(database.dataSource());
        KafkaBroker kafka = withKafka ? KafkaBroker.start(work) : null;
        return new TestSupport(postgres, database, kafka);
    }

    /** Unpooled: every connection is a new physical one (and closing it really closes it). */
    DataSource dataSource() {
        return database.dataSource();
    }

    /** An Agroal pool (what a service uses, without JTA) for tests that open many transactions. */
    synchronized DataSource pooled() {
        if (pool == null) {
            try {
                pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                        .connectionPoolConfiguration(cp -> cp.minSize(0).maxSize(12)
                                .acquisitionTimeout(Duration.ofSeconds(30))
                                .connectionFactoryConfiguration(cf -> cf.jdbcUrl(database.jdbcUrl())
                                        .principal(new NamePrincipal(database.user()))
                                        .credential(new SimplePassword(database.password())))));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return pool;
    }

    static void migrate(DataSource dataSource) {
        try (InputStream in = TestSupport.class.getResourceAsStream(MIGRATION);
             Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the class path");
            }
            st.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    KafkaProducer<String, String> producer(String clientId) {
        return new KafkaProducer<>(KafkaClientSettings.producer(kafka.bootstrapServers(), clientId),
                new StringSerializer(), new StringSerializer());
    }

    KafkaConsumer<String, String> inboxConsumer(String groupId) {
        return new KafkaConsumer<>(KafkaClientSettings.consumer(kafka.bootstrapServers(), groupId, groupId),
                new StringDeserializer(), new StringDeserializer());
    }

    /** Every record on the topic, from the beginning up to the end offsets as they are now. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        return readAll(kafka.bootstrapServers(), topic);
    }

    /** Every record on the topic, from the beginning up to the end offsets as they are now. */
    static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long expected = end.values().stream().mapToLong(Long::longValue).sum();
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            if (records.size() != expected) {
                throw new AssertionError("read " + records.size() + " of " + expected + " records of " + topic);
            }
            return records;
        }
    }

    /** Sum over the topic's partitions of the offsets the group committed. */
    long committed(String groupId, String topic) {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                    .mapToLong(e -> e.getValue().offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    static EventEnvelope<ApplicationReceived> applicationReceived(String familyId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var payload = new ApplicationReceived(UUID.randomUUID(), familyId, "751110000", "2026-Q1", 4, "PORTAL", now);
        return EventEnvelope.of(payload, familyId, UUID.randomUUID(), null, now, List.of("ELIG-01", "ELIG-10"));
    }

    /** An envelope of an arbitrary type (the loop tests' own types), with a map payload. */
    static EventEnvelope<Map<String, Object>> envelope(String type, String familyId, Map<String, Object> payload) {
        return new EventEnvelope<>(UUID.randomUUID(), type, 1, Instant.now(), familyId, UUID.randomUUID(), null,
                List.of(), payload);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            if (pool != null) {
                pool.close();
            }
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            database.close();
            postgres.close();
        }
    }
}
