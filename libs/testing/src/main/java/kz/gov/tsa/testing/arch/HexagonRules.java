package kz.gov.tsa.testing.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.List;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

/**
 * The hexagon rules of ARCHITECTURE.md §3, written once and applied to every service:
 * <ul>
 *   <li>domain → nothing but itself, the plain-Java kernel ({@code kz.gov.tsa.kernel}) and {@code java..}
 *   (no Quarkus, JPA, Jackson);</li>
 *   <li>application → domain (+ CDI/JTA annotations, logging); never adapters, persistence or web APIs;</li>
 *   <li>adapters ({@code adapter.in.rest}, {@code .in.messaging}, {@code .in.scheduling}, {@code .out.persistence},
 *   {@code .out.messaging}, {@code .out.pseudonym}) → application + domain; nobody → adapters;</li>
 *   <li>outbound adapters and outbound ports never depend on inbound ports (an adapter serves the core, it does
 *   not drive it);</li>
 *   <li>JPA entities only in {@code adapter.out.persistence}; JAX-RS resources only in {@code adapter.in.rest}.</li>
 * </ul>
 */
public final class HexagonRules {

    /** The plain-Java value types and refusals every service's core may use. */
    public static final String KERNEL = "kz.gov.tsa.kernel..";

    private HexagonRules() {
    }

    /** Every rule for the service whose root package is {@code base} (e.g. {@code kz.gov.tsa.eligibility}). */
    public static List<ArchRule> rules(String base) {
        return List.of(
                onionArchitecture()
                        .domainModels(base + ".domain..")
                        .applicationServices(base + ".application..")
                        .adapter("rest", base + ".adapter.in.rest..")
                        .adapter("messaging-in", base + ".adapter.in.messaging..")
                        .adapter("persistence", base + ".adapter.out.persistence..")
                        .adapter("messaging-out", base + ".adapter.out.messaging..")
                        .adapter("pseudonym", base + ".adapter.out.pseudonym..")
                        .adapter("scheduling", base + ".adapter.in.scheduling..")
                        .withOptionalLayers(true)
                        .as("hexagon: domain <- application <- adapters, adapters independent of each other"),
                classes().that().resideInAPackage(base + ".domain..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..", KERNEL, "java..")
                        .allowEmptyShould(true)
                        .as("the domain is plain Java"),
                classes().that().resideInAPackage(base + ".application..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(base + ".domain..",
                                base + ".application..", KERNEL, "java..", "jakarta.enterprise..", "jakarta.inject..",
                                "jakarta.transaction..", "org.jboss.logging..")
                        .allowEmptyShould(true)
                        .as("the application layer depends only on the domain, CDI/JTA annotations and logging"),
                noClasses().that().resideInAnyPackage(base + ".adapter.out..", base + ".application.port.out..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".application.port.in..")
                        .allowEmptyShould(true)
                        .as("outbound adapters and outbound ports never depend on inbound ports"),
                classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                        .or().areAnnotatedWith("jakarta.persistence.Embeddable")
                        .should().resideInAPackage(base + ".adapter.out.persistence..")
                        .allowEmptyShould(true)
                        .as("JPA entities live only in adapter.out.persistence"),
                classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                        .should().resideInAPackage(base + ".adapter.in.rest..")
                        .allowEmptyShould(true)
                        .as("JAX-RS resources live only in adapter.in.rest"),
                noClasses().that().resideOutsideOfPackage(base + ".adapter.out.persistence..")
                        .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate.orm.panache..")
                        .allowEmptyShould(true)
                        .as("Panache is used only in adapter.out.persistence"));
    }

    /** Imports the production classes of {@code base} (tests excluded) from the class path. */
    public static JavaClasses importProductionClasses(String base) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(base);
    }

    /** Checks every rule and fails with all violations at once. */
    public static void check(String base) {
        check(importProductionClasses(base), base);
    }

    public static void check(JavaClasses classes, String base) {
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + base);
        }
        String failures = violations(classes, base).stream().collect(Collectors.joining("\n\n"));
        if (!failures.isEmpty()) {
            throw new AssertionError("Hexagon rules broken in " + base + ":\n" + failures);
        }
    }

    /** The failure reports of the broken rules (empty when the hexagon holds). */
    public static List<String> violations(JavaClasses classes, String base) {
        return rules(base).stream()
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(r -> r.getFailureReport().toString())
                .toList();
    }
}
