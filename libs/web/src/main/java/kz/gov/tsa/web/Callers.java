package kz.gov.tsa.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * The one place that reads who is calling: the verified token's subject, roles and {@code region} claim
 * (Keycloak user attribute, a KATO code) become a {@link Caller}. Resources call {@link #current()} and pass the
 * caller in their command; use cases decide what it may do. No other class reads the {@code region} claim.
 */
@ApplicationScoped
public class Callers {

    /** The token claim naming the region a member of staff works for. */
    public static final String REGION_CLAIM = "region";

    /**
     * The token claim naming the citizen a {@code portal} caller acts for: the IIN of the e-gov sign-in (Keycloak
     * user attribute {@code iin}, D-19). Read only for portal callers; a value that is not a valid IIN names nobody.
     */
    public static final String IIN_CLAIM = "iin";

    private final SecurityIdentity identity;

    @Inject
    public Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller of the current request (an anonymous caller reaches no region and has no role). */
    public Caller current() {
        return of(identity);
    }

    /** The caller a security identity stands for. */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller("anonymous", Set.of(), new Caller.Reach.Nowhere(null));
        }
        String region = null;
        String iin = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            region = text(jwt.getClaim(REGION_CLAIM));
            iin = text(jwt.getClaim(IIN_CLAIM));
        }
        Caller caller = Caller.fromToken(identity.getPrincipal().getName(), identity.getRoles(), region);
        if (caller.hasRole("portal") && iin != null && Iin.isValid(iin)) {
            caller = caller.withCitizen(Iin.parse(iin));
        }
        return caller;
    }

    private static String text(Object value) {
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
