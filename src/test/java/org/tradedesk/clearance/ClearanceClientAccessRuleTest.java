package org.tradedesk.clearance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.Role;

/**
 * Who may see a client's records is one rule, the clients module's ({@link ClientDirectory#maySee}, behind its
 * {@code requireAccess}: a manager every client, a coordinator those assigned to them). Clearance wrote it a second time
 * (a manager check of its own and {@code isAssigned} of the current user); it now asks the clients module, so the rule
 * cannot drift apart between the modules (a 404 in one, a file shown in the other).
 */
class ClearanceClientAccessRuleTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tradedesk.clearance");

    @Test
    void clearanceAsksTheClientsModuleWhoSeesAClient() {
        noClasses().should().callMethod(CurrentUser.class, "hasRole", Role.class)
                .because("who sees a client is the clients module's rule (ClientDirectory.maySee / seesEveryClient)")
                .check(CLASSES);
        noClasses().should().callMethod(ClientDirectory.class, "isAssigned", org.tradedesk.clients.ClientId.class, String.class)
                .because("the current user's access is ClientDirectory.maySee, not an assignment looked up by name")
                .check(CLASSES);
    }
}
