package org.tradedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.tradedesk.TradedeskApplication;

/**
 * The one list of allowed arrows is each module's {@code package-info.java}
 * ({@code @ApplicationModule(allowedDependencies = ...)}), which {@code ModularityTests} has Spring
 * Modulith verify against the code. This test holds those declarations to the design: every module
 * declares its list (an undeclared one would let Modulith allow anything), names only modules that
 * exist, and the lists keep the design's directions — foundations use no business module, reference
 * data ({@code tariff}) never uses calculations or transactions, {@code taxes} never uses
 * {@code clearance}, research ({@code markets}) never uses campaigns ({@code marketing}), no cycles.
 */
class ModuleArrowsTest {

    /** Modules every other may use; they use no business module. */
    static final Set<String> FOUNDATIONS = Set.of("shared", "platform", "identity", "reporting");

    /** Arrows the design forbids, whatever a package-info says (target modules may not exist yet). */
    static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "tariff", Set.of("taxes", "clients", "markets", "marketing", "clearance"),
            "clients", Set.of("taxes", "marketing", "clearance"),
            "taxes", Set.of("clearance", "markets", "marketing"),
            "markets", Set.of("marketing", "clearance"));

    static final ApplicationModules MODULES = ApplicationModules.of(TradedeskApplication.class);

    @Test
    void everyModuleDeclaresItsArrowsAndTheyKeepTheDesign() {
        Map<String, Set<String>> declared = new TreeMap<>();
        List<String> undeclared = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            String[] allowed = declaredArrows(module.getBasePackage().getName());
            if (allowed == null || Arrays.asList(allowed).contains(org.springframework.modulith.ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(name);
            } else {
                declared.put(name, new LinkedHashSet<>(Arrays.asList(allowed)));
            }
        }
        assertThat(declared.keySet()).as("modules found by Spring Modulith").contains("shared", "platform", "identity", "taxes");
        assertThat(undeclared).as("modules whose package-info declares no allowedDependencies").isEmpty();
        assertThat(violations(declared)).as("declared arrows against the design").isEmpty();
    }

    @Test
    void theDesignRulesCatchWhatTheyAreMeantTo() {
        Map<String, Set<String>> fine = Map.of("shared", Set.of(), "platform", Set.of("shared"),
                "tariff", Set.of("shared", "platform"), "clients", Set.of("shared"),
                "taxes", Set.of("tariff", "clients", "shared"));
        assertThat(violations(fine)).isEmpty();

        assertThat(violations(Map.of("shared", Set.of("platform"), "platform", Set.of())))
                .singleElement().asString().contains("shared → platform");
        assertThat(violations(Map.of("shared", Set.of(), "platform", Set.of("taxes"), "taxes", Set.of())))
                .anySatisfy(v -> assertThat(v).contains("platform → taxes", "foundation"));
        assertThat(violations(Map.of("tariff", Set.of("taxes"), "taxes", Set.of())))
                .anySatisfy(v -> assertThat(v).contains("tariff → taxes", "forbidden"));
        assertThat(violations(Map.of("taxes", Set.of("tariff", "customs"), "tariff", Set.of())))
                .singleElement().asString().contains("taxes → customs", "no such module");
        assertThat(violations(Map.of("taxes", Set.of("reporting"), "reporting", Set.of("markets"),
                "markets", Set.of("taxes")))).anySatisfy(v -> assertThat(v).contains("cycle"));
    }

    /** What is wrong with a set of declared arrows; empty when they keep the design. */
    static List<String> violations(Map<String, Set<String>> declared) {
        List<String> wrong = new ArrayList<>();
        declared.forEach((from, targets) -> {
            for (String to : targets) {
                String arrow = from + " → " + to;
                if (!declared.containsKey(to)) {
                    wrong.add(arrow + ": no such module");
                } else if (from.equals("shared")) {
                    wrong.add(arrow + ": shared uses no module");
                } else if (FOUNDATIONS.contains(from) && !FOUNDATIONS.contains(to)) {
                    wrong.add(arrow + ": a foundation module uses no business module");
                }
                if (FORBIDDEN.getOrDefault(from, Set.of()).contains(to)) {
                    wrong.add(arrow + ": forbidden by the design");
                }
            }
        });
        cycle(declared).ifPresent(c -> wrong.add("cycle: " + String.join(" → ", c)));
        return wrong;
    }

    private static java.util.Optional<List<String>> cycle(Map<String, Set<String>> declared) {
        for (String start : declared.keySet()) {
            Deque<List<String>> paths = new ArrayDeque<>();
            paths.push(List.of(start));
            while (!paths.isEmpty()) {
                List<String> path = paths.pop();
                for (String next : declared.getOrDefault(path.get(path.size() - 1), Set.of())) {
                    List<String> longer = new ArrayList<>(path);
                    longer.add(next);
                    if (next.equals(start)) {
                        return java.util.Optional.of(longer);
                    }
                    if (!path.contains(next)) {
                        paths.push(longer);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The {@code allowedDependencies} of the package's {@code @ApplicationModule}, or null without one. */
    private static String[] declaredArrows(String basePackage) {
        try {
            Class<?> info = Class.forName(basePackage + ".package-info");
            var annotation = info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return annotation == null ? null : annotation.allowedDependencies();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
