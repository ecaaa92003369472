package kz.gov.tsa.kernel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Services' domain code may depend on this package, so it depends on the JDK alone (no framework). */
@AnalyzeClasses(packages = "kz.gov.tsa.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class PlainJavaTest {

    @ArchTest
    static final ArchRule onlyTheJdk = classes().that().resideInAPackage("kz.gov.tsa.kernel..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("kz.gov.tsa.kernel..", "java..", "javax.crypto..");
}
