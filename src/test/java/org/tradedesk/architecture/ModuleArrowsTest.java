package org.tradedesk.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.tradedesk.TradedeskApplication;

/**
 * The arrows of the design (DESIGN.md, README "Architecture"), checked on the compiled code:
 * {@code taxes → tariff, clients}, {@code markets → tariff}, {@code marketing → markets},
 * {@code clearance → taxes, tariff, clients}; everyone may use {@code shared}, {@code platform},
 * {@code identity} and {@code reporting}. Modulith's {@code verify()} only checks what each
 * {@code package-info.java} declares; this test holds every module to the design even where a
 * module declares nothing. A new module must be added to {@link #ALLOWED}.
 */
class ModuleArrowsTest {

    static final Set<String> FOR_EVERYONE = Set.of("shared", "platform", "identity", "reporting");

    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("shared", Set.of()),
            entry("platform", Set.of("shared")),
            entry("identity", Set.of("shared", "platform")),
            entry("reporting", Set.of("shared", "platform")),
            entry("clients", FOR_EVERYONE),
            entry("tariff", FOR_EVERYONE),
            entry("taxes", union(FOR_EVERYONE, "tariff", "clients")),
            entry("markets", union(FOR_EVERYONE, "tariff")),
            entry("marketing", union(FOR_EVERYONE, "markets")),
            entry("clearance", union(FOR_EVERYONE, "taxes", "tariff", "clients")));

    static final ApplicationModules MODULES = ApplicationModules.of(TradedeskApplication.class);

    @Test
    void everyModuleIsInTheDesign() {
        List<String> names = MODULES.stream().map(ModuleArrowsTest::name).toList();
        assertThat(names).as("modules found by Spring Modulith").contains("shared", "platform", "identity");
        assertThat(ALLOWED.keySet()).as("modules with declared arrows").containsAll(names);
    }

    @Test
    void everyDependencyFollowsAnArrowOfTheDesign() {
        List<String> wrong = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            Set<String> allowed = ALLOWED.getOrDefault(name(module), Set.of());
            module.getDirectDependencies(MODULES).stream()
                    .filter(d -> !d.getTargetModule().equals(module))
                    .filter(d -> !allowed.contains(name(d.getTargetModule())))
                    .map(ModuleArrowsTest::describe)
                    .distinct()
                    .forEach(wrong::add);
        }
        assertThat(wrong).as("dependencies against the design's arrows").isEmpty();
    }

    private static String describe(ApplicationModuleDependency d) {
        return d.getSourceType().getName() + " → " + d.getTargetType().getName() + " (" + d.getDependencyType() + ")";
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static Set<String> union(Set<String> base, String... more) {
        return java.util.stream.Stream.concat(base.stream(), java.util.Arrays.stream(more)).collect(Collectors.toSet());
    }
}
