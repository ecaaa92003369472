package kz.gov.tsa.kernel;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, in one type: the token's subject, its roles and how far it reaches. Read once at the edge
 * ({@code libs/web} produces it from the verified token), passed in every command, and checked inside the use
 * case — never re-read from the token by a resource.
 * <p>
 * Reach (D-11): {@code admin} and staff without a {@code region} claim (the ministry) reach every region;
 * staff with a valid KATO {@code region} claim reach only that region; a {@code region} claim that is present
 * but not one of the 20 regions reaches <em>no</em> region — a broken claim never widens access. An
 * {@code akimat} is a region's executive body by definition: without a valid claim it reaches no region.
 *
 * @param subject the token's principal name (the audit actor)
 * @param roles   the token's roles ({@code operator}, {@code commission}, {@code akimat}, {@code auditor},
 *                {@code portal}, {@code admin}, {@code service})
 * @param reach   which regions the caller works on
 * @param citizen the citizen a {@code portal} caller acts for — the IIN of the e-gov sign-in, from the token's
 *                {@code iin} claim (D-19) — or {@code null}; staff tokens carry none
 */
public record Caller(String subject, Set<String> roles, Reach reach, Iin citizen) {

    /** Which regions a caller works on. */
    public sealed interface Reach {
        /** Every region (the ministry, admin). */
        record Nationwide() implements Reach {
        }

        /** One region (an akimat, an employment centre's operator, a precinct commission). */
        record OneRegion(RegionCode region) implements Reach {
            public OneRegion {
                Objects.requireNonNull(region, "region");
            }
        }

        /** No region: the token's {@code region} claim is not a known KATO region (null: an akimat without one). */
        record Nowhere(String claim) implements Reach {
        }
    }

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reach, "reach");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a caller has a subject");
        }
    }

    /** A caller acting for no citizen (staff, services). */
    public Caller(String subject, Set<String> roles, Reach reach) {
        this(subject, roles, reach, null);
    }

    /** The same caller acting for {@code citizen} (the portal's signed-in citizen). */
    public Caller withCitizen(Iin citizen) {
        return new Caller(subject, roles, reach, citizen);
    }

    /** The citizen a portal caller acts for, if its token names one. */
    public Optional<Iin> citizenIin() {
        return Optional.ofNullable(citizen);
    }

    /**
     * The caller from a verified token: its subject, roles and raw {@code region} claim (null or blank when
     * absent). {@code admin} is nationwide whatever its claim.
     */
    public static Caller fromToken(String subject, Set<String> roles, String regionClaim) {
        Set<String> r = roles == null ? Set.of() : roles;
        boolean noClaim = regionClaim == null || regionClaim.isBlank();
        Reach reach;
        if (r.contains("admin")) {
            reach = new Reach.Nationwide();
        } else if (noClaim) {
            reach = r.contains("akimat") ? new Reach.Nowhere(null) : new Reach.Nationwide();
        } else if (RegionCode.isKnown(regionClaim)) {
            reach = new Reach.OneRegion(new RegionCode(regionClaim));
        } else {
            reach = new Reach.Nowhere(regionClaim);
        }
        return new Caller(subject, r, reach);
    }

    /** A system caller (a scheduled job, an event consumer): nationwide, role {@code service}. */
    public static Caller system(String name) {
        return new Caller(name, Set.of("service"), new Reach.Nationwide());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when the caller works on every region. */
    public boolean nationwide() {
        return reach instanceof Reach.Nationwide;
    }

    /** The one region the caller is bound to, if it is bound to one. */
    public Optional<RegionCode> ownRegion() {
        return reach instanceof Reach.OneRegion(RegionCode region) ? Optional.of(region) : Optional.empty();
    }

    /** True when the caller may work on {@code region}. */
    public boolean covers(RegionCode region) {
        return switch (reach) {
            case Reach.Nationwide n -> true;
            case Reach.OneRegion(RegionCode own) -> own.equals(region);
            case Reach.Nowhere n -> false;
        };
    }

    /**
     * The regions a query may read: the requested one (checked) or, when none is requested, the caller's own
     * region (empty = all, only for a nationwide caller). Refused (403) when the caller does not reach it.
     */
    public Outcome<Optional<RegionCode>> scope(Optional<RegionCode> requested) {
        return switch (reach) {
            case Reach.Nationwide n -> Outcome.accepted(requested);
            case Reach.OneRegion(RegionCode own) -> requested.isEmpty() || requested.get().equals(own)
                    ? Outcome.accepted(Optional.of(own))
                    : Outcome.refused(notYourRegion(requested.get()));
            case Reach.Nowhere n -> Outcome.refused(n.claim() == null
                    ? Refusal.forbidden("caller.region-claim-missing")
                    : Refusal.forbidden("caller.region-claim-invalid").with("regionClaim", n.claim()));
        };
    }

    /** Accepted when the caller may work on {@code region}; otherwise a 403 naming the region. */
    public Outcome<RegionCode> requireCovers(RegionCode region) {
        return covers(region) ? Outcome.accepted(region) : Outcome.refused(notYourRegion(region));
    }

    private Refusal notYourRegion(RegionCode region) {
        Refusal refusal = Refusal.forbidden("region.not-yours", region.value()).with("regionCode", region.value());
        return ownRegion().map(own -> refusal.with("callerRegion", own.value())).orElse(refusal);
    }

    @Override
    public String toString() {
        return "Caller[" + subject + " " + roles + " " + reach + "]";
    }
}
