package kz.gov.tsa.web;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The same 401/403 expectations with {@code quarkus.http.auth.proactive=false}. */
@QuarkusTest
@TestProfile(LazyAuthSecurityProblemsTest.LazyAuth.class)
class LazyAuthSecurityProblemsTest extends SecurityProblemsTest {

    /** Disables proactive authentication. */
    public static class LazyAuth implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.auth.proactive", "false");
        }
    }
}
