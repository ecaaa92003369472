package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.IncomePeriodLength;
import kz.gov.tsa.eligibility.domain.reference.FoodSplit;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineRounding;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;

/** The one mapper between the reference rows and the domain's versions and regions. */
final class ReferenceRowMapper {

    private ReferenceRowMapper() {
    }

    /** The entity class that stores {@code parameter}. */
    static Class<? extends VersionRow> rowClass(ReferenceParameter parameter) {
        return switch (parameter) {
            case MCI -> MciRow.class;
            case FOOD_SPLIT -> FoodSplitRow.class;
            case RETIREMENT_AGE -> RetirementAgeRow.class;
            case CONTRACT_TERM -> ContractTermRow.class;
            case INCOME_PERIOD -> IncomePeriodRow.class;
            case POVERTY_LINE_METHOD -> PovertyLineMethodRow.class;
            case BASKET_ITEM -> BasketItemRow.class;
            case BASKET_PRICE -> BasketPriceRow.class;
            case SUBSISTENCE_MINIMUM -> SubsistenceMinimumRow.class;
            case POVERTY_LINE -> PovertyLineRow.class;
            case MEDIAN_INCOME -> MedianIncomeRow.class;
        };
    }

    static Region toDomain(RegionRow row) {
        return new Region(new RegionCode(row.code.strip()), row.nameKk, row.nameRu, row.nameEn,
                Region.Kind.valueOf(row.kind));
    }

    static Version<?> toDomain(VersionRow row) {
        return new Version<>(row.id, value(row), new Validity(row.validFrom, row.validTo), row.source, row.recordedBy,
                row.recordedAt, row.reason, row.supersededAt);
    }

    static ReferenceValue value(VersionRow row) {
        return switch (row) {
            case MciRow r -> new Mci(r.purpose, new Tenge(r.amount));
            case FoodSplitRow r -> new FoodSplit(r.foodPercent, r.nonFoodPercent);
            case RetirementAgeRow r -> new RetirementAge(r.sex, r.ageYears);
            case ContractTermRow r -> new ContractTerm(r.months);
            case IncomePeriodRow r -> new IncomePeriodLength(r.months);
            case PovertyLineMethodRow r -> switch (r.kind) {
                case PovertyLineMethod.ShareOfSubsistenceMinimum.KIND ->
                        new PovertyLineMethod.ShareOfSubsistenceMinimum(r.smPercent,
                                PovertyLineRounding.valueOf(r.rounding));
                case PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare.KIND ->
                        new PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare(r.medianIncomePercent, r.smPercent,
                                PovertyLineRounding.valueOf(r.rounding));
                default -> throw new IllegalStateException("unknown poverty-line method " + r.kind);
            };
            case BasketItemRow r -> new BasketItem(r.code, r.nameKk, r.nameRu, r.nameEn, r.unit, r.yearlyNorm,
                    r.kcalPerUnit, r.placeholder);
            case BasketPriceRow r -> new BasketPrice(new RegionCode(r.regionCode.strip()), r.itemCode, new Tenge(r.price));
            case SubsistenceMinimumRow r -> figure(ReferenceParameter.SUBSISTENCE_MINIMUM, r);
            case PovertyLineRow r -> figure(ReferenceParameter.POVERTY_LINE, r);
            case MedianIncomeRow r -> figure(ReferenceParameter.MEDIAN_INCOME, r);
            default -> throw new IllegalStateException("not a reference row: " + row.getClass());
        };
    }

    private static RegionalFigure figure(ReferenceParameter kind, RegionalFigureRow row) {
        return new RegionalFigure(kind, new RegionCode(row.regionCode.strip()), new Tenge(row.amount));
    }

    /** A new, unsaved row holding {@code value} (validity and provenance are set by the caller). */
    static VersionRow toRow(ReferenceValue value) {
        return switch (value) {
            case Mci v -> {
                MciRow r = new MciRow();
                r.purpose = v.purpose();
                r.amount = v.amount().value();
                yield r;
            }
            case FoodSplit v -> {
                FoodSplitRow r = new FoodSplitRow();
                r.foodPercent = v.foodPercent();
                r.nonFoodPercent = v.nonFoodPercent();
                yield r;
            }
            case RetirementAge v -> {
                RetirementAgeRow r = new RetirementAgeRow();
                r.sex = v.sex();
                r.ageYears = v.years();
                yield r;
            }
            case ContractTerm v -> {
                ContractTermRow r = new ContractTermRow();
                r.months = v.months();
                yield r;
            }
            case IncomePeriodLength v -> {
                IncomePeriodRow r = new IncomePeriodRow();
                r.months = v.months();
                yield r;
            }
            case PovertyLineMethod.ShareOfSubsistenceMinimum v -> {
                PovertyLineMethodRow r = new PovertyLineMethodRow();
                r.kind = v.kind();
                r.smPercent = v.smPercent();
                r.rounding = v.rounding().name();
                yield r;
            }
            case PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare v -> {
                PovertyLineMethodRow r = new PovertyLineMethodRow();
                r.kind = v.kind();
                r.smPercent = v.smPercent();
                r.medianIncomePercent = v.medianIncomePercent();
                r.rounding = v.rounding().name();
                yield r;
            }
            case BasketItem v -> {
                BasketItemRow r = new BasketItemRow();
                r.code = v.code();
                r.nameKk = v.nameKk();
                r.nameRu = v.nameRu();
                r.nameEn = v.nameEn();
                r.unit = v.unit();
                r.yearlyNorm = v.yearlyNorm();
                r.kcalPerUnit = v.kcalPerUnit();
                r.placeholder = v.placeholder();
                yield r;
            }
            case BasketPrice v -> {
                BasketPriceRow r = new BasketPriceRow();
                r.regionCode = v.regionCode().value();
                r.itemCode = v.itemCode();
                r.price = v.price().value();
                yield r;
            }
            case RegionalFigure v -> {
                RegionalFigureRow r = switch (v.parameter()) {
                    case SUBSISTENCE_MINIMUM -> new SubsistenceMinimumRow();
                    case POVERTY_LINE -> new PovertyLineRow();
                    case MEDIAN_INCOME -> new MedianIncomeRow();
                    default -> throw new IllegalStateException("not a regional figure: " + v.parameter());
                };
                r.regionCode = v.regionCode().value();
                r.amount = v.amount().value();
                yield r;
            }
        };
    }
}
