package kz.gov.tsa.contract.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code family_case}. */
@Entity
@Table(name = "family_case")
public class FamilyCaseEntity extends PanacheEntityBase {
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
    @Column(name = "application_received_at", nullable = false)
    public Instant applicationReceivedAt;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
    @Column(nullable = false)
    public String status;
}
