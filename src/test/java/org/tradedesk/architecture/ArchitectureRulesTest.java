package org.tradedesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * What Spring Modulith's {@code verify()} does not check (see {@code ModularityTests}): domain code
 * stays plain Java, persistence stays inside its module, and money never passes through binary
 * floating point.
 */
@AnalyzeClasses(packages = "org.tradedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    /** Packages whose classes deal with money; anything holding a {@code Money} field counts too. */
    private static final String[] MONEY_PACKAGES = {"org.tradedesk.shared..", "org.tradedesk.taxes.."};

    @ArchTest
    static final ArchRule domainCodeIsPlainJava = noClasses()
            .that().resideInAPackage("org.tradedesk..domain..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "jakarta.servlet..", "org.thymeleaf..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("domain logic is unit-tested without Spring, JPA or the web (STYLE.md, Domain code)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sharedValueTypesArePlainJava = noClasses()
            .that().resideInAPackage("org.tradedesk.shared..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "org.hibernate..", "jakarta.servlet..")
            .because("every module uses shared; it must not pull a framework into domain code");

    @ArchTest
    static final ArchRule entitiesAreNotPublic = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .or().areAnnotatedWith(jakarta.persistence.Embeddable.class)
            .should().notBePublic()
            .because("other modules use a module's facade and records, never its entities")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule repositoriesAreNotPublic = classes()
            .that().areInterfaces()
            .and().areAssignableTo(org.springframework.data.repository.Repository.class)
            .should().notBePublic()
            .because("a module's tables are reached through its facade only")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().notBePublic()
            .because("pages and endpoints are reached over HTTP, not called by other modules (STYLE.md, Web)");

    @ArchTest
    static final ArchRule noFloatingPointFieldsWhereMoneyIs = noFields()
            .that().areDeclaredInClassesThat(dealWithMoney())
            .should(haveFloatingPointType())
            .because("money and rates are BigDecimal; a double cannot hold 0.1 exactly");

    @ArchTest
    static final ArchRule noFloatingPointParametersOrResultsWhereMoneyIs = noCodeUnits()
            .that().areDeclaredInClassesThat(dealWithMoney())
            .should(takeOrReturnFloatingPoint())
            .because("money and rates are BigDecimal; a double cannot hold 0.1 exactly");

    /**
     * "Today" comes from {@code platform.BusinessCalendar} (the product's, a jurisdiction's or the latest served zone's
     * day) or {@code clearance.FileTime} (a file's): {@code LocalDate.now()} reads the server's zone (UTC on CI: from 16:00
     * UTC a day behind Taipei) and {@code LocalDate.now(clock)} the clock's (a test's fixed clock is in UTC), so neither
     * may come back — not in a dispute's "not after today" bound, not anywhere.
     */
    @ArchTest
    static final ArchRule noServerZoneToday = noClasses()
            .that().doNotHaveFullyQualifiedName("org.tradedesk.platform.BusinessCalendar")
            .should().callMethodWhere(DescribedPredicate.describe("LocalDate/LocalDateTime/ZonedDateTime.now(…) or Clock.systemDefaultZone()",
                    call -> {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        return name.equals("now") && (owner.equals("java.time.LocalDate") || owner.equals("java.time.LocalDateTime")
                                || owner.equals("java.time.ZonedDateTime"))
                                || name.equals("systemDefaultZone") && owner.equals("java.time.Clock");
                    }))
            .because("a day is read in a named zone through BusinessCalendar or FileTime, never the server's or the clock's "
                    + "(README, Conventions: time zones)");

    private static DescribedPredicate<JavaClass> dealWithMoney() {
        return DescribedPredicate.describe("deal with money (in " + String.join(", ", MONEY_PACKAGES)
                + " or holding a Money field)", c -> inMoneyPackage(c) || holdsMoney(c));
    }

    private static boolean inMoneyPackage(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.equals("org.tradedesk.shared") || pkg.startsWith("org.tradedesk.shared.")
                || pkg.equals("org.tradedesk.taxes") || pkg.startsWith("org.tradedesk.taxes.");
    }

    private static boolean holdsMoney(JavaClass c) {
        return c.getFields().stream()
                .anyMatch(f -> f.getRawType().getName().equals("org.tradedesk.shared.Money"));
    }

    private static ArchCondition<JavaField> haveFloatingPointType() {
        return new ArchCondition<>("have a double or float type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean floating = FLOATING_POINT.contains(field.getRawType().getName());
                events.add(new SimpleConditionEvent(field, floating,
                        field.getFullName() + " is " + field.getRawType().getName()));
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> takeOrReturnFloatingPoint() {
        return new ArchCondition<>("take or return a double or float") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean floating = FLOATING_POINT.contains(unit.getRawReturnType().getName())
                        || unit.getRawParameterTypes().stream().anyMatch(t -> FLOATING_POINT.contains(t.getName()));
                events.add(new SimpleConditionEvent(unit, floating,
                        unit.getFullName() + " takes or returns a double/float"));
            }
        };
    }
}
