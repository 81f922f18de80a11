package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tradedesk.support.BrowserTestBase;

/**
 * Issue 9's main flow in headless Chromium: the real Comtrade portal file and the Taiwan customs file in Big5 are
 * uploaded through the page, the progress bar runs to completion (htmx polling), a series opens with the Chart.js trend
 * chart and its 95 % band drawn (no inline script: the CSP holds); then, in zh-TW, a research project is created on both
 * datasets, the markets are scored with weights on the page, a decision is recorded with its reason, and the report is
 * downloaded: the PDF's text read back with PDFBox (the question, a market's name, a figure) and, in English, the XLSX
 * read back with POI (a sheet and its figures). The Taiwan file's preliminary year is in the report's sources (review
 * r-t2b: it made every report fail).
 */
class MarketResearchBrowserTest extends BrowserTestBase {

    static Path copy(String name) throws Exception {
        Path file = Files.createTempDirectory("markets-browser").resolve(name);
        try (var in = MarketResearchBrowserTest.class.getResourceAsStream("/markets/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Uploads a file through the page and returns the dataset's id (the dataset page it lands on). */
    long upload(String name) throws Exception {
        open("/markets");
        page.locator("#markets-file").setInputFiles(copy(name));
        page.locator("#markets-upload-submit").click();
        assertThat(page.locator("#markets-progress")).isVisible();
        assertThat(page.locator("#markets-status")).hasAttribute("data-status", "SUCCEEDED",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(page.locator(".progress-bar")).hasText("100%");
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("/markets/datasets/(\\d+)").matcher(page.url());
        assertThat(id.find()).as(page.url()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The file a link downloads, as the browser saved it. */
    byte[] download(String linkId) throws Exception {
        // the report is computed again from the datasets (charts included): on two shared cores that takes a while
        com.microsoft.playwright.Download d = page.waitForDownload(new com.microsoft.playwright.Page.WaitForDownloadOptions().setTimeout(120_000),
                () -> page.locator("#" + linkId).click(new com.microsoft.playwright.Locator.ClickOptions().setNoWaitAfter(true)));
        assertThat(d.failure()).isNull();
        return Files.readAllBytes(d.path());
    }

    @Test
    void comtradeAndTaiwanFilesUploadedChartedScoredDecidedAndReported() throws Exception {
        logInAs("coordinator");
        long taiwan = upload("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv");
        assertThat(page.locator("#markets-encoding")).hasText("Big5");
        // the partial year worded in the page's language, not the stored "2025-01..07" (issue 9 minor)
        assertThat(page.locator("#markets-preliminary")).hasText(
                java.util.regex.Pattern.compile("2025 (年 1–7 月（初步）|January–July \\(preliminary\\))"));

        long comtrade = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        assertThat(page.locator("#markets-rows-kept")).hasText("36");
        page.locator("#markets-show-report").click();
        page.locator("#s-reporter").fill("CHN");
        page.locator("#s-product").fill("8542");
        page.locator("#s-from").fill("2019");
        page.locator("#s-to").fill("2024");
        page.locator("#markets-series-submit").click();
        assertThat(page.locator("#markets-cagr")).containsText("9.37");
        assertThat(page.locator("#markets-trend")).containsText("8.02");
        // the chart script ran: four datasets (band low, band high, trend, values) on the canvas
        assertThat(page.locator("#markets-chart")).hasAttribute("data-drawn", "4");
        Object painted = page.evaluate("() => { const c = document.getElementById('markets-chart');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }");
        assertThat(((Number) painted).intValue()).isGreaterThan(1000);
        assertThat(page.locator("#markets-points tbody tr")).hasCount(6);

        // the research project on both datasets, in zh-TW
        open("/markets/projects/new?lang=zh-TW");
        page.locator("#project-name").fill("積體電路出口研究");
        page.locator("#project-hs").fill("8542");
        page.locator("#project-markets").fill("CHN, KOR, USA");
        page.locator("#project-questions").fill("哪個市場成長最快？");
        page.locator("#project-datasets").selectOption(new String[] {String.valueOf(taiwan), String.valueOf(comtrade)});
        page.locator("#project-save").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/markets/projects/\\d+$"));
        String project = page.url().replaceAll("^.*/markets/projects/(\\d+)$", "$1");
        assertThat(page.locator("#markets-questions")).containsText("哪個市場成長最快？");

        // the markets scored with weights on the page: numpy's scores (CHN 1.0, KOR 0.53852, USA 0.15)
        page.locator("#dataset").selectOption(String.valueOf(comtrade));
        page.locator("#flow").selectOption("X");
        page.locator("#from").fill("2019");
        page.locator("#to").fill("2024");
        page.locator("#w_DEMAND_SIZE").fill("40");
        page.locator("#w_DEMAND_GROWTH").fill("40");
        page.locator("#w_TARIFF").fill("20");
        page.locator("#tariff_CHN").fill("0");
        page.locator("#tariff_KOR").fill("8");
        page.locator("#tariff_USA").fill("2");
        page.locator("#markets-scoring-form button[type=submit]").click();
        assertThat(page.locator("#markets-ranking tbody tr")).hasCount(3);
        assertThat(page.locator("#markets-ranking td[data-market=KOR]")).hasText(java.util.regex.Pattern.compile("南韓.*"));
        assertThat(page.locator("#markets-ranking")).containsText("0.5385");

        // the decision recorded with its reason
        page.locator("#decision-dataset").selectOption(String.valueOf(comtrade));
        page.locator("#decision-flow").selectOption("X");
        page.locator("#decision-product").fill("8542");
        page.locator("#decision-from").fill("2019");
        page.locator("#decision-to").fill("2024");
        page.locator("#decision-w-size").fill("40");
        page.locator("#decision-w-growth").fill("40");
        page.locator("#decision-w-tariff").fill("20");
        page.locator("#decision-tariffs").fill("CHN=0; KOR=8; USA=2");
        page.locator("#decision-choices").fill("KOR: 已簽經銷商");
        page.locator("#markets-decide").click();
        assertThat(page.locator(".markets-decision")).hasCount(1);
        assertThat(page.locator(".markets-decision")).containsText("已簽經銷商");

        // the report downloaded as PDF (zh-TW) and its text read back: the question, the markets by name, the figures
        byte[] pdf = download("markets-report-pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("資料分析報告", "積體電路出口研究", "哪個市場成長最快？", "南韓", "中國", "已簽經銷商", "0.5385", "8.02 %",
                    "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv");
            // the Taiwan file's partial year, worded in the report's language
            assertThat(text).contains("2025 年 1–7 月（初步）");
        }

        // and as XLSX in English, read back with POI
        open("/markets/projects/" + project + "?lang=en");
        byte[] xlsx = download("markets-report-xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet scoring = book.getSheet("Scoring");
            assertThat(scoring).isNotNull();
            org.apache.poi.ss.usermodel.Row korea = null;
            for (org.apache.poi.ss.usermodel.Row row : scoring) {
                var cell = row.getCell(1);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals("Rep. of Korea")) {
                    korea = row;
                }
            }
            assertThat(korea).isNotNull();
            assertThat(korea.getCell(2).getNumericCellValue()).isCloseTo(0.5385162864, org.assertj.core.data.Offset.offset(1e-9));
            org.apache.poi.ss.usermodel.Sheet projectSheet = book.getSheet("Project");
            assertThat(projectSheet).isNotNull();
            boolean question = false;
            for (org.apache.poi.ss.usermodel.Row row : projectSheet) {
                var cell = row.getCell(0);
                question |= cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals("哪個市場成長最快？");
            }
            assertThat(question).isTrue();
        }
    }
}
