package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
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
        assertThat(back.invoiceTotal()).isEqualByComparingTo(d.invoiceTotal()); // written with its significant decimals (t4fixU 4)
        assertThat(back.customsValueTotal()).isEqualByComparingTo(d.customsValueTotal()); // written with its significant decimals (t4fixU 4)
        assertThat(back.dutiesAndTaxesTotal()).isEqualByComparingTo(d.dutiesAndTaxesTotal()); // written with its significant decimals (t4fixU 4)
        assertThat(back.packages()).isEqualTo(d.packages());
        assertThat(back.grossMassKg()).isEqualByComparingTo(d.grossMassKg()); // written with its significant decimals (t4fixU 4)
        assertThat(back.importer()).isEqualTo(new Party("12345678", "Formosa Outdoor Co., Ltd.", null));
        assertThat(back.declarant()).isEqualTo(new Party("A12", "海港報關行 Harbour Customs Brokerage", null));
        assertThat(back.exporter().name()).isEqualTo("Shenzhen Audio Co.");
        // review F5: Taiwan's mandatory particulars are written and read back; the English name in Name, the Chinese apart
        assertThat(back.taiwan()).isEqualTo(d.taiwan());
        assertThat(text.replaceAll(">\\s+<", "><")).contains("<Consignment><BorderTransportMeans><JourneyID>0123N</JourneyID></BorderTransportMeans>"
                + "<GoodsLocation><ID>002A5010</ID></GoodsLocation><TransportContractDocument><ID>YMLU W123456789</ID>",
                "<DutyTaxFee><tw_DutyMethodCode>1</tw_DutyMethodCode></DutyTaxFee>", "<Packaging><TypeCode>CTN</TypeCode></Packaging>",
                "<Name>Formosa Outdoor Co., Ltd.</Name><tw_ChineseName>福爾摩沙戶外用品股份有限公司</tw_ChineseName><tw_TypeCode>1</tw_TypeCode>",
                "<RepresentativePerson><Name>10321</Name></RepresentativePerson>");
        assertThat(text).doesNotContain("<TypeCode>DUTY</TypeCode>", "<TypeCode>VAT</TypeCode>", "<tw_TypeCode>VAT</tw_TypeCode>");
        assertThat(back.items()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            DeclarationItem a = d.items().get(i);
            DeclarationItem b = back.items().get(i);
            assertThat(b.sequence()).isEqualTo(a.sequence());
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.tariffCode()).isEqualTo(a.tariffCode());
            assertThat(b.originCountry()).isEqualTo(a.originCountry());
            assertThat(b.preferenceClaimed()).isEqualTo(a.preferenceClaimed());
            assertThat(b.quantity()).isEqualByComparingTo(a.quantity());
            assertThat(b.unitCode()).isEqualTo(a.unitCode());
            assertThat(b.netMassKg()).isEqualByComparingTo(a.netMassKg());
            assertThat(b.customsValue()).isEqualByComparingTo(a.customsValue());
            assertThat(b.dutiesAndTaxes()).extracting(DutyTax::type, DutyTax::rate)
                    .containsExactlyElementsOf(a.dutiesAndTaxes().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.type(), t.rate())).toList());
            assertThat(b.invoiceAmount()).as("not carried by the field list").isNull();
        }
    }

    /** A WCO declaration written before the element was aligned (Payment/PaymentAmount) still reads back its amounts. */
    @Test
    void aWcoDeclarationWrittenWithPaymentAmountStillReadsItsTaxAmounts() {
        DeclarationMessage d = Declarations.australian();
        String old = new String(WcoDeclarationXml.write(d), StandardCharsets.UTF_8).replace("TaxAssessedAmount", "PaymentAmount");
        DeclarationMessage back = WcoDeclarationXml.read(old.getBytes(StandardCharsets.UTF_8));
        assertThat(back.items().get(0).dutiesAndTaxes()).isEqualTo(d.items().get(0).dutiesAndTaxes());
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

    /** Re-review F10: an amount with a currencyID is written at that currency's scale (TWD 146250.000 → 146250.00). */
    @Test
    void wcoAmountsAreWrittenAtTheCurrencysScale() {
        assertThat(WcoDeclarationXml.minor(new java.math.BigDecimal("146250.000"), "TWD").toPlainString()).isEqualTo("146250.00");
        assertThat(WcoDeclarationXml.minor(new java.math.BigDecimal("95.2300"), "AUD").toPlainString()).isEqualTo("95.23");
        assertThat(WcoDeclarationXml.minor(new java.math.BigDecimal("1904.6"), "AUD").toPlainString()).isEqualTo("1904.60");
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
        // issue 8: the amount of each duty or tax assessed is WCO DM DutyTaxFee/Payment/TaxAssessedAmount (the DMS declarations
        // of HMRC CDS and the Australian ICS), not PaymentAmount (the sum paid, which a declaration cannot know)
        DutyTax first = d.items().get(0).dutiesAndTaxes().get(0);
        assertThat(text.replaceAll(">\\s+<", "><")).contains("<TypeCode>" + first.type() + "</TypeCode><Payment><TaxAssessedAmount currencyID=\"AUD\">"
                        + first.amount().toPlainString() + "</TaxAssessedAmount></Payment></DutyTaxFee>")
                .doesNotContain("PaymentAmount");
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

    /**
     * Issue 8 F2: the single-window XML keeps to the field list it cites (N5135_fields.tsv): a B/L number of 16 characters
     * is no 報單號碼 (an14), an amount with more decimals or digits than its field is refused by validation, amounts are
     * written in the field's format (never 810425.0000), and each item carries its duty and tax amounts, which add up to the
     * header's totals per type.
     */
    @Test
    void taiwanXmlKeepsToTheFieldListFormatsAndCarriesEachItemsAmounts() {
        String fields = new String(InvoiceFormatsTest.resource("N5135_fields.tsv"), StandardCharsets.UTF_8);
        assertThat(fields).contains("/Declaration/ID\tWCOIDD014\t報單號碼\tan14",
                "/Declaration/GoodsShipment/Consignment/tw_InvoiceAmount\t109*\t總完稅價格（新台幣）\tn..16,2",
                "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem/Commodity/DutyTaxFee/AdValoremTaxBaseAmount\tWCOID116\t完稅價格\tn..14");
        DeclarationMessage d = Declarations.taiwan();
        DeclarationItem a = d.items().get(0);
        DeclarationItem b = d.items().get(1);
        // the reviewer's figures: a B/L number as ID, 4 decimals on every amount
        DeclarationMessage raw = new DeclarationMessage("TW", "EGLV140600999001", 1, FunctionCode.ORIGINAL, d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), "CIF",
                d.currency(), d.exchangeRate(), "TWD", d.invoiceTotal(), null, null, new BigDecimal("130979.0000"), d.dutiesAndTaxesTotal(),
                d.packages(), d.grossMassKg(), List.of(
                        new DeclarationItem(1, a.description(), a.tariffCode(), null, a.originCountry(), null, a.quantity(), a.unitCode(),
                                a.netMassKg(), a.invoiceAmount(), new BigDecimal("61204.0000"), a.dutiesAndTaxes()),
                        new DeclarationItem(2, b.description(), b.tariffCode(), null, b.originCountry(), b.preferenceClaimed(), b.quantity(),
                                b.unitCode(), b.netMassKg(), b.invoiceAmount(), new BigDecimal("69775.5"), b.dutiesAndTaxes())), d.taiwan());
        List<DeclarationFinding> findings = DeclarationValidation.validate(raw);
        assertThat(findings).extracting(DeclarationFinding::rule, DeclarationFinding::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tw-declaration-id", "header.reference"),
                org.assertj.core.groups.Tuple.tuple("tw-format", "items[2].customsValue"),
                org.assertj.core.groups.Tuple.tuple("customs-value-total", "header.customsValueTotal"));
        assertThat(DeclarationValidation.fits(new BigDecimal("810425.0000"), 16, 2)).isTrue();
        assertThat(DeclarationValidation.fits(new BigDecimal("810425.005"), 16, 2)).isFalse();
        assertThat(DeclarationValidation.fits(new BigDecimal("123456789012345"), 16, 2)).isFalse();
        assertThat(DeclarationValidation.fits(new BigDecimal("12345678901234"), 16, 2)).isTrue();

        // trailing zeros past the field's decimals are written as the field has them
        DeclarationMessage padded = new DeclarationMessage("TW", d.reference(), 1, FunctionCode.ORIGINAL, d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), "CIF",
                d.currency(), d.exchangeRate(), "TWD", d.invoiceTotal(), null, null, new BigDecimal("130979.0000"), d.dutiesAndTaxesTotal(),
                d.packages(), d.grossMassKg(), List.of(
                        new DeclarationItem(1, a.description(), a.tariffCode(), null, a.originCountry(), null, a.quantity(), a.unitCode(),
                                a.netMassKg(), a.invoiceAmount(), new BigDecimal("61204.0000"), a.dutiesAndTaxes()), b), d.taiwan());
        assertThat(DeclarationValidation.validate(padded)).isEmpty();
        String text = new String(TaiwanDeclarationXml.write(padded), StandardCharsets.UTF_8);
        // t4fixU 4: one way for every value of an n..16,2 field — its significant decimals, no stray zeros (".0", ".00")
        assertThat(text).contains("<tw_InvoiceAmount>130979</tw_InvoiceAmount>", "<AdValoremTaxBaseAmount>61204</AdValoremTaxBaseAmount>")
                .doesNotContain("0000<").doesNotContain("130979.0");
        DeclarationMessage tenth = new DeclarationMessage("TW", d.reference(), 1, FunctionCode.ORIGINAL, d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(), "CIF",
                d.currency(), d.exchangeRate(), "TWD", d.invoiceTotal(), null, null, new BigDecimal("130979.0"), d.dutiesAndTaxesTotal(),
                d.packages(), d.grossMassKg(), d.items(), d.taiwan());
        assertThat(new String(TaiwanDeclarationXml.write(tenth), StandardCharsets.UTF_8))
                .contains("<tw_InvoiceAmount>130979</tw_InvoiceAmount>").doesNotContain("130979.0<");
        // each item's amounts, read back, add up to the header's per-type totals and 稅費合計
        DeclarationMessage back = TaiwanDeclarationXml.read(TaiwanDeclarationXml.write(d));
        assertThat(back.items().get(1).dutiesAndTaxes()).extracting(DutyTax::type, DutyTax::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DUTY", new BigDecimal("6978")), org.assertj.core.groups.Tuple.tuple("VAT", new BigDecimal("3838")));
        BigDecimal sum = back.items().stream().flatMap(it -> it.dutiesAndTaxes().stream()).map(DutyTax::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(back.dutiesAndTaxesTotal()).isEqualByComparingTo("13876");
    }
}
