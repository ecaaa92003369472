package kz.gov.tsa.testing.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real single-node KRaft Kafka broker (broker + controller in one node) running inside this JVM,
 * on random loopback ports. All replication factors and min ISR are 1. Used by the test resources
 * and by the local run. Formatting and start-up take about four seconds.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class.getName());

    private final KafkaConfig config;
    private final String bootstrapServers;
    private final Path logDir;
    private KafkaRaftServer server;

    private KafkaBroker(KafkaConfig config, KafkaRaftServer server, String bootstrapServers, Path logDir) {
        this.config = config;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
    }

    /** Starts a broker on random free ports with its log under {@code workDir} (wiped first). */
    public static KafkaBroker start(Path workDir) {
        return start(workDir, 0);
    }

    /** Starts a broker; {@code brokerPort} 0 picks a free port. */
    public static KafkaBroker start(Path workDir, int brokerPort) {
        try {
            Path logDir = workDir.resolve("kafka-logs");
            deleteRecursively(logDir);
            Files.createDirectories(logDir);
            int port = brokerPort > 0 ? brokerPort : freePort();
            int controllerPort = freePort();
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            props.put("controller.listener.names", "CONTROLLER");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            props.put("log.dirs", logDir.toString());
            props.put("num.partitions", "3");
            props.put("default.replication.factor", "1");
            props.put("offsets.topic.replication.factor", "1");
            props.put("offsets.topic.num.partitions", "5");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("transaction.state.log.num.partitions", "5");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("min.insync.replicas", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("auto.create.topics.enable", "true");
            props.put("log.flush.interval.messages", "1");
            KafkaConfig config = KafkaConfig.fromProps(props);

            Formatter formatter = new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(Set.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(false);
            formatter.run();

            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + port;
            KafkaBroker broker = new KafkaBroker(config, server, bootstrap, logDir);
            broker.awaitReady();
            LOG.info(() -> "Kafka (KRaft) broker ready at " + bootstrap);
            return broker;
        } catch (Exception e) {
            throw new IllegalStateException("could not start the Kafka broker", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topics (3 partitions, replication 1) if they do not exist yet. */
    public void createTopics(Collection<String> topics) {
        createTopics(topics, 3);
    }

    public void createTopics(Collection<String> topics, int partitions) {
        try (Admin admin = admin()) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics " + topics, e);
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Kafka broker did not become ready", last);
    }

    /**
     * Stops the broker as a crash-free shutdown would, keeping its log: clients see it gone until {@link #restart()}.
     * For fault tests.
     */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info(() -> "Kafka broker at " + bootstrapServers + " stopped");
        }
    }

    /** Starts the stopped broker again on the same ports with the same log (topics and offsets kept). */
    public synchronized void restart() {
        if (server != null) {
            return;
        }
        try {
            KafkaRaftServer again = new KafkaRaftServer(config, Time.SYSTEM);
            again.startup();
            server = again;
            awaitReady();
            LOG.info(() -> "Kafka broker at " + bootstrapServers + " restarted");
        } catch (Exception e) {
            throw new IllegalStateException("could not restart the Kafka broker", e);
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            try {
                deleteRecursively(logDir);
            } catch (IOException e) {
                LOG.warning(() -> "could not delete " + logDir + ": " + e);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
