package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;

/** Every real file of the data folder, read as it is, with the figures its README gives. */
class TradeFileReaderTest {

    static final class Collect implements RowSink {
        final List<TradeRow> rows = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        @Override
        public void row(TradeRow row) {
            rows.add(row);
        }

        @Override
        public void rejected(Rejection rejection) {
            rejected.add(rejection);
        }
    }

    static byte[] file(String name) throws IOException {
        try (InputStream in = TradeFileReaderTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    static TradeFileReader.Outcome read(byte[] bytes, Collect sink) {
        return TradeFileReader.read(new ByteArrayInputStream(bytes), bytes.length, null, sink, null);
    }

    @Test
    void comtradePortalFileGivesChinasExportsOfHs8542ToTheWorld() throws IOException {
        Collect sink = new Collect();
        TradeFileReader.Outcome outcome = read(file("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv"), sink);
        assertThat(outcome.format()).isEqualTo(SourceFormat.COMTRADE_V1);
        assertThat(outcome.rowsRead()).isEqualTo(36);
        assertThat(sink.rejected).isEmpty(); // the trailing comma (48 cells against 47 names) is no error
        Map<Integer, BigDecimal> china = sink.rows.stream().filter(r -> "CHN".equals(r.reporterIso3()))
                .collect(Collectors.toMap(TradeRow::year, TradeRow::valueUsd));
        assertThat(china.get(2019)).isEqualByComparingTo("102102959980");
        assertThat(china.get(2024)).isEqualByComparingTo("159747196497");
        TradeRow first = sink.rows.get(0);
        assertThat(first.month()).isNull(); // refMonth 52 = annual
        assertThat(first.frequency()).isEqualTo(Frequency.A);
        assertThat(first.flow()).isEqualTo(Flow.X);
        assertThat(first.partnerCode()).isEqualTo("0");
        assertThat(first.valuationBasis()).isEqualTo("FOB");
        // qtyUnit N/A (-1), qty empty, netWgt 38,370,921 kg: the net weight stands as the quantity, in its own unit (review)
        assertThat(first.quantity()).isEqualTo(38370921.0);
        assertThat(first.quantityUnit()).isEqualTo(TradeRow.NET_WEIGHT_KG);
        TradeRow chn2019 = sink.rows.stream().filter(r -> "CHN".equals(r.reporterIso3()) && r.year() == 2019).findFirst().orElseThrow();
        assertThat(chn2019.quantity()).isEqualTo(45139216.817); // qty "0" with netWgt 45139216.817 in the file
        assertThat(chn2019.quantityUnit()).isEqualTo(TradeRow.NET_WEIGHT_KG);
        assertThat(sink.rows.stream().map(TradeRow::classification).distinct()).containsExactly("H4", "H5", "H6");
        assertThat(sink.rows).noneMatch(TradeRow::breakdown);
    }

    @Test
    void comtradeApiFileKeepsSecondPartnerRowsAsBreakdownsAndFindsIso3FromTheCode() throws IOException {
        Collect sink = new Collect();
        read(file("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv"), sink);
        assertThat(sink.rows).hasSize(173);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.rows).allMatch(r -> "CHN".equals(r.reporterIso3()) && r.flow() == Flow.M);
        List<TradeRow> y2016 = sink.rows.stream().filter(r -> r.year() == 2016).toList();
        BigDecimal totals = y2016.stream().filter(r -> !r.breakdown()).map(TradeRow::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(totals).isEqualByComparingTo("8696121253"); // one total row, the 52 second-partner rows not added
        assertThat(y2016.stream().filter(TradeRow::breakdown).count()).isEqualTo(52);
        // 2015: mosCode "0 " with a trailing space is still the total
        assertThat(sink.rows.stream().filter(r -> r.year() == 2015 && !r.breakdown()).count()).isEqualTo(1);
        // 43 rows carry a quantity of their own (42 in u, 1 in kg); 128 rows have qtyUnit -1 (N/A) and no quantity but a net
        // weight, which stands as the quantity in kg (net weight); 2 rows have neither, so no unit value can divide by them
        assertThat(sink.rows.stream().filter(r -> r.quantity() != null && !TradeRow.netWeight(r.quantityUnit())).count()).isEqualTo(43);
        assertThat(sink.rows.stream().filter(r -> TradeRow.netWeight(r.quantityUnit())).count()).isEqualTo(128);
        assertThat(sink.rows.stream().filter(r -> TradeRow.netWeight(r.quantityUnit())))
                .allMatch(r -> r.quantity().equals(r.netMassKg()));
        assertThat(sink.rows.stream().filter(r -> r.quantity() == null).count()).isEqualTo(2);
        assertThat(sink.rows.get(0).valuationBasis()).isEqualTo("CIF");
        assertThat(sink.rows.get(0).netMassKg()).isEqualTo(853234.0);
    }

    @Test
    void legacyComtradeKeepsEachCodeAtItsOwnLevel() throws IOException {
        Collect sink = new Collect();
        TradeFileReader.Outcome outcome = read(file("comtrade_legacy_IND_CHN_H3_2010.csv"), sink);
        assertThat(outcome.format()).isEqualTo(SourceFormat.COMTRADE_LEGACY);
        assertThat(sink.rows).hasSize(8739);
        TradeRow r85 = sink.rows.stream().filter(r -> r.productCode().equals("85") && r.flow() == Flow.M).findFirst().orElseThrow();
        assertThat(r85.valueUsd()).isEqualByComparingTo("11274108491");
        assertThat(r85.reporterIso3()).isEqualTo("IND");
        assertThat(r85.partnerCode()).isEqualTo("156");
        BigDecimal twoDigitImports = sink.rows.stream().filter(r -> r.productCode().length() == 2 && r.flow() == Flow.M)
                .map(TradeRow::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(twoDigitImports).isEqualByComparingTo("41249115782");
        TradeRow second = sink.rows.get(1); // 2010,699,1,156,"H3","010690",5,514,,453360,0
        assertThat(second.quantity()).isEqualTo(514.0);
        assertThat(second.quantityUnit()).isEqualTo("u");
        TradeRow first = sink.rows.get(0); // 2010,699,2,156,"H3","010619",1,,2,109,4: unit 1 "No quantity", net weight 2 kg
        assertThat(first.quantity()).isEqualTo(2.0);
        assertThat(first.quantityUnit()).isEqualTo(TradeRow.NET_WEIGHT_KG);
        TradeRow third = sink.rows.get(2); // 2010,699,2,156,"H3","02",1,,,68010,0: neither
        assertThat(third.quantity()).isNull();
        assertThat(third.quantityUnit()).isNull();
    }

    @Test
    void bothComtradeReadersPutTheNetWeightInOnlyWhenNoUnitIsNamed() throws IOException {
        // review: the legacy reader put the net weight in whenever the quantity was missing, the v1 reader only when the
        // unit is N/A. One rule: a row naming a unit (5 = u) but giving no quantity in it has none (no second unit)
        String csv = "Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,"
                + "Supplementary Quantity,Netweight (kg),Value,Estimation Code\r\n"
                + "2010,699,2,156,\"H3\",\"010690\",5,,10,453,0\r\n"
                + "2010,699,2,156,\"H3\",\"010619\",1,,2,109,4\r\n";
        Collect sink = new Collect();
        read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), sink);
        assertThat(sink.rows).hasSize(2);
        assertThat(sink.rows.get(0).quantity()).isNull();
        assertThat(sink.rows.get(0).quantityUnit()).isNull();
        assertThat(sink.rows.get(0).netMassKg()).isEqualTo(10.0);
        assertThat(sink.rows.get(1).quantity()).isEqualTo(2.0); // unit 1 "No quantity": the net weight stands in
        assertThat(sink.rows.get(1).quantityUnit()).isEqualTo(TradeRow.NET_WEIGHT_KG);
    }

    @Test
    void taiwanGa30InBig5AndInUtf8GiveTheSameTotalsInFullDollars() throws IOException {
        for (String name : List.of("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv", "tw_customs_GA30_exports_HS8542_2013_2025.csv")) {
            Collect sink = new Collect();
            TradeFileReader.Outcome outcome = read(file(name), sink);
            assertThat(outcome.format()).isEqualTo(SourceFormat.TW_GA30);
            assertThat(outcome.encoding()).isEqualTo(name.contains("big5") ? "Big5" : "UTF-8");
            assertThat(sink.rejected).isEmpty();
            Map<Integer, BigDecimal> byYear = sink.rows.stream().collect(Collectors.groupingBy(TradeRow::year,
                    Collectors.reducing(BigDecimal.ZERO, TradeRow::valueUsd, BigDecimal::add)));
            assertThat(byYear.get(2013)).isEqualByComparingTo("62823154368.19"); // 102年 = 62,823,154.4 thousand USD
            assertThat(byYear.get(2024)).isEqualByComparingTo("165042202000"); // 113年 = 165,042,202.0 thousand USD
            List<TradeRow> y2025 = sink.rows.stream().filter(r -> r.year() == 2025).toList();
            assertThat(y2025).isNotEmpty().allMatch(r -> r.preliminary() && r.partialToMonth() == 7);
            assertThat(sink.rows.stream().filter(r -> r.year() < 2025)).noneMatch(TradeRow::preliminary);
            assertThat(sink.rows).allMatch(r -> r.productCode().length() == 11 && r.productCode().startsWith("8542")
                    && "TWN".equals(r.reporterIso3()) && r.flow() == Flow.X);
        }
    }

    /** A GA30 file saved as UTF-16 (Excel's "Unicode text", iconv -t utf-16) is read, not refused as binary (t2fixD). */
    @Test
    void taiwanGa30InUtf16WithItsByteOrderMarkIsRead() throws IOException {
        String text = new String(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), StandardCharsets.UTF_8);
        Collect utf8 = new Collect();
        read(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), utf8);
        for (boolean little : List.of(true, false)) {
            byte[] bom = little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] body = text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            byte[] bytes = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
            Collect sink = new Collect();
            TradeFileReader.Outcome outcome = read(bytes, sink);
            assertThat(outcome.format()).isEqualTo(SourceFormat.TW_GA30);
            assertThat(outcome.encoding()).isEqualTo(little ? "UTF-16LE (BOM)" : "UTF-16BE (BOM)");
            assertThat(sink.rejected).isEmpty();
            assertThat(sink.rows).hasSize(utf8.rows.size());
            assertThat(sink.rows.stream().map(TradeRow::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(utf8.rows.stream().map(TradeRow::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        // without its mark: said to be UTF-16 text, not "a binary file"
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_16LE), new Collect())).isInstanceOf(TradeFileRefused.class)
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.utf16-no-bom");
    }

    @Test
    void aComtradeApiRowWithOnlyItsUnitCodeKeepsTheUnitTheCodeNames() throws IOException {
        // the real API file: China's 2015 imports of HS 8542 from the USA via Austria (partner2 40), qty 45343.123 with
        // qtyUnitCode 5 and an empty qtyUnitAbbr — 5 is "u" (number of items) in Comtrade's unit list; 2016 via Iraq: code 8, kg
        Collect sink = new Collect();
        read(file("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv"), sink);
        TradeRow austria = sink.rows.stream().filter(r -> r.year() == 2015 && "40".equals(r.partner2Code())).findFirst().orElseThrow();
        assertThat(austria.quantity()).isEqualTo(45343.123);
        assertThat(austria.quantityUnit()).isEqualTo("u");
        TradeRow iraq = sink.rows.stream().filter(r -> r.year() == 2016 && "368".equals(r.partner2Code())).findFirst().orElseThrow();
        assertThat(iraq.quantityUnit()).isEqualTo("kg");
        assertThat(sink.rows).filteredOn(r -> r.quantity() == null).allMatch(r -> r.quantityUnit() == null);
    }

    @Test
    void taiwanGa30WithQuantityColumnsKeepsEachRowsQuantityWithItsUnit() throws IOException {
        // the portal can add 數量 and 數量單位 to the export; the stored file has none, so two columns are added to it here:
        // the first row 1234 KGM, the second a quantity without its unit (not kept: a quantity without its unit is meaningless)
        String[] lines = new String(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), java.nio.charset.StandardCharsets.UTF_8)
                .split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isEmpty()) {
                out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                continue;
            }
            out.append(line).append(i == 0 ? ",數量,數量單位" : i == 1 ? ",\"1,234\",KGM" : i == 2 ? ",5," : ",,").append("\n");
        }
        Collect sink = new Collect();
        TradeFileReader.Outcome outcome = read(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), sink);
        assertThat(outcome.format()).isEqualTo(SourceFormat.TW_GA30);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.rows.get(0).quantity()).isEqualTo(1234.0);
        assertThat(sink.rows.get(0).quantityUnit()).isEqualTo("KGM");
        assertThat(sink.rows.get(1).quantity()).isNull();
        assertThat(sink.rows.get(1).quantityUnit()).isNull();
        assertThat(sink.rows.subList(2, sink.rows.size())).allMatch(r -> r.quantity() == null && r.quantityUnit() == null);
    }

    @Test
    void witsSdmxJsonResolvesSeriesKeysIntoTheDimensionLists() throws IOException {
        Collect sink = new Collect();
        TradeFileReader.Outcome outcome = read(file("wits_sdmx_tradestats_trade_sample.json"), sink);
        assertThat(outcome.format()).isEqualTo(SourceFormat.WITS_SDMX);
        assertThat(sink.rows).hasSize(29);
        // series 0:0:0:3:0 = USA, World, 25-26_Minerals, imports in US$ thousand, 2017
        TradeRow minerals = sink.rows.stream().filter(r -> r.productCode().equals("25-26_Minerals")).findFirst().orElseThrow();
        assertThat(minerals.valueUsd()).isEqualByComparingTo("7569838277");
        assertThat(minerals.reporterIso3()).isEqualTo("USA");
        assertThat(minerals.reporterCode()).isEqualTo("842");
        assertThat(minerals.partnerCode()).isEqualTo("0");
        assertThat(minerals.flow()).isEqualTo(Flow.M);
        assertThat(minerals.year()).isEqualTo(2017);
    }

    @Test
    void aFileThatIsNotTradeStatisticsIsRefusedNamingLineOne() throws IOException {
        assertThatThrownBy(() -> read(file("worldbank_macro_CHN_USA.csv"), new Collect()))
                .isInstanceOf(TradeFileRefused.class).hasMessageContaining("line 1")
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.not-trade-statistics");
        assertThatThrownBy(() -> read(file("comtrade_legacy_qty_units.csv"), new Collect())).isInstanceOf(TradeFileRefused.class);
    }

    @Test
    void aCutOffFileIsRefusedNamingItsLastLine() throws IOException {
        byte[] whole = file("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 300);
        assertThatThrownBy(() -> read(cut, new Collect())).isInstanceOf(TradeFileRefused.class)
                .satisfies(e -> assertThat(((TradeFileRefused) e).line()).isEqualTo(37))
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isIn("markets.import.cut-off", "markets.import.cut-off-in-quote"); // t2fixO: cut inside a quoted cell says "cut off"
        // acceptance review: the Taiwan Big5 file cut at 9,000 bytes ends inside a number ("36292.48" of "36292.48015"),
        // every cell present; it was imported with a wrong 2015 total
        byte[] ga30 = file("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv");
        assertThatThrownBy(() -> read(java.util.Arrays.copyOf(ga30, 9000), new Collect())).isInstanceOf(TradeFileRefused.class)
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.no-final-line-break");
        byte[] json = file("wits_sdmx_tradestats_trade_sample.json");
        assertThatThrownBy(() -> read(java.util.Arrays.copyOf(json, json.length / 2), new Collect()))
                .isInstanceOf(TradeFileRefused.class)
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.json-cut-off"); // review 15: no Jackson English
    }

    /** Review 15: a PNG read "開頭為：NG" (its first bytes decoded as text); it is named as a PNG image. */
    @Test
    void aBinaryFileIsNamedAsOne() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(png, new Collect())).isInstanceOf(TradeFileRefused.class)
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.binary.png");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThatThrownBy(() -> read(zip, new Collect())).isInstanceOf(TradeFileRefused.class)
                .extracting(e -> ((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.binary.zip");
    }

    @Test
    void badRowsAreRejectedOneByOneWithReasonsWhileTheRestImport() {
        String csv = """
                Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,Supplementary Quantity,Netweight (kg),Value,Estimation Code
                2010,699,2,156,"H3","010619",1,,2,109,4
                2010,699,2,156,"H3","0106",1,,2,abc,4
                2010,699,3,156,"H3","0106",1,,2,100,4
                2010,699,2,156,"H3","0106",1,,2,-5,4
                201O,699,2,156,"H3","0106",1,,2,5,4
                2010,699,2,156,"H3","0106",1,,2,
                2010,699,1,156,"H3","02",1,,,68010,0
                """;
        Collect sink = new Collect();
        read(csv.getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rows).hasSize(2);
        assertThat(sink.rejected).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(sink.rejected).extracting(Rejection::code).containsExactly("markets.reject.number", "markets.reject.flow",
                "markets.reject.negative", "markets.reject.year", "markets.reject.cells");
        assertThat(sink.rejected.get(0).detail()).isEqualTo("Value = \"abc\"");
    }

    @Test
    void windows1252NamesInAComtradeFileAreReadAsWindows1252() {
        String header = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
                + "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
                + "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
                + "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
                + "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate\r\n";
        String row = "C,M,20190301,2019,3,201903,384,CIV,C\u00f4te d'Ivoire,X,Export,0,W00,World,0,W00,World,H5,HS,true,8542,ICs,4,false,"
                + "C00,TOTAL,0,0,TOTAL,8,kg,1000,false,-1,N/A,,false,1000,false,,false,,5000,5000,0,true,false,\r\n";
        Collect sink = new Collect();
        TradeFileReader.Outcome outcome = read((header + row).getBytes(java.nio.charset.Charset.forName("windows-1252")), sink);
        assertThat(outcome.encoding()).isEqualTo("windows-1252");
        assertThat(sink.rows).singleElement().satisfies(r -> {
            assertThat(r.month()).isEqualTo(3);
            assertThat(r.frequency()).isEqualTo(Frequency.M);
            assertThat(r.period()).isEqualTo("2019-03");
            assertThat(r.quantity()).isEqualTo(1000.0);
            assertThat(r.quantityUnit()).isEqualTo("kg");
        });
    }

    /** Review t2fixL 8: a commodity code 85ZZ and a reporter 99999 are rejected one by one with their reasons; the good row stays. */
    @Test
    void aComtradeRowWithACodeThatIsNoCodeIsRejectedWithItsReason() {
        String header = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
                + "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
                + "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
                + "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
                + "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate\r\n";
        String row = "C,A,20190101,2019,52,2019,%s,,,X,Export,%s,W00,World,0,W00,World,H5,HS,true,%s,ICs,4,false,"
                + "C00,TOTAL,0,0,TOTAL,8,kg,1000,false,-1,N/A,,false,1000,false,,false,,5000,5000,0,true,false,\r\n";
        String csv = header + row.formatted("156", "0", "8542") + row.formatted("156", "0", "85ZZ") + row.formatted("99999", "0", "8542")
                + row.formatted("156", "ZZZ", "8542");
        Collect sink = new Collect();
        read(csv.getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rows).hasSize(1);
        assertThat(sink.rejected).extracting(Rejection::line).containsExactly(3L, 4L, 5L);
        assertThat(sink.rejected).extracting(Rejection::code).containsExactly("markets.reject.code", "markets.reject.country",
                "markets.reject.country");
        assertThat(sink.rejected).extracting(Rejection::detail).containsExactly("cmdCode = 85ZZ", "reporterCode = 99999", "partnerCode = ZZZ");
    }

    @Test
    void aValueTooLargeToStoreIsRejectedOnItsOwnWithItsLineWhileTheRestImport() {
        // acceptance review F1: 99999999999999999999 or 1e30 made the whole import fail (500) in the trade table's appender;
        // the store holds DECIMAL(18,3): at most 999,999,999,999,999.999; quantity and weight share the bound
        String csv = """
                Year,Reporter Code,Trade Flow Code,Partner Code,Classification,Commodity Code,Quantity Unit Code,Supplementary Quantity,Netweight (kg),Value,Estimation Code
                2010,699,2,156,"H3","0106",1,,2,99999999999999999999,4
                2010,699,2,156,"H3","0106",1,,2,1e30,4
                2010,699,2,156,"H3","0106",1,,2,1000000000000000,4
                2010,699,2,156,"H3","0106",1,,2,999999999999999.999,4
                2010,699,2,156,"H3","0106",1,,1e16,5,4
                2010,699,2,156,"H3","0106",8,1e400,2,5,4
                2010,699,1,156,"H3","02",1,,,68010,0
                """;
        Collect sink = new Collect();
        read(csv.getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rows).extracting(TradeRow::valueUsd).map(BigDecimal::toPlainString)
                .containsExactly("999999999999999.999", "68010");
        assertThat(sink.rejected).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 6L, 7L);
        assertThat(sink.rejected).extracting(Rejection::code).containsOnly("markets.reject.too-large");
        assertThat(sink.rejected.get(0).detail()).isEqualTo("Value = 99999999999999999999 > 999999999999999.999");
        assertThat(sink.rejected.get(3).detail()).startsWith("Netweight (kg) = 1e16");
    }

    @Test
    void aTaiwanValueInThousandsTooLargeOnceMultipliedIsRejectedOnItsOwn() throws IOException {
        String[] lines = new String(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), StandardCharsets.UTF_8).split("\n", -1);
        Collect whole = new Collect();
        read(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), whole);
        String[] cells = lines[1].replace("\r", "").split(",", -1);
        cells[cells.length - 1] = "9999999999999"; // thousand USD: 10^16 USD once multiplied by 1000
        lines[1] = String.join(",", cells);
        Collect sink = new Collect();
        read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2L);
            assertThat(r.code()).isEqualTo("markets.reject.too-large");
        });
        assertThat(sink.rows).hasSize(whole.rows.size() - 1);
    }

    @Test
    void taiwanGa30RejectsAnImpossibleYearAndACodeOfAnotherLengthEachWithItsLine() throws IOException {
        // acceptance review F4: 999年 (2910) and a 4-digit 8542 among the 11-digit CCC codes were kept
        java.nio.charset.Charset big5 = java.nio.charset.Charset.forName("Big5");
        String text = new String(file("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv"), big5).stripTrailing();
        long lines = text.lines().count();
        String bad = "\r\n出口總值(含復出口),999年,85423100002,處理器, Processors,100"
                + "\r\n出口總值(含復出口),113年,8542,積體電路, ICs,100\r\n";
        Collect sink = new Collect();
        read((text + bad).getBytes(big5), sink);
        assertThat(sink.rejected).extracting(Rejection::line).containsExactly(lines + 1, lines + 2);
        assertThat(sink.rejected).extracting(Rejection::code).containsExactly("markets.reject.year-range", "markets.reject.code-length");
        assertThat(sink.rejected.get(0).detail()).isEqualTo("日期 = 999年 → 2910");
        assertThat(sink.rejected.get(1).detail()).isEqualTo("貨品號列 = 8542 ≠ 11");
        assertThat(sink.rows).allMatch(r -> r.year() <= 2025 && r.productCode().length() == 11);
    }

    @Test
    void taiwanGa30DecidesItsCodeLevelFromTheMostCommonLengthNotFromTheFirstRow() throws IOException {
        // review T2: the first valid row set the file's code length; a file opening with the heading's 4-digit total 8542 then
        // rejected all of its 11-digit rows. The real export with that total first and a 5-digit code (no CCC length) inside.
        String[] lines = new String(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), StandardCharsets.UTF_8).stripTrailing()
                .split("\n", -1);
        Collect whole = new Collect();
        read(file("tw_customs_GA30_exports_HS8542_2013_2025.csv"), whole);
        assertThat(whole.rejected).isEmpty();
        List<String> crafted = new java.util.ArrayList<>(List.of(lines));
        crafted.add(1, "出口總值(含復出口),102年,8542,積體電路, Electronic integrated circuits,1500000");
        crafted.add(3, "出口總值(含復出口),102年,85423,積體電路, ICs,10");
        Collect sink = new Collect();
        read((String.join("\n", crafted) + "\n").getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rejected).extracting(Rejection::line).containsExactly(2L, 4L);
        assertThat(sink.rejected).extracting(Rejection::code).containsExactly("markets.reject.code-length", "markets.reject.code-digits");
        assertThat(sink.rejected.get(0).detail()).isEqualTo("貨品號列 = 8542 ≠ 11");
        assertThat(sink.rejected.get(1).detail()).isEqualTo("貨品號列 = 85423");
        // every real row kept, in the file's order
        assertThat(sink.rows).extracting(TradeRow::productCode).containsExactlyElementsOf(whole.rows.stream().map(TradeRow::productCode).toList());
        assertThat(sink.rows).allMatch(r -> r.productCode().length() == 11);
    }

    @Test
    void taiwanGa30AtAnotherLevelKeepsThatLevel() throws IOException {
        // a 4-digit export (the portal's 4-digit level) is read at 4 digits, its stray 11-digit line rejected
        String csv = """
                進出口別,日期,貨品號列,中文貨名,英文貨名,美元(千元)
                出口總值(含復出口),112年,85423100002,處理器, Processors,5
                出口總值(含復出口),112年,8542,積體電路, ICs,100
                出口總值(含復出口),113年,8542,積體電路, ICs,120
                出口總值(含復出口),113年,8541,二極體, Diodes,20
                """;
        Collect sink = new Collect();
        read(csv.getBytes(StandardCharsets.UTF_8), sink);
        assertThat(sink.rows).extracting(TradeRow::productCode).containsExactly("8542", "8542", "8541");
        assertThat(sink.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2L);
            assertThat(r.code()).isEqualTo("markets.reject.code-length");
        });
    }
}
