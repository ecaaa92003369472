package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The columns every dated reference table shares (V2__reference_data.sql): validity, source, who
 * recorded the row and why, and the superseded mark. Rows are never deleted; the database's guard
 * trigger refuses any update except closing the validity earlier and marking the row superseded.
 */
@MappedSuperclass
public abstract class VersionRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(nullable = false)
    public String source;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(nullable = false)
    public String reason;
    @Column(name = "superseded_at")
    public Instant supersededAt;
    @Column(name = "superseded_by")
    public Long supersededBy;
}
