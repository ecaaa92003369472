package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * REF-04 / REF-05: the poverty line of a region for the quarter of application and how it was obtained:
 * the figure the region published for that quarter (it takes precedence), or the method in force for
 * the quarter applied to the subsistence minimum (and, for AMD-01, the median income) of the quarter
 * BEFORE it.
 *
 * @param published          the published version (PUBLISHED only)
 * @param method             the method version (METHOD only)
 * @param subsistenceMinimum the SM of {@link #basePeriod()} (METHOD only)
 * @param medianIncome       the median income of {@link #basePeriod()} (AMD-01 only)
 * @param terms              the terms compared (METHOD only)
 * @param computedValue      the line as computed before the method's rounding (METHOD only; a published line is
 *                           taken exactly as published)
 */
public record PovertyLine(RegionCode region, Quarter quarter, Tenge value, Basis basis,
                          Version<RegionalFigure> published, Version<PovertyLineMethod> method,
                          SubsistenceMinimum subsistenceMinimum, Version<RegionalFigure> medianIncome,
                          List<PovertyLineMethod.Term> terms, Tenge computedValue) {

    /** How the value was obtained. */
    public enum Basis { PUBLISHED, METHOD }

    public PovertyLine {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    /** REF-05: the figure the region published for the quarter. */
    public static PovertyLine published(Quarter quarter, Version<RegionalFigure> figure) {
        if (figure.parameter() != ReferenceParameter.POVERTY_LINE) {
            throw new IllegalArgumentException("not a poverty line");
        }
        return new PovertyLine(figure.value().regionCode(), quarter, figure.value().amount(), Basis.PUBLISHED, figure,
                null, null, null, List.of(), null);
    }

    /**
     * REF-04: {@code method} (in force for {@code quarter}) applied to the figures of the quarter before.
     *
     * @param medianIncome null unless the method needs it
     */
    public static PovertyLine byMethod(Quarter quarter, Version<PovertyLineMethod> method, SubsistenceMinimum sm,
                                       Version<RegionalFigure> medianIncome) {
        if (!method.validity().covers(quarter.firstDay())) {
            throw new IllegalArgumentException("the method is not in force in " + quarter);
        }
        if (!sm.quarter().equals(quarter.previous())) {
            throw new IllegalArgumentException("the SM must be that of the quarter before " + quarter);
        }
        if (method.value().needsMedianIncome() && medianIncome == null) {
            throw new IllegalArgumentException("AMD-01 needs the median income");
        }
        PovertyLineMethod.Computation c = method.value().apply(sm.value(),
                medianIncome == null ? null : medianIncome.value().amount());
        return new PovertyLine(sm.region(), quarter, c.value(), Basis.METHOD, null, method, sm,
                method.value().needsMedianIncome() ? medianIncome : null, c.terms(), c.computed());
    }

    /** The quarter whose SM and median income a method uses: the one before the quarter of application. */
    public Quarter basePeriod() {
        return quarter.previous();
    }

    /** Every stored version the value rests on. */
    public List<Version<?>> versions() {
        List<Version<?>> used = new ArrayList<>();
        if (published != null) {
            used.add(published);
        }
        if (method != null) {
            used.add(method);
        }
        if (subsistenceMinimum != null) {
            used.addAll(subsistenceMinimum.versions());
        }
        if (medianIncome != null) {
            used.add(medianIncome);
        }
        return used;
    }
}
