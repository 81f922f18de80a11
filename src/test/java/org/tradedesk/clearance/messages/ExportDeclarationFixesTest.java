package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.ExportParticulars;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;

/** Code-read findings on export declarations (t4fixAA): the consignee's text (R1), the exporter's XML path (R7), the fee (R9). */
class ExportDeclarationFixesTest {

    static DeclarationMessage withConsignee(DeclarationMessage d, Party consignee) {
        return new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(),
                d.valuationBasis(), d.currency(), d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), d.items(), d.taiwan(), d.transport(),
                new ExportParticulars(d.export().exportDate(), d.export().destinationCountry(), consignee));
    }

    @Test
    void aChineseConsigneeNameCannotGoInTheAustralianCusdecAndIsNamedAsTheConsignee() {
        DeclarationMessage d = withConsignee(ExportDeclarationMessagesTest.australianExport(), new Party(null, "東京貿易株式会社", "JP"));
        List<DeclarationText.Unwritable> bad = DeclarationText.unwritable(d, DeclarationText.Repertoire.UNOC);
        assertThat(bad).extracting(DeclarationText.Unwritable::field).containsExactly("consignee");
        assertThat(bad.get(0).shown()).isEqualTo("東");
        // Taiwan's XML carries it
        assertThat(DeclarationText.unwritable(d, DeclarationText.Repertoire.XML)).isEmpty();
    }

    @Test
    void aConsigneeNameOver175CharactersIsAFindingNotCut() {
        String name = "Pacific Seafood Importers Inc ".repeat(6).strip(); // 30 × 6 − 1 = 179 characters
        assertThat(name).hasSize(179);
        DeclarationMessage d = withConsignee(ExportDeclarationMessagesTest.australianExport(), new Party(null, name, "US"));
        assertThat(DeclarationValidation.validate(d)).extracting(DeclarationFinding::rule, DeclarationFinding::path)
                .contains(org.assertj.core.groups.Tuple.tuple("consignee-length", "header.consignee"));
        assertThat(DeclarationValidation.lodgeable(DeclarationValidation.validate(d))).isFalse();
        DeclarationMessage fits = withConsignee(d, new Party(null, name.substring(0, 175), "US"));
        assertThat(DeclarationValidation.validate(fits)).isEmpty();
    }

    @Test
    void theTaiwanExportersIdIsNamedAtItsOwnXmlElement() {
        DeclarationMessage t = ExportDeclarationMessagesTest.taiwanExport();
        DeclarationMessage d = new DeclarationMessage(t.jurisdiction(), t.reference(), t.version(), t.functionCode(), t.declarationDate(),
                t.declarant(), t.importer(), new Party("123456789012345", t.exporter().name(), "TW"), t.transportMode(), t.loadingPort(),
                t.dischargePort(), t.arrivalDate(), t.incoterm(), t.valuationBasis(), t.currency(), t.exchangeRate(), t.localCurrency(),
                t.invoiceTotal(), t.freight(), t.insurance(), t.customsValueTotal(), t.dutiesAndTaxesTotal(), t.packages(),
                t.grossMassKg(), t.items(), t.taiwan(), t.transport(), t.export());
        DeclarationFinding f = DeclarationValidation.validate(d).stream().filter(x -> x.path().equals("header.exporter.id")).findFirst()
                .orElseThrow();
        assertThat(f.text().toString()).contains("clearance.declaration.tw-field.Exporter.ID").doesNotContain("Importer");
    }

    /**
     * The fee as the law gives it, worked by hand (推廣貿易服務費收取辦法 §3: 0.04 % of the FOB value, whole NT$ truncated, not
     * collected at NT$100 or less); the service passes the chain's export charge code (ClearanceDeclarations#exportCharge).
     */
    Function<BigDecimal, BigDecimal> chain(DeclarationMessage d) {
        return fob -> {
            BigDecimal fee = fob.multiply(new BigDecimal("4")).divide(new BigDecimal("10000"), 0, java.math.RoundingMode.DOWN);
            return fee.compareTo(new BigDecimal("100")) <= 0 ? BigDecimal.ZERO : fee;
        };
    }

    @Test
    void aTaiwanExportsFeeIsCheckedAgainstTheChain() {
        DeclarationMessage right = ExportDeclarationMessagesTest.taiwanExport();
        assertThat(DeclarationValidation.withExportCharges(DeclarationValidation.validate(right), right, chain(right))).isEmpty();
        // one dollar more than the chain's fee: an error, as on an import
        DeclarationMessage wrong = withFee(right, right.dutiesAndTaxesTotal().add(BigDecimal.ONE));
        assertThat(DeclarationValidation.withExportCharges(DeclarationValidation.validate(wrong), wrong, chain(wrong)))
                .extracting(DeclarationFinding::rule).containsExactly("duties-total");
        // a fee on goods whose fee is NT$100 or less (not collected): FOB 250,000 × 0.04 % = 100 → 0
        DeclarationMessage small = withFee(withTotal(right, new BigDecimal("250000")), new BigDecimal("100"));
        assertThat(DeclarationValidation.withExportCharges(List.of(), small, chain(small))).extracting(DeclarationFinding::rule)
                .containsExactly("duties-total");
        assertThat(DeclarationValidation.withExportCharges(List.of(), withFee(small, BigDecimal.ZERO), chain(small))).isEmpty();
    }

    static DeclarationMessage withFee(DeclarationMessage t, BigDecimal fee) {
        return new DeclarationMessage(t.jurisdiction(), t.reference(), t.version(), t.functionCode(), t.declarationDate(), t.declarant(),
                t.importer(), t.exporter(), t.transportMode(), t.loadingPort(), t.dischargePort(), t.arrivalDate(), t.incoterm(),
                t.valuationBasis(), t.currency(), t.exchangeRate(), t.localCurrency(), t.invoiceTotal(), t.freight(), t.insurance(),
                t.customsValueTotal(), fee, t.packages(), t.grossMassKg(), t.items(), t.taiwan(), t.transport(), t.export());
    }

    static DeclarationMessage withTotal(DeclarationMessage t, BigDecimal total) {
        return new DeclarationMessage(t.jurisdiction(), t.reference(), t.version(), t.functionCode(), t.declarationDate(), t.declarant(),
                t.importer(), t.exporter(), t.transportMode(), t.loadingPort(), t.dischargePort(), t.arrivalDate(), t.incoterm(),
                t.valuationBasis(), t.currency(), t.exchangeRate(), t.localCurrency(), t.invoiceTotal(), t.freight(), t.insurance(),
                total, t.dutiesAndTaxesTotal(), t.packages(), t.grossMassKg(), t.items(), t.taiwan(), t.transport(), t.export());
    }
}
