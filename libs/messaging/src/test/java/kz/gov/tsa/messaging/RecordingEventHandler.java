package kz.gov.tsa.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import kz.gov.tsa.events.Topics;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test {@link EventHandler} bean for {@link MessagingQuarkusTest}. Nothing injects it: the consumer runner
 * must find it through {@code Instance<EventHandler>}. It counts deliveries per event id (static, so the test
 * need not inject it) and notes whether each ran inside a transaction.
 */
@ApplicationScoped
public class RecordingEventHandler implements EventHandler {

    static final String NAME = "messaging-test.recorder";
    static final Map<UUID, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    static final AtomicInteger OUTSIDE_TRANSACTION = new AtomicInteger();

    @Inject
    TransactionManager transactions;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ELIGIBILITY);
    }

    @Override
    public boolean accepts(String eventType) {
        return "ApplicationReceived".equals(eventType);
    }

    @Override
    public void handle(InboundEvent event) {
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
                OUTSIDE_TRANSACTION.incrementAndGet();
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        DELIVERIES.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
    }

    static int deliveries(UUID eventId) {
        AtomicInteger count = DELIVERIES.get(eventId);
        return count == null ? 0 : count.get();
    }
}
