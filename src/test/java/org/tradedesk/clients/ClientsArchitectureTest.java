package org.tradedesk.clients;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** What Modulith does not check inside the module: plain domain code, hidden persistence and controllers. */
class ClientsArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tradedesk.clients");

    @Test
    void checkDigitRulesUseNoFramework() {
        noClasses().that().resideInAPackage("..clients.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.validation..", "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesAreNotPartOfTheApi() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class).should().notBePublic().check(CLASSES);
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic().check(CLASSES);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().resideInAPackage("..clients.web..")
                .and().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notBePublic().check(CLASSES);
    }
}
