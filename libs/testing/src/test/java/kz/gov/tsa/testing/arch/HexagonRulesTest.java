package kz.gov.tsa.testing.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HexagonRulesTest {

    @Test
    void aCleanHexagonPasses() {
        JavaClasses classes = new ClassFileImporter().importPackages("kz.gov.tsa.archfixture.good");
        assertThat(HexagonRules.violations(classes, "kz.gov.tsa.archfixture.good")).isEmpty();
    }

    @Test
    void aDomainThatReachesAnAdapterOrAFrameworkAndAnApplicationThatUsesAnAdapterFail() {
        JavaClasses classes = new ClassFileImporter().importPackages("kz.gov.tsa.archfixture.bad");
        var violations = String.join("\n", HexagonRules.violations(classes, "kz.gov.tsa.archfixture.bad"));
        assertThat(violations)
                .contains("the domain is plain Java")
                .contains("org.postgresql.util.PGobject")
                .contains("the application layer depends only on the domain")
                .contains("FamilyService")
                .contains("outbound adapters and outbound ports never depend on inbound ports")
                .contains("ParametersAdapter");
        assertThatThrownBy(() -> HexagonRules.check(classes, "kz.gov.tsa.archfixture.bad"))
                .isInstanceOf(AssertionError.class);
    }
}
