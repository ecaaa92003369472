package kz.gov.tsa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.json.Json;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.RegionCode;

/** The region claim is read in one place; a string and a JSON string claim mean the same. */
class CallersTest {

    record Token(String name, Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @SuppressWarnings("unchecked")
        @Override
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    private static Caller callerWith(Object claim) {
        Map<String, Object> claims = claim == null ? Map.of() : Map.of("region", claim);
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new Token("op-1", claims))
                .addRole("operator").build();
        return Callers.of(identity);
    }

    @Test
    void aRegionClaimAsStringOrJsonStringBindsTheCallerToIt() {
        assertThat(callerWith("750000000").ownRegion()).contains(new RegionCode("750000000"));
        assertThat(callerWith(Json.createValue("750000000")).ownRegion()).contains(new RegionCode("750000000"));
        assertThat(callerWith("750000000").subject()).isEqualTo("op-1");
        assertThat(callerWith("750000000").roles()).containsExactly("operator");
    }

    @Test
    void noClaimIsNationwideAndABrokenClaimReachesNothing() {
        assertThat(callerWith(null).nationwide()).isTrue();
        assertThat(callerWith("abc").covers(new RegionCode("750000000"))).isFalse();
        assertThat(callerWith("abc").nationwide()).isFalse();
    }

    private static Caller withIin(String role, Object iin) {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token("5b1c7f9e-uuid-of-keycloak", Map.of("iin", iin))).addRole(role).build();
        return Callers.of(identity);
    }

    @Test
    void aPortalCallerActsForTheCitizenItsIinClaimNamesWhenTheIinIsValid() {
        assertThat(withIin("portal", "880412401234").citizenIin()).contains(Iin.parse("880412401234"));
        assertThat(withIin("portal", Json.createValue("880412401234")).citizenIin())
                .contains(Iin.parse("880412401234"));
        assertThat(withIin("portal", "880412401234").subject()).isEqualTo("5b1c7f9e-uuid-of-keycloak");
        // a bad checksum names nobody; staff never act for a citizen, whatever their token says
        assertThat(withIin("portal", "880412401235").citizenIin()).isEmpty();
        assertThat(withIin("operator", "880412401234").citizenIin()).isEmpty();
    }

    @Test
    void anAnonymousIdentityHasNoRoleAndNoRegion() {
        Caller anonymous = Callers.of(QuarkusSecurityIdentity.builder().setAnonymous(true)
                .setPrincipal(() -> "").build());
        assertThat(anonymous.roles()).isEmpty();
        assertThat(anonymous.nationwide()).isFalse();
    }
}
