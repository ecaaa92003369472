-- tsa-messaging: transactional outbox, idempotent inbox, dead letters (ARCHITECTURE.md §4).
-- Shipped in the tsa-messaging jar under db/messaging; every service lists that location in
-- quarkus.flyway.locations. Versions below 1 keep out of the services' own V1.. migrations.
-- Written to be re-runnable: every object is created only if it is not there yet.

-- One row per event to publish, written in the same transaction as the state change.
-- payload holds the whole JSON envelope, exactly what goes on the wire as the record value.
CREATE TABLE IF NOT EXISTS outbox_event (
    id           bigserial   PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    msg_key      text        NOT NULL,
    event_type   text        NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);

-- The relay reads only the pending rows, in id order.
CREATE INDEX IF NOT EXISTS outbox_event_pending_idx ON outbox_event (id) WHERE published_at IS NULL;

-- One row per (consumer, event) already applied: recorded in the transaction of the effect.
CREATE TABLE IF NOT EXISTS inbox_event (
    consumer    text        NOT NULL,
    event_id    uuid        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Records a consumer gave up on (unparseable, or a handler failed max-attempts times).
-- consumer is the handler's name, or the consumer group id for a record no handler could see.
CREATE TABLE IF NOT EXISTS dead_letter_event (
    id              bigserial   PRIMARY KEY,
    consumer        text        NOT NULL,
    event_id        uuid,
    topic           text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    event_type      text,
    msg_key         text,
    error           text        NOT NULL,
    raw_value       text,
    dead_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT dead_letter_event_record_uq UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
