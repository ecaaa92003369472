package kz.gov.tsa.eligibility.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Row of {@code application}; the domain model is {@code Application}, mapped by {@link ApplicationMapper}. */
@Entity
@Table(name = "application")
public class ApplicationEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "family_id", nullable = false)
    public String familyId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public String quarter;
    @Column(nullable = false)
    public String channel;
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(nullable = false)
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<MemberRow> members;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "living_conditions", nullable = false)
    public LivingRow livingConditions;
    @Column(name = "commission_facts_confirmed")
    public Boolean commissionFactsConfirmed;
    @Column(name = "commission_notes")
    public String commissionNotes;
    @Column(name = "commission_concluded_by")
    public String commissionConcludedBy;
    @Column(name = "commission_concluded_at")
    public Instant commissionConcludedAt;
    /** ELIG-13: MONTHLY or LUMP_SUM_3_MONTHS, asked for a conditional assignment. */
    @Column(name = "conditional_payment", nullable = false)
    public String conditionalPayment = "MONTHLY";
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    public String fingerprint;

    /** One family member as stored in the {@code members} JSON column ({@code careFor} absent in older rows). */
    public record MemberRow(String iin, LocalDate birthDate, String relation, String residency, String disability,
                            boolean longIllness, boolean fullTimeStudent, List<String> careDuties, String employment,
                            List<IncomeRow> incomes, List<CareRow> careFor) {
    }

    /** ELIG-07: a person cared for; {@code outsideFamily} null for a member of the family. */
    public record CareRow(String duty, String iin, String outsideFamily) {
    }

    /** One monthly income. */
    public record IncomeRow(String month, String kind, BigDecimal amount) {
    }

    /** Living conditions (ELIG-14). */
    public record LivingRow(boolean ownsHousing, boolean subsidiaryFarm, boolean ownsCar, int livingAreaSquareMetres) {
    }
}
