package org.tradedesk.tariff.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.domain.MeasureType;
import org.tradedesk.tariff.domain.NodeLevel;
import org.tradedesk.tariff.domain.ScheduleData;

/**
 * The customs portal's download as published (layout described in shared/data/tariff/README.md and the
 * portal's GC413/GC453 pages): {@code 海關進口稅則資料YYYY.xls} in BIFF8 with the exact header row and one
 * 11-digit CCC code per row, and {@code note_8_C.txt}/{@code note_8_E.txt} in UTF-8 with CRLF, a fixed
 * 9-character code column, 5-digit one-dash intermediate codes, descriptions wrapped onto lines with an
 * empty code column, dash markers and ideographic spaces as presentation, and the section rows S01–S21 at
 * the end. The tricky parts are all here, with a code cell turned numeric by a spreadsheet (its leading
 * zero lost) and a byte-order mark, because that is how the files reach a user who opened them once.
 */
class TwOfficialDownloadLayoutTest {

    private static final String[] SECTIONS_ZH = {"活動物；動物產品", "植物產品", "動植物油脂", "調製食品；飲料、酒類及醋；菸類",
            "礦產品", "化學或有關工業產品", "塑膠及其製品；橡膠及其製品", "生皮、皮革、毛皮及其製品", "木及木製品",
            "木漿；紙及紙板", "紡織品及紡織製品", "鞋、帽、雨傘", "石料、陶瓷產品；玻璃及玻璃器", "天然珍珠、寶石",
            "卑金屬及卑金屬製品", "機器及機械用具；電機設備", "車輛、航空器、船舶", "光學、照相、醫療或外科儀器",
            "武器與彈藥", "雜項製品", "藝術品、珍藏品及古董"};

    static byte[] xls() throws Exception {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // as Excel writes it: with the summary property sets (POI warns on reading a workbook without them)
            book.createInformationProperties();
            Sheet sheet = book.createSheet("海關進口稅則資料2026");
            Row header = sheet.createRow(0);
            for (int i = 0; i < TwTariffReader.HEADER.size(); i++) {
                header.createCell(i).setCellValue(TwTariffReader.HEADER.get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            // a code as a number: 09023000002 saved by a spreadsheet as 9023000002
            rows.add(new Object[] {9023000002d, "紅茶（發酵）及部分發酵茶，每包不超過3公斤者",
                    "Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg",
                    "22.5%", "", "45%", "", "KGM", "", "F01", ""});
            rows.add(new Object[] {"22030000001", "麥芽釀造之啤酒", "Beer made from malt", "免稅", "", "每公升新臺幣13元", "LTR", "KGM", "T", "", ""});
            // column II in full-width parentheses with two groups, column I "whichever is higher" in Chinese
            rows.add(new Object[] {"64039900008", "其他鞋靴，以皮革為鞋面者", "Other footwear with uppers of leather",
                    "每雙新臺幣38元或從價10%從高徵稅", "0%（PA,GT,NI,SV,HN） 5%（NZ,SG）", "50%", "PRQ", "KGM", "", "", ""});
            rows.add(new Object[] {"73239300009", "不銹鋼製餐桌、廚房或其他家庭用物品及其零件",
                    "Table, kitchen or other household articles and parts thereof, of stainless steel",
                    " 5% ", "0% (PA,GT,NI,SV,HN,NZ,SG)", "10%", "", "KGM", "", "", ""});
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] cells = rows.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] instanceof Double d) {
                        row.createCell(i).setCellValue(d);
                    } else {
                        row.createCell(i).setCellValue((String) cells[i]);
                    }
                }
            }
            sheet.createRow(rows.size() + 1); // an empty row left at the end of the sheet
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] noteChinese() {
        List<String> lines = new ArrayList<>(List.of(
                "09       第九章　咖啡、茶、馬黛茶及香辛料",
                "0902     茶，不論是否添加香料",
                "090230   ─　紅茶（發酵）及部分發酵茶，每包不超過",
                "         3公斤者",
                "09023000 ─　紅茶（發酵）及部分發酵茶，每包不超過3公斤者",
                "22       第二十二章　飲料、酒類及醋",
                "2203     麥芽釀造之啤酒",
                "22030000 麥芽釀造之啤酒",
                "64       第六十四章　鞋靴、綁腿及類似品；此類物品之零件",
                "6403     鞋靴，以橡膠、塑膠、皮革或再生皮革為外底，",
                "         以皮革為鞋面者",
                "64039    ─其他鞋靴：",
                "640399   ──其他",
                "64039900 ──其他",
                "73       第七十三章　鋼鐵製品",
                "7323     餐桌、廚房或其他家庭用物品及其零件，鋼鐵製",
                "73239    ─其他：",
                "732393   ──不銹鋼製",
                "73239300 ──不銹鋼製"));
        for (int i = 0; i < SECTIONS_ZH.length; i++) {
            lines.add(String.format("S%02d      第%d類 %s", i + 1, i + 1, SECTIONS_ZH[i]));
        }
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] noteEnglish() {
        List<String> lines = new ArrayList<>(List.of(
                "09       Chapter 9 Coffee, tea, mate and spices",
                "0902     Tea, whether or not flavoured",
                "090230   -Black tea (fermented) and partly fermented tea, in immediate packings of a",
                "         content not exceeding 3 kg",
                "09023000 -Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg",
                "22       Chapter 22 Beverages, spirits and vinegar",
                "2203     Beer made from malt",
                "22030000 Beer made from malt",
                "64       Chapter 64 Footwear, gaiters and the like; parts of such articles",
                "6403     Footwear with outer soles of rubber, plastics, leather or composition leather and",
                "         uppers of leather",
                "64039    -Other footwear:",
                "640399   --Other",
                "64039900 --Other",
                "73       Chapter 73 Articles of iron or steel",
                "7323     Table, kitchen or other household articles and parts thereof, of iron or steel",
                "73239    -Other:",
                "732393   --Of stainless steel",
                "73239300 --Of stainless steel"));
        for (int i = 1; i <= 21; i++) {
            lines.add(String.format("S%02d      Section %d", i, i));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static ScheduleData read() throws Exception {
        try (InputStream x = new ByteArrayInputStream(xls()); InputStream c = new ByteArrayInputStream(noteChinese());
             InputStream e = new ByteArrayInputStream(noteEnglish())) {
            return TwTariffReader.read(x, c, e, p -> { });
        }
    }

    @Test
    void readsEveryRowOfTheDownloadAsPublished() throws Exception {
        ScheduleData data = read();
        assertThat(data.issues()).isEmpty();
        assertThat(data.rowsRead()).isEqualTo(4);
        assertThat(data.rowsImported()).isEqualTo(4);
        // the numeric code cell keeps its chapter 09
        assertThat(data.node("09023000002")).isNotNull();
        assertThat(data.node("09023000002").statisticalCode()).isEqualTo("00");
        assertThat(measure(data, "09023000002", MeasureType.GENERAL)).isEqualTo("22.5%");
        assertThat(measure(data, "22030000001", MeasureType.GENERAL)).isEqualTo("0%");
        assertThat(measure(data, "22030000001", MeasureType.NON_MFN)).isEqualTo("13 TWD/L");
        assertThat(measure(data, "64039900008", MeasureType.GENERAL)).isEqualTo("MAX(38 TWD/pr, 10%)");
        assertThat(data.measures()).filteredOn(m -> m.itemCode().equals("64039900008") && m.type() == MeasureType.PREFERENTIAL)
                .extracting(ScheduleData.Measure::partner).containsExactly("PA", "GT", "NI", "SV", "HN", "NZ", "SG");
        assertThat(measure(data, "73239300009", MeasureType.GENERAL)).isEqualTo("5%");
    }

    @Test
    void buildsTheHierarchyFromTheNoteFilesWithWrappedLinesAndSections() throws Exception {
        ScheduleData data = read();
        assertThat(data.node("09").descriptionZh()).isEqualTo("第九章　咖啡、茶、馬黛茶及香辛料");
        // a wrapped Chinese line joins without a space; dash markers and ideographic spaces are presentation
        assertThat(data.node("090230").descriptionZh()).isEqualTo("紅茶（發酵）及部分發酵茶，每包不超過3公斤者");
        assertThat(data.node("090230").descriptionEn())
                .isEqualTo("Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg");
        assertThat(data.node("6403").descriptionZh()).isEqualTo("鞋靴，以橡膠、塑膠、皮革或再生皮革為外底，以皮革為鞋面者");
        assertThat(data.node("6403").descriptionEn())
                .isEqualTo("Footwear with outer soles of rubber, plastics, leather or composition leather and uppers of leather");
        assertThat(data.node("64039").level()).isEqualTo(NodeLevel.SUBHEADING);
        assertThat(data.node("64039").descriptionEn()).isEqualTo("Other footwear:");
        // the byte-order mark does not hide the first code
        assertThat(data.node("09").descriptionEn()).isEqualTo("Chapter 9 Coffee, tea, mate and spices");
        for (int i = 1; i <= 21; i++) {
            String s = String.format("S%02d", i);
            assertThat(data.node(s)).as(s).isNotNull().extracting(ScheduleData.Node::level).isEqualTo(NodeLevel.SECTION);
        }
        assertThat(data.node("S21").descriptionZh()).isEqualTo("第21類 藝術品、珍藏品及古董");
        assertThat(data.node("73239300").descriptionEn()).isEqualTo("Of stainless steel");
    }

    private static String measure(ScheduleData data, String code, MeasureType type) {
        return data.measures().stream().filter(m -> m.itemCode().equals(code) && m.type() == type)
                .findFirst().orElseThrow().expression();
    }
}
