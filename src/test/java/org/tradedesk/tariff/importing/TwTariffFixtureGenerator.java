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
 * official database, and so are the rates of the lines added for the demo clients' goods (tea, beer,
 * kitchenware, machinery): they could not be checked against the portal from a machine without network
 * (README, tariff section). Run {@code main} and commit the files it writes.
 */
public final class TwTariffFixtureGenerator {

    static final Path TARGET = Path.of("src/main/resources/reference-data/tariff/tw");

    /** code, 中文貨名, English, column I, column II, column III, qty unit, weight unit, 稽徵規定, 輸入規定, 輸出規定 */
    static final List<String[]> ROWS = List.of(
            // tea (Evergreen Tea's oolong and pouchong; 部分發酵茶 is in 0902.30/0902.40)
            row("09021000004", "綠茶（未發酵），每包不超過3公斤者", "Green tea (not fermented), in immediate packings of a content not exceeding 3 kg",
                    "22.5%", "", "45%", "", "KGM", "", "F01", ""),
            row("09023000002", "紅茶（發酵）及部分發酵茶，每包不超過3公斤者",
                    "Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg",
                    "22.5%", "", "45%", "", "KGM", "", "F01", ""),
            row("09024000005", "其他紅茶（發酵）及其他部分發酵茶", "Other black tea (fermented) and other partly fermented tea",
                    "22.5%", "", "45%", "", "KGM", "", "F01", ""),
            row("02013000004", "去骨牛肉，生鮮或冷藏", "Boneless meat of bovine animals, fresh or chilled",
                    "NT$10/KGM", "0% (NZ)", "NT$40/KGM", "", "KGM", "", "B01", ""),
            row("22042100100", "葡萄酒，容器容量在2公升及以下者", "Wine of fresh grapes, in containers holding 2 l or less",
                    "10%", "0% (PA,GT,NI,SV,HN,NZ,SG)", "40%", "LTR", "KGM", "T", "", ""),
            // beer: duty-free in column I since the WTO accession (2002)
            row("22030000001", "麥芽釀造之啤酒", "Beer made from malt", "免稅", "", "每公升新臺幣13元", "LTR", "KGM", "T", "", ""),
            row("22083000005", "威士忌酒", "Whiskies", "Free", "", "NT$100/LTR", "LTR", "KGM", "T", "", ""),
            row("22089010003", "米酒", "Rice wine", "每公升新臺幣11元", "", "每公升新臺幣33元", "LTR", "KGM", "T", "", ""),
            row("64029900001", "其他鞋靴，以橡膠或塑膠為外底及鞋面者", "Other footwear with outer soles and uppers of rubber or plastics",
                    "每雙新臺幣15元或從價7.5%從高徵稅", "0% (PA,GT,NI,SV,HN)", "50%", "PRQ", "KGM", "", "", ""),
            row("64039900008", "其他鞋靴，以皮革為鞋面者", "Other footwear with uppers of leather",
                    "NT$38/PRQ or 10%, whichever is higher", "0% (PA,GT,NI,SV,HN) 5% (NZ,SG)", "50%", "PRQ", "KGM", "", "", ""),
            // kitchenware (Koala Kitchenware's stainless steel, porcelain and cutlery)
            row("69111000003", "瓷製餐具及廚房用具", "Tableware and kitchenware, of porcelain or china",
                    "7.5%", "0% (PA,GT,NI,SV,HN)", "20%", "", "KGM", "", "", ""),
            row("73239300009", "不銹鋼製餐桌、廚房或其他家庭用物品及其零件", "Table, kitchen or other household articles and parts thereof, of stainless steel",
                    "5%", "0% (PA,GT,NI,SV,HN,NZ,SG)", "10%", "", "KGM", "", "", ""),
            row("82159900001", "其他匙、叉、長柄杓及類似廚房或餐桌用具", "Other spoons, forks, ladles and similar kitchen or tableware",
                    "5%", "0% (PA,GT,NI,SV,HN)", "15%", "", "KGM", "", "", ""),
            // machinery (Formosa Machinery's CNC machine tools and the parts it imports from Japan)
            row("84221100006", "家用型洗碟機", "Dish washing machines of the household type",
                    "5%", "0% (PA,GT,NI,SV,HN,NZ,SG)", "10%", "SET", "KGM", "T", "", ""),
            row("84223000008", "裝填、封閉、密封或標籤瓶、罐、盒、袋或其他容器用機器",
                    "Machinery for filling, closing, sealing or labelling bottles, cans, boxes, bags or other containers",
                    "Free", "", "5%", "SET", "KGM", "", "", ""),
            row("84669300005", "第84.56至84.61節機器用之其他零件及附件", "Other parts and accessories for machines of headings 84.56 to 84.61",
                    "Free", "", "5%", "", "KGM", "", "", ""),
            row("84798990004", "其他具有特殊功能之機器及機械用具", "Other machines and mechanical appliances having individual functions",
                    "Free", "", "5%", "SET", "KGM", "", "", ""),
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
            "09       第九章 咖啡、茶、馬黛茶及香辛料",
            "0902     茶，不論是否添加香料",
            "090210   ─綠茶（未發酵），每包不超過3公斤者",
            "09021000 ─綠茶（未發酵），每包不超過3公斤者",
            "090230   ─紅茶（發酵）及部分發酵茶，每包不超過3公斤者",
            "09023000 ─紅茶（發酵）及部分發酵茶，每包不超過3公斤者",
            "090240   ─其他紅茶（發酵）及其他部分發酵茶",
            "09024000 ─其他紅茶（發酵）及其他部分發酵茶",
            "22       第二十二章 飲料、酒類及醋",
            "2203     麥芽釀造之啤酒",
            "22030000 麥芽釀造之啤酒",
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
            "69       第六十九章 陶瓷產品",
            "6911     瓷製餐具、廚房用具、其他家庭用品及盥洗用具",
            "691110   ─餐具及廚房用具",
            "69111000 ─餐具及廚房用具",
            "73       第七十三章 鋼鐵製品",
            "7323     餐桌、廚房或其他家庭用物品及其零件，鋼鐵製；鋼鐵絨；鋼鐵製之擦鍋器、",
            "         洗擦墊、手套及類似品",
            "73239    ─其他",
            "732393   ──不銹鋼製",
            "73239300 ──不銹鋼製",
            "82       第八十二章 卑金屬製工具、器具、刀具、匙、叉及其零件",
            "8215     匙、叉、長柄杓、漏杓、糕餅鏟、魚刀、奶油刀、糖夾及類似之廚房或餐桌用具",
            "82159    ─其他",
            "821599   ──其他",
            "82159900 ──其他",
            "84       第八十四章 核子反應器、鍋爐、機器及機械用具；其零件",
            "8422     洗碟機；洗滌或乾燥瓶或其他容器用機器；裝填、封閉、密封或標籤瓶、罐、盒、袋",
            "         或其他容器用機器；包裝或包紮用機器；飲料充氣用機器",
            "84221    ─洗碟機",
            "842211   ──家用型",
            "84221100 ──家用型",
            "842230   ─裝填、封閉、密封或標籤容器用機器",
            "84223000 ─裝填、封閉、密封或標籤容器用機器",
            "8466     專用或主要用於第84.56至84.65節機器之零件及附件",
            "84669    ─其他",
            "846693   ──第84.56至84.61節機器用者",
            "84669300 ──第84.56至84.61節機器用者",
            "8479     本章其他節未列名而具有特殊功能之機器及機械用具",
            "84798    ─其他機器及機械用具",
            "847989   ──其他",
            "84798990 ───其他",
            "85       第八十五章 電機與設備及其零件；錄音機及聲音重放機，電視影像、聲音記錄機及重放機，以及上述各物之零件及附件",
            "8542     電子積體電路",
            "854231   ──處理器及控制器",
            "85423100 ──處理器及控制器",
            "87       第八十七章 鐵道及電車道車輛以外之車輛及其零件與附件",
            "8703     主要供載人之機動車輛（第八七○二節除外），包括客貨兩用車及競賽車",
            "870323   ──汽缸容量超過1,500立方公分，但未超過3,000立方公分者",
            "87032390 ───其他",
            "S01      第一類 活動物；動物產品",
            "S02      第二類 植物產品",
            "S04      第四類 調製食品；飲料、酒類及醋；菸類及已製菸類代用品",
            "S12      第十二類 鞋、帽、雨傘、遮陽傘、手杖、座凳式手杖、鞭、馬鞭及其零件；已整理之羽毛及其製品；人造花；人髮製品",
            "S13      第十三類 石料、膠泥、水泥、石棉、雲母或類似材料之製品；陶瓷產品；玻璃及玻璃器",
            "S15      第十五類 卑金屬及卑金屬製品",
            "S16      第十六類 機器及機械用具；電機設備；及其零件",
            "S17      第十七類 車輛、航空器、船舶及有關運輸設備");

    static final List<String> NOTE_E = List.of(
            "02       Chapter 2 Meat and edible meat offal",
            "0201     Meat of bovine animals, fresh or chilled",
            "020130   -Boneless",
            "02013000 -Boneless",
            "09       Chapter 9 Coffee, tea, maté and spices",
            "0902     Tea, whether or not flavoured",
            "090210   -Green tea (not fermented) in immediate packings of a content not exceeding 3 kg",
            "09021000 -Green tea (not fermented) in immediate packings of a content not exceeding 3 kg",
            "090230   -Black tea (fermented) and partly fermented tea, in immediate packings of a content not",
            "         exceeding 3 kg",
            "09023000 -Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg",
            "090240   -Other black tea (fermented) and other partly fermented tea",
            "09024000 -Other black tea (fermented) and other partly fermented tea",
            "22       Chapter 22 Beverages, spirits and vinegar",
            "2203     Beer made from malt",
            "22030000 Beer made from malt",
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
            "69       Chapter 69 Ceramic products",
            "6911     Tableware, kitchenware, other household articles and toilet articles, of porcelain or china",
            "691110   -Tableware and kitchenware",
            "69111000 -Tableware and kitchenware",
            "73       Chapter 73 Articles of iron or steel",
            "7323     Table, kitchen or other household articles and parts thereof, of iron or steel; iron or steel",
            "         wool; pot scourers and scouring or polishing pads, gloves and the like, of iron or steel",
            "73239    -Other",
            "732393   --Of stainless steel",
            "73239300 --Of stainless steel",
            "82       Chapter 82 Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal",
            "8215     Spoons, forks, ladles, skimmers, cake-servers, fish-knives, butter-knives, sugar tongs and similar",
            "         kitchen or tableware",
            "82159    -Other",
            "821599   --Other",
            "82159900 --Other",
            "84       Chapter 84 Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof",
            "8422     Dish washing machines; machinery for cleaning or drying bottles or other containers; machinery for",
            "         filling, closing, sealing or labelling bottles, cans, boxes, bags or other containers; packing or",
            "         wrapping machinery; machinery for aerating beverages",
            "84221    -Dish washing machines",
            "842211   --Of the household type",
            "84221100 --Of the household type",
            "842230   -Machinery for filling, closing, sealing or labelling containers",
            "84223000 -Machinery for filling, closing, sealing or labelling containers",
            "8466     Parts and accessories suitable for use solely or principally with the machines of headings 84.56 to 84.65",
            "84669    -Other",
            "846693   --For machines of headings 84.56 to 84.61",
            "84669300 --For machines of headings 84.56 to 84.61",
            "8479     Machines and mechanical appliances having individual functions, not specified or included elsewhere",
            "84798    -Other machines and mechanical appliances",
            "847989   --Other",
            "84798990 ---Other",
            "85       Chapter 85 Electrical machinery and equipment and parts thereof",
            "8542     Electronic integrated circuits",
            "854231   --Processors and controllers",
            "85423100 --Processors and controllers",
            "87       Chapter 87 Vehicles other than railway or tramway rolling stock, and parts and accessories thereof",
            "8703     Motor cars and other motor vehicles principally designed for the transport of persons",
            "870323   --Of a cylinder capacity exceeding 1,500 cc but not exceeding 3,000 cc",
            "87032390 ---Other",
            "S01      Section I Live animals; animal products",
            "S02      Section II Vegetable products",
            "S04      Section IV Prepared foodstuffs; beverages, spirits and vinegar; tobacco",
            "S12      Section XII Footwear, headgear, umbrellas and parts thereof",
            "S13      Section XIII Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic",
            "         products; glass and glassware",
            "S15      Section XV Base metals and articles of base metal",
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
            // as Excel writes it: with the summary property sets (POI warns on reading a workbook without them)
            book.createInformationProperties();
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
