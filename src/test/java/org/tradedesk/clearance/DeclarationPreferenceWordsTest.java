package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxInputInvalid;

/**
 * t4fixZ2 (acceptance review of issue 8): a draft claiming a preference the line has no option for was refused with the tax
 * engine's codes (「可選：GENERAL」); the choices are said in words, at the draft item's preference field.
 */
class DeclarationPreferenceWordsTest {

    private static CapturedLine line(int n) {
        return new CapturedLine(n, "Plates", "6911.10.00", "CN", new BigDecimal("10"), "NAR", new BigDecimal("5"),
                new BigDecimal("6"), new BigDecimal("2.00"), new BigDecimal("20.00"), null, null, null);
    }

    @Test
    void aPreferenceNotOfferedNamesTheChoicesInWords() {
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "INV-1", LocalDate.of(2026, 3, 1), "USD", "Seller", "CN",
                "Buyer", "AU", "FOB", "Sydney", new BigDecimal("40.00"), null, null, List.of(line(1), line(2)));
        DeclarationDraft draft = new DeclarationDraft(null, null, null, null, null, null, null,
                List.of(new DeclarationDraft.ItemChoice(1, null, null, null, null), new DeclarationDraft.ItemChoice(2, null, null, "ECFA", null)));
        TaxInputInvalid refused = TaxInputInvalid.field("lines[1].scheme", MessageText.of("taxes.reason.scheme.unknown",
                Arg.literal("ECFA"), Arg.literal("GENERAL")));

        ClearanceInputInvalid worded = ClearanceDeclarations.schemeNotOffered(refused, invoice, draft).orElseThrow();

        assertThat(worded.field()).isEqualTo("items[1].preference");
        MessageText text = worded.asText();
        assertThat(text.code()).isEqualTo("clearance.declaration.preference-not-a-choice");
        assertThat(text.args().get(0).value()).isEqualTo("ECFA");
        // the choices: the general rate as its words' code, not the literal GENERAL
        assertThat(String.valueOf(text.args().get(1))).contains("clearance.scheme.GENERAL").doesNotContain("LITERAL");
        assertThat(ClearanceDeclarations.schemeNotOffered(TaxInputInvalid.field("lines[0].duty",
                MessageText.of("taxes.reason.scheme.unknown-other")), invoice, draft)).isEmpty();
    }
}
