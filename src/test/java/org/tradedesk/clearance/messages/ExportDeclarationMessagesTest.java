package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.ExportParticulars;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TransportMode;
import org.tradedesk.shared.Incoterm;

/**
 * Export declarations (t4exp): the Australian CUSDEC D99B {@code BGM+830:::EXD} read back by StAEDI against the same
 * schema as the import one (and the real ICS sample's segments), Taiwan's 出口報單 XML with its 出口日期, FOB value in TWD and
 * the trade promotion fee only, the WCO Data Model XML with TypeCode EX; validation names the export fields that are missing.
 * Figures worked by hand in the test.
 */
class ExportDeclarationMessagesTest {

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    /** FOB USD 10,000 (6,000 + 4,000) at AUD 1.5360 per USD: FOB AUD 9,216.00 + 6,144.00 = 15,360.00; no duty, no GST. */
    static DeclarationMessage australianExport() {
        BigDecimal rate = bd("1.5360");
        BigDecimal v1 = bd("6000.00").multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal v2 = bd("4000.00").multiply(rate).setScale(2, RoundingMode.HALF_UP);
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "Frozen Atlantic salmon fillets", "03048100", null, "AU", null, bd("2000"), "KGM", bd("2000"),
                        bd("6000.00"), v1, List.of()),
                new DeclarationItem(2, "Wine of fresh grapes, in bottles <= 2 l", "22042100", null, "AU", null, bd("1200"), "LTR", bd("1300"),
                        bd("4000.00"), v2, List.of()));
        return new DeclarationMessage("AU", "TDAUEX2612101", 1, FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 10),
                new Party("53004085616", "Harbour Customs Brokers Pty Ltd", "AU"), null,
                new Party("51824753556", "Southern Ocean Foods Pty Ltd", "AU"), TransportMode.SEA, "AUMEL", "USLAX", null, Incoterm.FOB,
                "FOB", "USD", rate, "AUD", bd("10000.00"), null, null, v1.add(v2), null, 12, bd("3500"), items, null,
                new DeclarationMessage.Transport("MEL123456", "V012"),
                new ExportParticulars(LocalDate.of(2026, 12, 10), "US", new Party(null, "Pacific Seafood Importers Inc", "US")));
    }

    /**
     * FOB USD 10,000 at TWD 31.5 per USD = TWD 315,000 (items 189,000 + 126,000). 推廣貿易服務費 (貿易法 §21; 推廣貿易服務費收取辦法
     * §3: exports pay 0.04 % of the FOB value, truncated to whole NT$, NT$100 or less not collected): 315,000 × 0.04 % = 126.
     */
    static DeclarationMessage taiwanExport() {
        BigDecimal rate = bd("31.5");
        BigDecimal v1 = bd("6000").multiply(rate).setScale(0, RoundingMode.HALF_UP);
        BigDecimal v2 = bd("4000").multiply(rate).setScale(0, RoundingMode.HALF_UP);
        BigDecimal fob = v1.add(v2);
        BigDecimal fee = fob.multiply(bd("0.04")).movePointLeft(2).setScale(0, RoundingMode.DOWN);
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "烏龍茶 Oolong tea", "09023000004", null, "TW", null, bd("300"), "KGM", bd("300"), bd("6000.00"), v1,
                        List.of()),
                new DeclarationItem(2, "自行車 Bicycles", "87120000002", null, "TW", null, bd("20"), "SET", bd("260"), bd("4000.00"), v2,
                        List.of()));
        return new DeclarationMessage("TW", "CX15AB12345678", 1, FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 10),
                new Party("A12", "北港報關行", "TW"), null, new Party("12345675", "寶島茶業有限公司", "TW"), TransportMode.SEA, "TWKHH",
                "USLAX", null, Incoterm.FOB, "FOB", "USD", rate, "TWD", bd("10000.00"), null, null, fob, fee, 30, bd("620"), items, null,
                new DeclarationMessage.Transport("KHHLAX0001", "0123E"),
                new ExportParticulars(LocalDate.of(2026, 12, 10), "US", new Party(null, "California Tea House LLC", "US")));
    }

    @Test
    void theAustralianExportCusdecCarriesTheIcsExportSegmentsAndIsReadBackByStaedi() {
        DeclarationMessage d = australianExport();
        assertThat(DeclarationValidation.validate(d)).isEmpty();
        byte[] edi = AustralianCusdec.write(d, Declarations.ENVELOPE);
        String text = new String(edi, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("BGM+830:::EXD+TDAUEX2612101:1+9'", "LOC+9+AUMEL::6'", "LOC+12+USLAX::6'", "LOC+28+US::6'",
                "DTM+129:20261210:102'", "NAD+EX+51824753556++Southern Ocean Foods Pty Ltd", "NAD+CN+++Pacific Seafood Importers Inc",
                "MOA+63:15360.00:AUD'", "MOA+63:9216.00:AUD'", "MOA+63:6144.00:AUD'", "RFF+HS:03048100'", "FTX+AAA+++Frozen Atlantic salmon fillets'",
                "LOC+27+AU::5'", "CNT+5:2'");
        // no duty, no GST: no TAX group, no duties total, no import declaration type
        assertThat(text).doesNotContain("TAX+", "MOA+176", "MOA+141", "IMD", "CST++N10", "NAD+IM");
        // StAEDI, against the CUSDEC D99B schema, reads it back identically
        DeclarationMessage back = AustralianCusdec.read(edi);
        assertThat(back).isEqualTo(d);
        assertThat(back.forExport()).isTrue();
        assertThat(back.export().destinationCountry()).isEqualTo("US");
        // the segment sequence of the real ICS export sample: BGM, LOC+9, LOC+12, LOC+28 … DTM … UNS+D … CST … UNS+S, CNT
        List<EdifactSegments.Segment> segments = EdifactSegments.read(edi, AustralianCusdec.schema(), null);
        assertThat(segments).extracting(EdifactSegments.Segment::tag).startsWith("UNB", "UNH", "BGM", "LOC", "LOC", "LOC", "DTM", "DTM")
                .endsWith("UNS", "CNT", "UNT", "UNZ");
    }

    @Test
    void anExportAmendmentIsVersion2WithFunctionCode4() {
        DeclarationMessage d = australianExport();
        DeclarationMessage amended = d.amended(LocalDate.of(2026, 12, 11), d.items(), d.customsValueTotal(), d.dutiesAndTaxesTotal());
        String text = new String(AustralianCusdec.write(amended, Declarations.ENVELOPE), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("BGM+830:::EXD+TDAUEX2612101:2+4'");
        assertThat(AustralianCusdec.read(text.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(amended);
    }

    @Test
    void theTaiwanExportDeclarationCarriesTheExportDateFobAndTheFeeOnly() {
        DeclarationMessage d = taiwanExport();
        assertThat(d.customsValueTotal()).isEqualByComparingTo("315000");
        assertThat(d.dutiesAndTaxesTotal()).isEqualByComparingTo("126");
        assertThat(DeclarationValidation.validate(d)).isEmpty();
        String xml = new String(TaiwanExportDeclarationXml.write(d), StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<TypeCode>G5</TypeCode>", "<DepartureDateTime>20261210</DepartureDateTime>",
                "<tw_FOBValueAmount>315000</tw_FOBValueAmount>", "<tw_TotalDutyTaxFeeAmount>126</tw_TotalDutyTaxFeeAmount>",
                "<Destination><CountryCode>US</CountryCode></Destination>", "<Exporter><ID>12345675</ID><Name>寶島茶業有限公司</Name></Exporter>",
                "<StatisticalValueAmount>189000</StatisticalValueAmount>", "<TypeCode>71</TypeCode>", "<PaymentAmount>126</PaymentAmount>");
        // no 進口稅 (11), 營業稅 (41) or 貨物稅 (31); no import date, no importer
        assertThat(xml).doesNotContain("<TypeCode>11</TypeCode>", "<TypeCode>41</TypeCode>", "<TypeCode>31</TypeCode>", "ArrivalDateTime",
                "<Importer>", "tw_DutyTaxFeeAmount");
        DeclarationMessage back = TaiwanExportDeclarationXml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(back.forExport()).isTrue();
        assertThat(back.export()).isEqualTo(d.export());
        assertThat(back.exporter()).isEqualTo(new Party("12345675", "寶島茶業有限公司", null));
        assertThat(back.customsValueTotal()).isEqualByComparingTo(d.customsValueTotal());
        assertThat(back.dutiesAndTaxesTotal()).isEqualByComparingTo(d.dutiesAndTaxesTotal());
        assertThat(back.items()).extracting(DeclarationItem::customsValue).containsExactly(d.items().get(0).customsValue(),
                d.items().get(1).customsValue());
        assertThat(TaiwanExportDeclarationXml.MESSAGE_ID).isEqualTo("N5203");
    }

    @Test
    void theWcoExportDeclarationHasTypeCodeExAndReadsBack() {
        DeclarationMessage d = taiwanExport();
        String xml = new String(WcoDeclarationXml.write(d), StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<TypeCode>EX</TypeCode>", "<DepartureTransportMeans>", "<Destination><CountryCode>US</CountryCode></Destination>",
                "<Consignee><Name>California Tea House LLC</Name>", "<StatisticalValueAmount currencyID=\"TWD\">189000.00</StatisticalValueAmount>")
                .doesNotContain("<TypeCode>IM</TypeCode>", "ArrivalTransportMeans", "<DutyTaxFee>", "<Importer>");
        // well-formed: parsed back through the secure parser into the same export
        DeclarationMessage back = WcoDeclarationXml.read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(back.forExport()).isTrue();
        assertThat(back.export().destinationCountry()).isEqualTo("US");
        assertThat(back.export().consignee().name()).isEqualTo("California Tea House LLC");
        assertThat(back.customsValueTotal()).isEqualByComparingTo("315000");
        String imported = new String(WcoDeclarationXml.write(Declarations.australian()), StandardCharsets.UTF_8);
        assertThat(imported).contains("<TypeCode>IM</TypeCode>").doesNotContain("<TypeCode>EX</TypeCode>");
        assertThat(WcoDeclarationXml.read(imported.getBytes(StandardCharsets.UTF_8)).forExport()).isFalse();
    }

    @Test
    void validationNamesTheMissingExportFieldsByTheirLabels() {
        DeclarationMessage d = taiwanExport();
        DeclarationMessage missing = new DeclarationMessage("TW", d.reference(), 1, FunctionCode.ORIGINAL, d.declarationDate(), d.declarant(),
                null, new Party(null, null, "TW"), d.transportMode(), null, d.dischargePort(), null, d.incoterm(), "FOB", "USD",
                d.exchangeRate(), "TWD", d.invoiceTotal(), null, null, d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(),
                d.grossMassKg(), d.items(), null, null, new ExportParticulars(null, null, null));
        List<DeclarationFinding> findings = DeclarationValidation.validate(missing);
        assertThat(findings).filteredOn(f -> f.rule().equals("required")).extracting(DeclarationFinding::path)
                .contains("header.destinationCountry", "header.loadingPort", "header.exporter.id", "header.exporter.name", "header.exportDate")
                .doesNotContain("header.importer", "header.arrivalDate", "header.tw.importerAddress");
        // each named by its label (the message code of the label, rendered in the reader's language)
        assertThat(findings).filteredOn(f -> f.path().equals("header.destinationCountry")).singleElement()
                .satisfies(f -> assertThat(f.text().args()).extracting(a -> a.value())
                        .containsExactly("clearance.declaration.field.header.destinationCountry"));
        assertThat(DeclarationValidation.lodgeable(findings)).isFalse();
        assertThatThrownBy(() -> TaiwanExportDeclarationXml.write(missing)).isInstanceOf(IllegalArgumentException.class);
        DeclarationMessage badCountry = d.withExport(new ExportParticulars(d.export().exportDate(), "XX", null));
        assertThat(DeclarationValidation.validate(badCountry)).extracting(DeclarationFinding::rule).contains("country");
        // an export to the country the goods leave is refused
        DeclarationMessage home = d.withExport(new ExportParticulars(d.export().exportDate(), "TW", null));
        assertThat(DeclarationValidation.validate(home)).extracting(DeclarationFinding::rule).contains("export-destination-home");
    }
}
