package org.tradedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * One naming habit for the web edge (README, Architecture): a page controller is
 * {@code <Thing>PageController}, a REST controller {@code <Thing>ApiController}, so a reader knows
 * from the name whether it renders a template or answers JSON.
 */
class ControllerNamingTest {

    /** Named before the convention and not renamed yet: none left (identity's three pages were renamed). */
    static final Set<String> NOT_YET_RENAMED = Set.of();

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tradedesk");

    @Test
    void pageAndApiControllersSayWhichTheyAre() {
        List<String> wrong = CLASSES.stream()
                .filter(c -> !c.isAnnotatedWith(ControllerAdvice.class) && !c.isAnnotatedWith(RestControllerAdvice.class))
                .filter(c -> !NOT_YET_RENAMED.contains(c.getName()))
                .filter(c -> problem(c) != null).map(ControllerNamingTest::problem).toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    void theGrandfatheredListOnlyShrinks() {
        assertThat(NOT_YET_RENAMED).allSatisfy(name -> assertThat(CLASSES.contain(name))
                .as("%s is gone or renamed: take it off the list", name).isTrue());
    }

    static String problem(JavaClass c) {
        if (c.isAnnotatedWith(RestController.class) && !c.getSimpleName().endsWith("ApiController")) {
            return c.getName() + " answers REST: name it <Thing>ApiController";
        }
        if (c.isAnnotatedWith(Controller.class) && !c.isAnnotatedWith(RestController.class)
                && !c.getSimpleName().endsWith("PageController")) {
            return c.getName() + " renders pages: name it <Thing>PageController";
        }
        return null;
    }
}
