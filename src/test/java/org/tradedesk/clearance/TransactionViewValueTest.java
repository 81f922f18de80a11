package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Code read after T4 (t4fixR 3): {@link TransactionView} carried a mutable memo of the declared invoices as a record
 * component ({@code Derived derived}) — a package-private type behind a public accessor, with equals overridden so that the
 * record stayed equal to its contents. The view is the file's value only; what is worked out from it is worked out
 * ({@link DeclarationBuilding#declaredInvoices}).
 */
class TransactionViewValueTest {

    @Test
    void theViewHoldsTheFilesValueOnlyAndEveryPartIsAPublicType() {
        RecordComponent[] parts = TransactionView.class.getRecordComponents();
        assertThat(Arrays.stream(parts).map(RecordComponent::getName)).containsExactly("transaction", "clientName", "documents",
                "deadlines", "retention", "retentionEnded", "nextStatuses", "withdrawnDocuments");
        assertThat(Arrays.stream(parts).map(RecordComponent::getType))
                .allMatch(t -> t.isPrimitive() || Modifier.isPublic(t.getModifiers()));
    }

    @Test
    void theDeclaredInvoicesAreWorkedOutFromTheDocumentsOfTheView() {
        TransactionView view = ClearanceNamesTest.file(2, "KHH-0142", List.of(ClearanceNamesTest.invoice(14, "INV-7"),
                ClearanceNamesTest.invoice(31, "INV-8")));
        assertThat(DeclarationBuilding.declaredInvoices(view)).isEmpty(); // no lines: nothing to declare
        assertThat(view).isEqualTo(ClearanceNamesTest.file(2, "KHH-0142", view.documents()));
    }
}
