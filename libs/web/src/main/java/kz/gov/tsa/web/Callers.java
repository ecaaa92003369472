package kz.gov.tsa.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
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
        String claim = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(REGION_CLAIM);
            claim = value == null ? null : value.toString();
            if (value instanceof jakarta.json.JsonString s) {
                claim = s.getString();
            }
        }
        return Caller.fromToken(identity.getPrincipal().getName(), identity.getRoles(), claim);
    }
}
