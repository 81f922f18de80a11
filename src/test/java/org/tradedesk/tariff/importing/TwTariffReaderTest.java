package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradedesk.tariff.domain.MeasureType;
import org.tradedesk.tariff.domain.NodeLevel;
import org.tradedesk.tariff.domain.ScheduleData;
import org.tradedesk.tariff.domain.TwDutyRateParser;

class TwTariffReaderTest {

    static ScheduleData readSample() throws Exception {
        try (InputStream xls = AuTariffReader.resource("/reference-data/tariff/tw/tw-tariff-sample.xls");
             InputStream c = AuTariffReader.resource("/reference-data/tariff/tw/note_8_C.txt");
             InputStream e = AuTariffReader.resource("/reference-data/tariff/tw/note_8_E.txt")) {
            return TwTariffReader.read(xls, c, e, p -> { });
        }
    }

    @Test
    void readsEveryRateFormOfTheSample() throws Exception {
        ScheduleData data = readSample();
        assertThat(data.issues()).isEmpty();
        assertThat(data.rowsRead()).isEqualTo(TwTariffFixtureGenerator.ROWS.size());
        assertThat(general(data, "22042100100")).isEqualTo("10%");
        assertThat(general(data, "02013000004")).isEqualTo("10 TWD/kg");
        assertThat(general(data, "22089010003")).isEqualTo("11 TWD/L");
        assertThat(general(data, "64039900008")).isEqualTo("MAX(38 TWD/pr, 10%)");
        assertThat(general(data, "64029900001")).isEqualTo("MAX(15 TWD/pr, 7.5%)");
        assertThat(general(data, "85423100001")).isEqualTo("0%");
        assertThat(data.measures()).filteredOn(m -> m.itemCode().equals("22042100100") && m.type() == MeasureType.PREFERENTIAL)
                .extracting(ScheduleData.Measure::partner).containsExactly("PA", "GT", "NI", "SV", "HN", "NZ", "SG");
        assertThat(data.measures()).filteredOn(m -> m.itemCode().equals("64039900008") && "SG".equals(m.partner()))
                .singleElement().extracting(ScheduleData.Measure::expression).isEqualTo("5%");
    }

    @Test
    void buildsTheHierarchyInBothLanguagesFromTheNoteFiles() throws Exception {
        ScheduleData data = readSample();
        assertThat(data.node("2204").descriptionZh()).startsWith("鮮葡萄酒");
        assertThat(data.node("22042").level()).isEqualTo(NodeLevel.SUBHEADING);
        assertThat(data.node("2208").descriptionEn()).isEqualTo(
                "Undenatured ethyl alcohol of an alcoholic strength by volume of less than 80 % vol.; spirits, liqueurs and other spirituous beverages");
        assertThat(data.node("6403").descriptionZh()).isEqualTo("鞋靴，以橡膠、塑膠、皮革或再生皮革為外底，以皮革為鞋面者");
        assertThat(data.node("87032390").descriptionEn()).isEqualTo("Other");
        assertThat(data.node("S17").level()).isEqualTo(NodeLevel.SECTION);
        assertThat(data.node("87032390005").descriptionZh()).contains("小客車");
        assertThat(data.node("87032390005").importRegulations()).isEqualTo("MW0");
    }

    @Test
    void refusesAWorkbookWhoseHeaderDiffersNamingTheExpectedHeader(@TempDir Path dir) throws Exception {
        List<String> header = new ArrayList<>(TwTariffReader.HEADER);
        header.set(3, "稅率");
        Path file = dir.resolve("bad.xls");
        TwTariffFixtureGenerator.writeXls(file, header, TwTariffFixtureGenerator.ROWS);
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> TwTariffReader.read(in, null, null, p -> { }))
                    .isInstanceOf(ImportRejected.class)
                    .hasMessageContaining("header column 4 is '稅率', expected '第一欄稅率'")
                    .hasMessageContaining("貨品分類號列, 中文貨名, 英文貨名");
        }
    }

    @Test
    void rejectsARowWithAnUnreadableRateNamingTheColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("row.xls");
        List<String[]> rows = List.of(new String[] {"22042100100", "葡萄酒", "Wine", "ten percent", "", "", "LTR", "", "", "", ""},
                new String[] {"2204", "葡萄酒", "Wine", "10%", "", "", "", "", "", "", ""});
        TwTariffFixtureGenerator.writeXls(file, TwTariffReader.HEADER, rows);
        try (InputStream in = Files.newInputStream(file)) {
            ScheduleData data = TwTariffReader.read(in, null, null, p -> { });
            assertThat(data.issues()).hasSize(2);
            assertThat(data.issues().get(0).reason()).startsWith("第一欄稅率").contains("ten percent");
            assertThat(data.issues().get(1).reason()).contains("11-digit");
            // the reasons as messages for the report's reader
            assertThat(data.issues().get(0).reasonCode()).isEqualTo("tariff.import.reject.tw-rate.1");
            assertThat(data.issues().get(0).reasonArgs()).singleElement().asString().contains("ten percent");
            assertThat(data.issues().get(1).reasonCode()).isEqualTo("tariff.import.reject.tw-code");
            assertThat(data.measures()).isEmpty();
        }
    }

    @Test
    void refusesAFileThatIsNotAnXlsWorkbook() {
        assertThatThrownBy(() -> TwTariffReader.read(new java.io.ByteArrayInputStream("not excel".getBytes()), null, null, p -> { }))
                .isInstanceOf(ImportRejected.class).hasMessageContaining(".xls");
    }

    @Test
    void readsPartnerGroupsOfColumnTwo() {
        assertThat(TwDutyRateParser.parsePartners("0% (PA,GT,NI,SV,HN,NZ,SG)")).singleElement()
                .satisfies(p -> assertThat(p.partners()).hasSize(7));
        assertThatThrownBy(() -> TwDutyRateParser.parsePartners("0% PA")).hasMessageContaining("column II");
    }

    private static String general(ScheduleData data, String code) {
        return data.measures().stream().filter(m -> m.itemCode().equals(code) && m.type() == MeasureType.GENERAL)
                .findFirst().orElseThrow().expression();
    }
}
