package kz.gov.tsa.messaging;

import java.util.Set;

/**
 * A consumer of events: implement it as a CDI bean and {@link EventConsumerRunner} delivers every event
 * of its {@link #topics()} whose type it {@link #accepts}, once per event id, through the {@link Inbox}.
 *
 * <p>{@link #handle} runs in a new JTA transaction that also records the event id in the inbox: the effect
 * and the inbox row commit together. Throwing rolls both back; the record is retried with backoff and,
 * after {@code tsa.messaging.consumer.max-attempts} failures, written to {@code dead_letter_event}.
 */
public interface EventHandler {

    /** The inbox consumer name: stable across releases (renaming it replays every event to the handler). */
    String name();

    /** Topics this handler reads. */
    Set<String> topics();

    /** Whether this handler wants events of this type. */
    boolean accepts(String eventType);

    /** Applies the event; called at most once per event id, inside the transaction of the inbox row. */
    void handle(InboundEvent event);
}
