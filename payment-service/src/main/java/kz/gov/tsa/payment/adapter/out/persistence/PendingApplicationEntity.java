package kz.gov.tsa.payment.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code pending_application}. */
@Entity
@Table(name = "pending_application")
public class PendingApplicationEntity extends PanacheEntityBase {
    @Id
    @Column(name = "application_id")
    public UUID applicationId;
    @Column(name = "family_id", nullable = false)
    public String familyId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public String quarter;
    @Column(name = "member_count", nullable = false)
    public int memberCount;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
