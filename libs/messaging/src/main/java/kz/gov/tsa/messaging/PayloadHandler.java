package kz.gov.tsa.messaging;

import kz.gov.tsa.events.EventType;

import java.util.Objects;
import java.util.Set;

/**
 * An {@link EventHandler} for exactly one event type whose payload record is defined in
 * {@code tsa-events}: it subscribes to that type's topic, accepts only that type and hands over
 * the typed payload. Called, like every handler, inside a transaction after the inbox recorded
 * the event id for the first time. Subclasses are {@code @Singleton} beans (no client proxy is needed).
 *
 * @param <P> the payload record
 */
public abstract class PayloadHandler<P> implements EventHandler {

    private final String name;
    private final EventType type;
    private final Class<P> payloadClass;

    /**
     * @param name         the inbox consumer name (stable: changing it replays every event)
     * @param type         the event type handled
     * @param payloadClass its payload record (must be {@code type.payloadClass()})
     */
    protected PayloadHandler(String name, EventType type, Class<P> payloadClass) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.payloadClass = Objects.requireNonNull(payloadClass, "payloadClass");
        if (type.payloadClass() != payloadClass) {
            throw new IllegalArgumentException(type.name() + " carries " + type.payloadClass() + ", not " + payloadClass);
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> topics() {
        return Set.of(type.topic());
    }

    @Override
    public final boolean accepts(String eventType) {
        return type.name().equals(eventType);
    }

    @Override
    public final void handle(InboundEvent event) {
        handle(event.payloadAs(payloadClass), event);
    }

    /** Applies the event's effect; {@code event} gives the envelope (id, causation, rule IDs). */
    protected abstract void handle(P payload, InboundEvent event);

    /** {@code event:<type>/<eventId>}: the actor to audit for a change caused by this event. */
    protected static String actorOf(InboundEvent event) {
        return "event:" + event.type() + "/" + event.eventId();
    }
}
