package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;

/**
 * The Taiwan single-window import declaration XML (paths of {@code N5135_fields.tsv}) and the generic WCO
 * Data Model 3.6 XML (structure of the HMRC DMS sample), each written and read back: every value the
 * message carries comes back equal; what it does not carry is named in the writers' notes and checked
 * absent here. The real HMRC sample is read with the same reader.
 */
class DeclarationXmlTest {

    @Test
    void taiwanDeclarationIsWrittenWithTheFieldListPathsAndReadBack() {
        DeclarationMessage d = Declarations.taiwan();
        assertThat(DeclarationValidation.validate(d)).isEmpty();
        byte[] xml = TaiwanDeclarationXml.write(d);
        String text = new String(xml, StandardCharsets.UTF_8);
        String fields = new String(InvoiceFormatsTest.resource("N5135_fields.tsv"), StandardCharsets.UTF_8);
        for (String path : new String[] {"/Declaration/ID\t", "/Declaration/FunctionCode\t", "/Declaration/GoodsShipment/TradeTerms/ConditionCode\t",
                "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/Classification/ID\t",
                "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Origin/CountryCode\t",
                "/Declaration/GoodsShipment/Consignment/tw_InvoiceAmount\t"}) {
            assertThat(fields).contains(path);
        }
        assertThat(text).contains("<ID>AA15AB12345678</ID>", "<ID>96170010004</ID>", "<ConditionCode>CIF</ConditionCode>",
                "<Description>不鏽鋼保溫瓶 Stainless steel vacuum bottles</Description>", "<tw_InvoiceAmount>130979</tw_InvoiceAmount>");

        DeclarationMessage back = TaiwanDeclarationXml.read(xml);
        assertThat(back.reference()).isEqualTo(d.reference());
        assertThat(back.version()).isEqualTo(1);
        assertThat(back.functionCode()).isEqualTo(d.functionCode());
        assertThat(back.declarationDate()).isEqualTo(d.declarationDate());
        assertThat(back.arrivalDate()).isEqualTo(d.arrivalDate());
        assertThat(back.transportMode()).isEqualTo(d.transportMode());
        assertThat(back.loadingPort()).isEqualTo(d.loadingPort());
        assertThat(back.incoterm()).isEqualTo(d.incoterm());
        assertThat(back.currency()).isEqualTo("USD");
        assertThat(back.exchangeRate()).isEqualTo(d.exchangeRate());
        assertThat(back.invoiceTotal()).isEqualTo(d.invoiceTotal());
        assertThat(back.customsValueTotal()).isEqualTo(d.customsValueTotal());
        assertThat(back.dutiesAndTaxesTotal()).isEqualTo(d.dutiesAndTaxesTotal());
        assertThat(back.packages()).isEqualTo(d.packages());
        assertThat(back.grossMassKg()).isEqualTo(d.grossMassKg());
        assertThat(back.importer()).isEqualTo(new Party("12345678", "Formosa Outdoor Co., Ltd.", null));
        assertThat(back.declarant()).isEqualTo(new Party("A12", "海港報關行 Harbour Customs Brokerage", null));
        assertThat(back.exporter().name()).isEqualTo("Shenzhen Audio Co.");
        assertThat(back.items()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            DeclarationItem a = d.items().get(i);
            DeclarationItem b = back.items().get(i);
            assertThat(b.sequence()).isEqualTo(a.sequence());
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.tariffCode()).isEqualTo(a.tariffCode());
            assertThat(b.originCountry()).isEqualTo(a.originCountry());
            assertThat(b.preferenceClaimed()).isEqualTo(a.preferenceClaimed());
            assertThat(b.quantity()).isEqualTo(a.quantity());
            assertThat(b.unitCode()).isEqualTo(a.unitCode());
            assertThat(b.netMassKg()).isEqualTo(a.netMassKg());
            assertThat(b.customsValue()).isEqualTo(a.customsValue());
            assertThat(b.dutiesAndTaxes()).extracting(DutyTax::type, DutyTax::rate)
                    .containsExactlyElementsOf(a.dutiesAndTaxes().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.type(), t.rate())).toList());
            assertThat(b.invoiceAmount()).as("not carried by the field list").isNull();
        }
    }

    @Test
    void taiwanAmendmentCarriesFunctionCode4AndTheNextVersion() {
        DeclarationMessage d = Declarations.taiwan();
        DeclarationMessage amended = d.amended(LocalDate.of(2026, 12, 9), d.items(), d.customsValueTotal(), d.dutiesAndTaxesTotal());
        DeclarationMessage back = TaiwanDeclarationXml.read(TaiwanDeclarationXml.write(amended));
        assertThat(back.functionCode()).isEqualTo(DeclarationMessage.FunctionCode.AMENDMENT);
        assertThat(back.version()).isEqualTo(2);
        assertThat(back.declarationDate()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void wcoDataModelDeclarationIsWrittenInTheDmsStructureAndReadBack() {
        DeclarationMessage d = Declarations.australian();
        byte[] xml = WcoDeclarationXml.write(d);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<md:MetaData xmlns:md=\"urn:wco:datamodel:WCO:DocumentMetaData-DMS:2\" xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\"",
                "<md:WCODataModelVersionCode>3.6</md:WCODataModelVersionCode>", "<FunctionalReferenceID>TDAU26120601</FunctionalReferenceID>",
                "<udt:DateTimeString formatCode=\"102\">20261206</udt:DateTimeString>", "<GovernmentAgencyGoodsItem>",
                "<ConditionCode>FOB</ConditionCode>");
        DeclarationMessage back = WcoDeclarationXml.read(xml);
        assertThat(back.jurisdiction()).isEqualTo("AU");
        assertThat(back.reference()).isEqualTo(d.reference());
        assertThat(back.functionCode()).isEqualTo(d.functionCode());
        assertThat(back.version()).isEqualTo(d.version());
        assertThat(back.declarationDate()).isEqualTo(d.declarationDate());
        assertThat(back.declarant()).isEqualTo(d.declarant());
        assertThat(back.importer()).isEqualTo(d.importer());
        assertThat(back.exporter()).isEqualTo(d.exporter());
        assertThat(back.transportMode()).isEqualTo(d.transportMode());
        assertThat(back.loadingPort()).isEqualTo(d.loadingPort());
        assertThat(back.incoterm()).isEqualTo(d.incoterm());
        assertThat(back.currency()).isEqualTo(d.currency());
        assertThat(back.exchangeRate()).isEqualTo(d.exchangeRate());
        assertThat(back.localCurrency()).isEqualTo("AUD");
        assertThat(back.invoiceTotal()).isEqualTo(d.invoiceTotal());
        assertThat(back.freight()).isEqualTo(d.freight());
        assertThat(back.customsValueTotal()).isEqualByComparingTo(d.customsValueTotal());
        assertThat(back.dutiesAndTaxesTotal()).isEqualByComparingTo(d.dutiesAndTaxesTotal());
        assertThat(back.packages()).isEqualTo(d.packages());
        assertThat(back.insurance()).as("not carried").isNull();
        for (int i = 0; i < d.items().size(); i++) {
            DeclarationItem a = d.items().get(i);
            assertThat(back.items().get(i)).isEqualTo(new DeclarationItem(a.sequence(), a.description(), a.tariffCode(), a.statisticalCode(),
                    a.originCountry(), a.preferenceClaimed(), a.quantity(), a.unitCode(), a.netMassKg(), null, a.customsValue(), a.dutiesAndTaxes()));
        }
    }

    @Test
    void theRealHmrcDms36SampleIsReadWithItsValues() {
        DeclarationMessage d = WcoDeclarationXml.read(InvoiceFormatsTest.resource("hmrc_wco_dms36_import_declaration_valid.xml"));
        assertThat(d.jurisdiction()).isEqualTo("GB");
        assertThat(d.reference()).isEqualTo("DemoUK20161207_010");
        assertThat(d.functionCode()).isEqualTo(DeclarationMessage.FunctionCode.ORIGINAL);
        assertThat(d.declarationDate()).isEqualTo(LocalDate.of(2016, 12, 7));
        assertThat(d.exchangeRate()).isEqualByComparingTo("1.234");
        assertThat(d.packages()).isEqualTo(1);
        assertThat(d.declarant().id()).isEqualTo("ZZ123456789000");
        assertThat(d.transportMode()).isEqualTo(DeclarationMessage.TransportMode.SEA);
        assertThat(d.incoterm()).isEqualTo(org.tradedesk.shared.Incoterm.CIP);
        assertThat(d.items()).singleElement().satisfies(item -> {
            assertThat(item.description()).isEqualTo("Inertial navigation systems");
            assertThat(item.tariffCode()).isEqualTo("901420209000000000");
            assertThat(item.originCountry()).isEqualTo("US");
            assertThat(item.dutiesAndTaxes()).singleElement().satisfies(t -> {
                assertThat(t.type()).isEqualTo("B00");
                assertThat(t.base()).isEqualByComparingTo("900");
            });
        });
    }

    @Test
    void hostileXmlIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Declaration [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Declaration><ID>&x;</ID></Declaration>";
        assertThatThrownBy(() -> TaiwanDeclarationXml.read(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableMessage.class);
        assertThatThrownBy(() -> WcoDeclarationXml.read("<Other/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.declaration.not-declaration"));
    }
}
