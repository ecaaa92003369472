package kz.gov.tsa.eligibility.domain.reference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored version of a reference value that eligibility-service owns and publishes for other services
 * (employment-registry-service): the MCI per purpose (REF-07) and the retirement age per sex (ELIG-06). The parameter
 * is named {@code MCI.SOCIAL_PAYMENTS}, {@code MCI.FINES_TAXES}, {@code RETIREMENT_AGE.MALE},
 * {@code RETIREMENT_AGE.FEMALE}; the value is a plain decimal ({@code 4325.00}, {@code 61.0}); the version is the row
 * id, which grows with every version of a parameter.
 *
 * @param validTo null while open
 */
public record ReferenceRelease(String parameter, LocalDate validFrom, LocalDate validTo, String value, long version,
                               String source) {

    public ReferenceRelease {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** The parameters whose versions are published. */
    public static final java.util.List<ReferenceParameter> PUBLISHED = java.util.List.of(ReferenceParameter.MCI,
            ReferenceParameter.RETIREMENT_AGE);

    /** The release of a stored version, or empty for a parameter that is not published. */
    public static Optional<ReferenceRelease> of(Version<?> version) {
        return switch (version.value()) {
            case Mci m -> Optional.of(new ReferenceRelease("MCI." + m.purpose().name(), version.validity().from(),
                    version.validity().to(), m.amount().value().toPlainString(), version.id(), version.source()));
            case RetirementAge r -> Optional.of(new ReferenceRelease("RETIREMENT_AGE." + r.sex().name(),
                    version.validity().from(), version.validity().to(), r.years().toPlainString(), version.id(),
                    version.source()));
            default -> Optional.empty();
        };
    }
}
