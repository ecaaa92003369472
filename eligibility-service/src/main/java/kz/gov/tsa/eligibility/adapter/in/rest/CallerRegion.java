package kz.gov.tsa.eligibility.adapter.in.rest;

import io.quarkus.security.identity.SecurityIdentity;
import kz.gov.tsa.kernel.RegionCode;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * The region a caller works for: the token claim {@code region} (a KATO code, from the Keycloak user
 * attribute). Operators, commission members and akimats with a region see and change only that
 * region's applications and decisions; callers without the claim (the ministry's staff, admin) see all.
 */
final class CallerRegion {

    private CallerRegion() {
    }

    static Optional<String> of(SecurityIdentity caller) {
        if (caller.hasRole("admin")) {
            return Optional.empty();
        }
        return caller.getPrincipal() instanceof JsonWebToken jwt
                ? Optional.ofNullable(jwt.<Object>getClaim("region")).map(Object::toString).filter(s -> !s.isBlank())
                : Optional.empty();
    }

    /** True when the caller may work on {@code region}. */
    static boolean covers(SecurityIdentity caller, RegionCode region) {
        return of(caller).map(own -> own.equals(region.value())).orElse(true);
    }
}
