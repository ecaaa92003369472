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
import java.util.Map;
import java.util.UUID;

/** Row of {@code decision}: the outcome and the snapshot of inputs and parameter versions. */
@Entity
@Table(name = "decision")
public class DecisionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "application_id", nullable = false)
    public UUID applicationId;
    @Column(name = "family_id", nullable = false)
    public String familyId;
    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public String quarter;
    @Column(nullable = false)
    public String kind;
    /** ELIG-12/13: MONTHLY or LUMP_SUM_3_MONTHS; null for a refusal. */
    @Column(name = "payment_mode")
    public String paymentMode;
    @Column(name = "refusal_rule_id")
    public String refusalRuleId;
    @Column(name = "refusal_reason")
    public String refusalReason;
    @Column(name = "per_capita_income")
    public BigDecimal perCapitaIncome;
    @Column(name = "poverty_line", nullable = false)
    public BigDecimal povertyLine;
    @Column(name = "monthly_amount")
    public BigDecimal monthlyAmount;
    @Column(name = "period_from")
    public String periodFrom;
    @Column(name = "period_to")
    public String periodTo;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ShareRow> shares;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<StepRow> explanation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public InputsRow inputs;
    @Column(name = "commission_confirmed", nullable = false)
    public boolean commissionConfirmed;
    /** D-95: the compact what-if basis (with {@code perCapitaIncome} and {@code commissionConfirmed}). */
    @Column(name = "member_count")
    public Integer memberCount;
    @Column(name = "applicant_may_apply")
    public Boolean applicantMayApply;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ParametersRow parameters;
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
    @Column(name = "revoke_reason")
    public String revokeReason;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;

    public record ShareRow(String iin, BigDecimal monthlyAmount, boolean ableBodied, boolean fullTimeStudent,
                           LocalDate turns18On, LocalDate turns23On) {
    }

    public record StepRow(String ruleId, String article, String code, Map<String, String> figures, String outcome) {
    }

    public record InputsRow(List<ApplicationEntity.MemberRow> members, String quarter, LocalDate applicationDate,
                            LocalDate decisionDate) {
    }

    public record VersionRow(String parameter, String key, String value, LocalDate effectiveFrom, long versionId) {
    }

    /** ELIG-06 schedule step; {@code sex} MALE/FEMALE, {@code to} null while open. */
    public record RetirementStepRow(String sex, LocalDate from, LocalDate to, BigDecimal years, long versionId) {
    }

    /** {@code retirementSchedule} and {@code incomePeriodMonths} are absent (null) in decisions stored before. */
    public record ParametersRow(BigDecimal povertyLine, BigDecimal retirementAgeMen, BigDecimal retirementAgeWomen,
                                int contractTermMonths, List<VersionRow> versions,
                                List<RetirementStepRow> retirementSchedule, Integer incomePeriodMonths) {
    }
}
