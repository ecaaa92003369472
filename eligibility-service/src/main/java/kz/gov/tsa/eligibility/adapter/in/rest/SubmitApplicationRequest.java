package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.CareFor;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.eligibility.domain.PaymentMode;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.web.ValidIin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** A TSA application with the whole family and its needs-assessment facts (ELIG-14). */
@Schema(name = "SubmitApplicationRequest", description = "A TSA application with the whole family (ELIG-14)")
public record SubmitApplicationRequest(
        @NotNull @Pattern(regexp = "\\d{9}", message = "{tsa.region.invalid}")
        @Schema(description = "KATO code of the region (17 oblasts, Astana, Almaty, Shymkent)", examples = "750000000")
        String regionCode,
        @Pattern(regexp = "\\d{4}-Q[1-4]", message = "{tsa.quarter.invalid}")
        @Schema(description = "Quarter of application — optional: it is always the quarter of the date of receipt in "
                + "Asia/Almaty (ELIG-03, ELIG-12); a request naming another quarter is refused (400, field quarter). "
                + "Incomes are those of the income period before it.", examples = "2026-Q4")
        String quarter,
        @NotEmpty @Size(max = 30) @Valid
        @Schema(description = "Every family member, the applicant included (relation APPLICANT, exactly once)")
        List<@NotNull @Valid Member> members,
        @Valid
        @Schema(description = "Living conditions from the needs assessment (ELIG-14); optional")
        Living livingConditions,
        @Schema(description = "ELIG-13: how conditional assistance is to be paid if it is assigned — MONTHLY (when "
                + "omitted) or, at the applicant's request, LUMP_SUM_3_MONTHS for three months at once. An "
                + "unconditional assignment is paid monthly (ELIG-12).", examples = "MONTHLY")
        PaymentMode conditionalPayment,
        @Schema(description = "Back-dated entry of a paper application (D-81): the date the paper application was "
                + "received, not in the future and not before 2018-01-01. Only a caller with the role backdated-entry "
                + "may send it (403 otherwise), with receivedOnReason; the quarter of application and the ages are "
                + "those of this date.", examples = "2026-11-27")
        LocalDate receivedOn,
        @Size(max = 500)
        @Schema(description = "Why a paper application is entered only now (required with receivedOn; audited)",
                examples = "paper application received at the Almaty employment centre; system outage that day")
        String receivedOnReason) {

    /** One family member with the facts the rules look at. */
    @Schema(name = "FamilyMemberRequest")
    public record Member(
            @NotNull @ValidIin @Schema(description = "IIN, 12 digits with check digit", examples = "900101300126")
            String iin,
            @NotNull @PastOrPresent @Schema(examples = "1990-01-01")
            LocalDate birthDate,
            @NotNull @Schema(examples = "APPLICANT")
            FamilyMember.Relation relation,
            @NotNull @Schema(description = "ELIG-02: citizens, kandas, refugees, permanently resident foreigners and stateless persons may apply", examples = "CITIZEN")
            ResidencyStatus residency,
            @Schema(description = "Disability group, NONE when omitted", examples = "NONE")
            Disability disability,
            @Schema(description = "An illness that can give more than two months of incapacity for work")
            Boolean longIllness,
            @Schema(description = "Full-time pupil or student (CON-07, CON-09)")
            Boolean fullTimeStudent,
            @Schema(description = "Care the member gives (ELIG-07). A duty counts only for a person cared for on the "
                    + "decision date: the one named in careFor, or else another member of the family who fits (a child "
                    + "under 7, a child with a disability, a person with disability group 1 or 2, a member of "
                    + "retirement age)")
            Set<@NotNull CareDuty> careDuties,
            @Schema(description = "Social status, NOT_WORKING when omitted", examples = "EMPLOYED")
            EmploymentStatus employment,
            @Valid @Size(max = 60)
            @Schema(description = "Incomes per month of the income period (the quarter before the quarter of application)")
            List<@NotNull @Valid Income> incomes,
            @Valid @Size(max = 30)
            @Schema(description = "ELIG-07: whom the member cares for — a member of this family by IIN, or a person "
                    + "outside the family by IIN with outsideFamily saying who it is. Optional; each duty named here "
                    + "is also a care duty of the member")
            List<@NotNull @Valid Care> careFor) {

        FamilyMember toDomain() {
            return new FamilyMember(Iin.parse(iin), birthDate, relation, residency,
                    disability == null ? Disability.NONE : disability, Boolean.TRUE.equals(longIllness),
                    Boolean.TRUE.equals(fullTimeStudent), careDuties == null ? Set.of() : careDuties,
                    employment == null ? EmploymentStatus.NOT_WORKING : employment,
                    incomes == null ? List.of() : incomes.stream().map(Income::toDomain).toList(),
                    careFor == null ? List.of() : careFor.stream().map(Care::toDomain).toList());
        }
    }

    /** ELIG-07: one person a member cares for. */
    @Schema(name = "CareFor")
    public record Care(
            @NotNull @Schema(examples = "CHILD_UNDER_7") CareDuty duty,
            @NotNull @ValidIin @Schema(description = "IIN of the person cared for", examples = "200505500000") String iin,
            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
            @Schema(description = "Only for a person outside the family: who it is (e.g. \"mother, lives separately\")")
            String outsideFamily) {

        CareFor toDomain() {
            return new CareFor(duty, Iin.parse(iin), outsideFamily);
        }
    }

    /** One income for one month. */
    @Schema(name = "MonthlyIncome")
    public record Income(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{tsa.month.invalid}")
            @Schema(examples = "2026-07") String month,
            @NotNull @Schema(examples = "WAGES") MonthlyIncome.IncomeKind kind,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Tenge, two decimals", examples = "85000.00") BigDecimal amount) {

        MonthlyIncome toDomain() {
            return new MonthlyIncome(YearMonth.parse(month), kind, new Tenge(amount));
        }
    }

    /** Living conditions. */
    @Schema(name = "LivingConditions")
    public record Living(boolean ownsHousing, boolean subsidiaryFarm, boolean ownsCar,
                         @PositiveOrZero @Max(100000) int livingAreaSquareMetres) {
        LivingConditions toDomain() {
            return new LivingConditions(ownsHousing, subsidiaryFarm, ownsCar, livingAreaSquareMetres);
        }
    }

    LivingConditions living() {
        return livingConditions == null ? LivingConditions.NOT_RECORDED : livingConditions.toDomain();
    }
}
