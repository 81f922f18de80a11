package org.tradedesk.tariff.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the Taiwan tariff sample in the layout of the customs portal's download (GC413/GC453):
 * {@code tw-tariff-sample.xls} (BIFF8, exact header row) and {@code note_8_C.txt} / {@code note_8_E.txt}
 * (UTF-8, CRLF, 9-character code column). The lines, descriptions and rate forms follow the published
 * schedule; the 11th (check) digits and the regulation codes are illustrative, not verified against the
 * official database. Run {@code main} and commit the files it writes.
 */
public final class TwTariffFixtureGenerator {

    static final Path TARGET = Path.of("src/main/resources/reference-data/tariff/tw");

    /** code, 中文貨名, English, column I, column II, column III, qty unit, weight unit, 稽徵規定, 輸入規定, 輸出規定 */
    static final List<String[]> ROWS = List.of(
            row("02013000004", "去骨牛肉，生鮮或冷藏", "Boneless meat of bovine animals, fresh or chilled",
                    "NT$10/KGM", "0% (NZ)", "NT$40/KGM", "", "KGM", "", "B01", ""),
            row("22042100100", "葡萄酒，容器容量在2公升及以下者", "Wine of fresh grapes, in containers holding 2 l or less",
                    "10%", "0% (PA,GT,NI,SV,HN,NZ,SG)", "40%", "LTR", "KGM", "T", "", ""),
            row("22083000005", "威士忌酒", "Whiskies", "Free", "", "NT$100/LTR", "LTR", "KGM", "T", "", ""),
            row("22089010003", "米酒", "Rice wine", "每公升新臺幣11元", "", "每公升新臺幣33元", "LTR", "KGM", "T", "", ""),
            row("64029900001", "其他鞋靴，以橡膠或塑膠為外底及鞋面者", "Other footwear with outer soles and uppers of rubber or plastics",
                    "每雙新臺幣15元或從價7.5%從高徵稅", "0% (PA,GT,NI,SV,HN)", "50%", "PRQ", "KGM", "", "", ""),
            row("64039900008", "其他鞋靴，以皮革為鞋面者", "Other footwear with uppers of leather",
                    "NT$38/PRQ or 10%, whichever is higher", "0% (PA,GT,NI,SV,HN) 5% (NZ,SG)", "50%", "PRQ", "KGM", "", "", ""),
            row("85423100001", "處理器及控制器（電子積體電路）", "Processors and controllers (electronic integrated circuits)",
                    "免稅", "", "Free", "PCE", "KGM", "", "", "441"),
            row("87032390005", "其他小客車，汽缸容量超過1,500立方公分但未超過3,000立方公分",
                    "Other passenger motor vehicles, of a cylinder capacity exceeding 1,500 cc but not exceeding 3,000 cc",
                    "17.5%", "0% (NZ,SG)", "30%", "SET", "KGM", "T", "MW0", ""));

    static final List<String> NOTE_C = List.of(
            "02       第二章 肉及食用雜碎",
            "0201     牛肉，生鮮或冷藏",
            "020130   ─去骨",
            "02013000 ─去骨",
            "22       第二十二章 飲料、酒類及醋",
            "2204     鮮葡萄酒，包括強化酒；葡萄漿，第二００九節所列者除外",
            "22042    ─其他葡萄酒；以加酒精方法阻止或中止發酵之葡萄漿",
            "220421   ──容器容量在2公升及以下者",
            "22042100 ──容器容量在2公升及以下者",
            "2208     未變性酒精，酒精濃度按容量計未達80%者；烈酒、利口酒及其他酒精性飲料",
            "220830   ─威士忌酒",
            "22083000 ─威士忌酒",
            "220890   ─其他",
            "22089010 ─米酒",
            "64       第六十四章 鞋靴、綁腿及類似品；此類物品之零件",
            "6402     其他鞋靴，以橡膠或塑膠為外底及鞋面者",
            "640299   ──其他",
            "64029900 ──其他",
            "6403     鞋靴，以橡膠、塑膠、皮革或再生皮革為外底，",
            "         以皮革為鞋面者",
            "640399   ──其他",
            "64039900 ──其他",
            "85       第八十五章 電機與設備及其零件；錄音機及聲音重放機，電視影像、聲音記錄機及重放機，以及上述各物之零件及附件",
            "8542     電子積體電路",
            "854231   ──處理器及控制器",
            "85423100 ──處理器及控制器",
            "87       第八十七章 鐵道及電車道車輛以外之車輛及其零件與附件",
            "8703     主要供載人之機動車輛（第八七○二節除外），包括客貨兩用車及競賽車",
            "870323   ──汽缸容量超過1,500立方公分，但未超過3,000立方公分者",
            "87032390 ───其他",
            "S01      第一類 活動物；動物產品",
            "S04      第四類 調製食品；飲料、酒類及醋；菸類及已製菸類代用品",
            "S12      第十二類 鞋、帽、雨傘、遮陽傘、手杖、座凳式手杖、鞭、馬鞭及其零件；已整理之羽毛及其製品；人造花；人髮製品",
            "S16      第十六類 機器及機械用具；電機設備；及其零件",
            "S17      第十七類 車輛、航空器、船舶及有關運輸設備");

    static final List<String> NOTE_E = List.of(
            "02       Chapter 2 Meat and edible meat offal",
            "0201     Meat of bovine animals, fresh or chilled",
            "020130   -Boneless",
            "02013000 -Boneless",
            "22       Chapter 22 Beverages, spirits and vinegar",
            "2204     Wine of fresh grapes, including fortified wines; grape must other than that of heading 20.09",
            "22042    -Other wine; grape must with fermentation prevented or arrested by the addition of alcohol",
            "220421   --In containers holding 2 l or less",
            "22042100 --In containers holding 2 l or less",
            "2208     Undenatured ethyl alcohol of an alcoholic strength by volume of less than 80 % vol.; spirits,",
            "         liqueurs and other spirituous beverages",
            "220830   -Whiskies",
            "22083000 -Whiskies",
            "220890   -Other",
            "22089010 -Rice wine",
            "64       Chapter 64 Footwear, gaiters and the like; parts of such articles",
            "6402     Other footwear with outer soles and uppers of rubber or plastics",
            "640299   --Other",
            "64029900 --Other",
            "6403     Footwear with outer soles of rubber, plastics, leather or composition leather and uppers of leather",
            "640399   --Other",
            "64039900 --Other",
            "85       Chapter 85 Electrical machinery and equipment and parts thereof",
            "8542     Electronic integrated circuits",
            "854231   --Processors and controllers",
            "85423100 --Processors and controllers",
            "87       Chapter 87 Vehicles other than railway or tramway rolling stock, and parts and accessories thereof",
            "8703     Motor cars and other motor vehicles principally designed for the transport of persons",
            "870323   --Of a cylinder capacity exceeding 1,500 cc but not exceeding 3,000 cc",
            "87032390 ---Other",
            "S01      Section I Live animals; animal products",
            "S04      Section IV Prepared foodstuffs; beverages, spirits and vinegar; tobacco",
            "S12      Section XII Footwear, headgear, umbrellas and parts thereof",
            "S16      Section XVI Machinery and mechanical appliances; electrical equipment; parts thereof",
            "S17      Section XVII Vehicles, aircraft, vessels and associated transport equipment");

    private TwTariffFixtureGenerator() {
    }

    private static String[] row(String... cells) {
        return cells;
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : TARGET;
        Files.createDirectories(dir);
        writeXls(dir.resolve("tw-tariff-sample.xls"), TwTariffReader.HEADER, ROWS);
        writeNote(dir.resolve("note_8_C.txt"), NOTE_C);
        writeNote(dir.resolve("note_8_E.txt"), NOTE_E);
    }

    static void writeXls(Path file, List<String> header, List<String[]> rows) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("海關進口稅則");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            book.write(out);
        }
    }

    private static void writeNote(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}
