package org.tradedesk.taxes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** What Modulith does not check: the engine and the expression grammar stay plain Java; persistence stays private. */
class TaxesArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tradedesk.taxes", "org.tradedesk.shared.duty");

    @Test
    void domainAndDutyExpressionsUseNoFramework() {
        noClasses().that().resideInAnyPackage("org.tradedesk.taxes.domain..", "org.tradedesk.shared.duty..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "tools.jackson..")
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }
}
