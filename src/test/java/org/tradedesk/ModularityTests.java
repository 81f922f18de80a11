package org.tradedesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** A wrong arrow between modules (or a reach into another module's internals) fails the build. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TradedeskApplication.class);

    @Test
    void modulesRespectTheirAllowedDependencies() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
