package kz.gov.tsa.eligibility.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.eligibility.application.port.out.reference.ReleaseReferenceValuePort;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.reference.ReferenceValuePublished;
import kz.gov.tsa.events.reference.ReferenceValueWithdrawn;
import kz.gov.tsa.messaging.Outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * D-25, D-99: publishes one reference version as {@code ReferenceValuePublished} on {@code tsa.reference.v1}, key = the
 * parameter name, through the transactional outbox — once: the (parameter, row id) is claimed in
 * {@code reference_published} first ({@code ON CONFLICT DO NOTHING}), so a restart or a second instance publishes
 * nothing twice.
 */
@ApplicationScoped
class ReferenceReleaseOutboxPublisher implements ReleaseReferenceValuePort {

    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    ReferenceReleaseOutboxPublisher(Outbox outbox, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    @Override
    public boolean releaseOnce(ReferenceRelease r) {
        Instant now = clock.instant();
        var payload = new ReferenceValuePublished(r.parameter(), r.validFrom(), r.validTo(), r.value(),
                Math.toIntExact(r.version()), r.source(), now);
        UUID flow = UUID.nameUUIDFromBytes(("reference/" + r.parameter() + "/" + r.version())
                .getBytes(StandardCharsets.UTF_8));
        EventEnvelope<ReferenceValuePublished> envelope = EventEnvelope.of(payload, r.parameter(), flow, null, now,
                List.of(r.parameter().startsWith("MCI") ? "REF-07" : "ELIG-06"));
        if (!claim(r, "PUBLISHED", envelope.eventId())) {
            return false;
        }
        outbox.append(envelope, Topics.REFERENCE, r.parameter());
        return true;
    }

    @Override
    public boolean withdrawOnce(ReferenceRelease r, LocalDate from) {
        Instant now = clock.instant();
        var payload = new ReferenceValueWithdrawn(r.parameter(), r.validFrom(), Math.toIntExact(r.version()), from, now);
        UUID flow = UUID.nameUUIDFromBytes(("reference/" + r.parameter() + "/" + r.version() + "/from/" + from)
                .getBytes(StandardCharsets.UTF_8));
        EventEnvelope<ReferenceValueWithdrawn> envelope = EventEnvelope.of(payload, r.parameter(), flow, null, now,
                List.of(r.parameter().startsWith("MCI") ? "REF-07" : "ELIG-06"));
        if (!claim(r, "FROM " + from, envelope.eventId())) {
            return false;
        }
        outbox.append(envelope, Topics.REFERENCE, r.parameter());
        return true;
    }

    /** Claims (parameter, row, kind) in {@code reference_published}; false when it was claimed before. */
    private boolean claim(ReferenceRelease r, String kind, UUID eventId) {
        return em.createNativeQuery("""
                        insert into reference_published (parameter, row_id, kind, event_id)
                        values (:parameter, :row, :kind, :event) on conflict do nothing""")
                .setParameter("parameter", r.parameter())
                .setParameter("row", r.version())
                .setParameter("kind", kind)
                .setParameter("event", eventId)
                .executeUpdate() == 1;
    }
}
