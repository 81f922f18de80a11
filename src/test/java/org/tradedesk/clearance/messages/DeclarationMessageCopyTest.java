package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;

/**
 * t4fixAC 5: the five copies of a declaration (withEngine, withExport, withTransport, withoutSources, amended) listed its
 * thirty components each; they share one copy now. Each changes what it says and keeps every other component: checked
 * component by component against the original, so a component dropped or swapped in the one copy fails here.
 */
class DeclarationMessageCopyTest {

    /** A Taiwan declaration with every component set (the engine's notes and inputs, export particulars, transport). */
    static DeclarationMessage full() {
        DeclarationMessage d = Declarations.taiwan();
        List<DeclarationMessage.DeclarationItem> items = d.items().stream().map(it -> new DeclarationMessage.DeclarationItem(
                it.sequence(), it.description(), it.tariffCode(), it.statisticalCode(), it.originCountry(), it.preferenceClaimed(),
                it.quantity(), it.unitCode(), it.netMassKg(), it.invoiceAmount(), it.customsValue(), it.dutiesAndTaxes(),
                new DeclarationMessage.ItemSource(41L, "INV-7", it.sequence()))).toList();
        return new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(),
                d.valuationBasis(), d.currency(), d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), new BigDecimal("120.00"),
                new BigDecimal("15.00"), d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), items, d.taiwan(),
                new DeclarationMessage.Transport("MEDUKH123456", "FE245E"),
                new DeclarationMessage.ExportParticulars(LocalDate.of(2026, 12, 1), "AU",
                        new DeclarationMessage.Party(null, "Melbourne Tea House", "AU")),
                List.of(MessageText.of("clearance.test.note")),
                List.of(new DeclarationMessage.EngineInput(1, Map.of("commodityTax", "25%"), null, null)));
    }

    /** The names of the components in which {@code copy} differs from {@code original}. */
    static List<String> changed(DeclarationMessage original, DeclarationMessage copy) throws Exception {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : DeclarationMessage.class.getRecordComponents()) {
            if (!java.util.Objects.equals(c.getAccessor().invoke(original), c.getAccessor().invoke(copy))) {
                out.add(c.getName());
            }
        }
        return out;
    }

    @Test
    void theFixtureSetsEveryComponent() throws Exception {
        DeclarationMessage d = full();
        for (RecordComponent c : DeclarationMessage.class.getRecordComponents()) {
            Object v = c.getAccessor().invoke(d);
            assertThat(v).as(c.getName()).isNotNull();
            if (v instanceof List<?> l) {
                assertThat(l).as(c.getName()).isNotEmpty();
            }
        }
    }

    @Test
    void eachCopyChangesWhatItSaysAndKeepsEveryOtherComponent() throws Exception {
        DeclarationMessage d = full();
        assertThat(changed(d, d.withEngine(List.of(), List.of()))).containsExactlyInAnyOrder("notComputed", "engineInputs");
        assertThat(changed(d, d.withExport(null))).containsExactly("export");
        assertThat(changed(d, d.withTransport(null))).containsExactly("transport");
        DeclarationMessage read = d.withoutSources();
        assertThat(changed(d, read)).containsExactlyInAnyOrder("items", "notComputed", "engineInputs");
        assertThat(read.items()).extracting(DeclarationMessage.DeclarationItem::source).containsOnlyNulls();
        assertThat(read.items()).extracting(DeclarationMessage.DeclarationItem::tariffCode)
                .isEqualTo(d.items().stream().map(DeclarationMessage.DeclarationItem::tariffCode).toList());
        DeclarationMessage amended = d.amended(LocalDate.of(2026, 12, 9), d.items().subList(0, 1), new BigDecimal("100"), new BigDecimal("7"));
        assertThat(Set.copyOf(changed(d, amended))).isEqualTo(Set.of("version", "functionCode", "declarationDate", "customsValueTotal",
                "dutiesAndTaxesTotal", "notComputed", "items"));
        assertThat(amended.version()).isEqualTo(d.version() + 1);
        assertThat(amended.functionCode()).isEqualTo(DeclarationMessage.FunctionCode.AMENDMENT);
        assertThat(amended.engineInputs()).isEqualTo(d.engineInputs());
        assertThat(amended.notComputed()).isEmpty();
    }
}
