package org.tradedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

class PdfRendererTest {

    static final String BILINGUAL = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-TW">
            <head><title>稅費試算 Tax estimate</title></head>
            <body>
              <h1>進口稅費試算 Import duty and tax estimate</h1>
              <table>
                <tr><td>關稅 Import duty</td><td>NT$ 12,345</td></tr>
                <tr><td>營業稅 Business tax (VAT)</td><td>NT$ 6,789</td></tr>
                <tr><td>推廣貿易服務費 Trade promotion service fee</td><td>NT$ 18</td></tr>
              </table>
              <p><b>粗體中文 bold Latin</b></p>
            </body>
            </html>
            """;

    final PdfRenderer renderer = new PdfRenderer(templateEngine());

    /**
     * A SHA-256 printed in a PDF copies back as the same 64 characters: the renderer would otherwise print "ff" as the
     * ligature glyph U+FB00 (seen by pdftotext in review: {@code 3c95\uFB00f21…}). The text is read glyph by glyph,
     * without PDFBox's own ligature normalisation, which would hide the defect.
     */
    @Test
    void hashesArePrintedWithoutLigatures() throws IOException {
        String hash = "3c95fff21b0ffa7e3ffice0ff1f2f3ff4ff5ff6ff7ff8ff9ffaffbffcffdffeff0ff1ff2ff3ff4ff5ff6f";
        byte[] pdf = renderer.renderXhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>h</title></head><body><p>"
                + hash + " office</p></body></html>", "hash test");
        StringBuilder raw = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                }
            };
            glyphs.getText(doc);
        }
        assertThat(raw.toString()).doesNotContain("\uFB00", "\uFB03").contains(hash).contains("office");
    }

    @Test
    void chineseAndLatinTextSurviveInTheRenderedPdf() throws IOException {
        byte[] pdf = renderer.renderXhtml(BILINGUAL, "bilingual test");
        Files.createDirectories(Path.of("target/reporting"));
        Files.write(Path.of("target/reporting/bilingual.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("進口稅費試算", "營業稅", "推廣貿易服務費", "關稅", "粗體中文")
                    .contains("Import duty and tax estimate", "Trade promotion service fee", "NT$ 12,345");
            assertThat(text).doesNotContain("#");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("稅費試算 Tax estimate");
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
            }
            // subsets carry a six-letter prefix: ABCDEF+DejaVuSans
            assertThat(fonts).anyMatch(f -> f.endsWith("DroidSansFallbackFull") || f.contains("DroidSansFallback"));
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aGreenBuildHasNoFontFallbackWarnings(org.springframework.boot.test.system.CapturedOutput output) {
        // PDFBox warned "Using fallback font LiberationSans for base font Symbol" for every document rendered
        for (int i = 0; i < 3; i++) {
            renderer.render("reporting/sample", Map.of("lang", "en", "title", "T " + i, "lines", List.of(), "note", "n"),
                    Locale.ENGLISH);
        }
        assertThat(output.getAll()).doesNotContain("Using fallback font").doesNotContain("WARN");
    }

    @Test
    void rendersAThymeleafTemplateWithItsModel() throws IOException {
        byte[] pdf = renderer.render("reporting/sample", Map.of(
                "lang", "en", "title", "Advice 建議",
                "lines", List.of(new Line("Duty 關稅", "1,234"), new Line("GST", "567.80")),
                "note", "Risk: <script> & 風險"), Locale.ENGLISH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Advice 建議", "Duty 關稅", "1,234", "567.80", "Risk: <script> & 風險", "Ampersand & entity");
        }
    }

    @Test
    void namesLineAndColumnOfMalformedXhtml() {
        String broken = "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body>\n<p>open<br></p>\n</body></html>";
        assertThatThrownBy(() -> renderer.renderXhtml(broken, "broken.html"))
                .isInstanceOf(ReportingException.class)
                .hasMessageContaining("broken.html")
                .hasMessageContaining("line 3")
                .extracting(e -> ((ReportingException) e).messageCode()).isEqualTo("reporting.xhtml.malformed");
    }

    @Test
    void refusesToFetchExternalResources() throws IOException {
        String withImage = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="http://127.0.0.1:9/evil.css"/></head>
                <body><p>before 前</p><img src="file:///etc/passwd"/><img src="http://127.0.0.1:9/x.png"/><p>after 後</p></body></html>
                """;
        byte[] pdf = renderer.renderXhtml(withImage, "external");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("before 前", "after 後").doesNotContain("root:");
        }
    }

    @Test
    void drawsAnEmbeddedPngButNoOtherResource() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>chart 圖</p><img src="data:image/png;base64,%s"/>
                <img src="data:image/svg+xml;base64,PHN2Zy8+"/></body></html>
                """.formatted(java.util.Base64.getEncoder().encodeToString(png.toByteArray()));
        try (PDDocument doc = Loader.loadPDF(renderer.renderXhtml(xhtml, "embedded"))) {
            var resources = doc.getPage(0).getResources();
            int images = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject i) {
                    images++;
                    assertThat(i.getWidth()).isEqualTo(4);
                    assertThat(i.getHeight()).isEqualTo(3);
                }
            }
            assertThat(images).isEqualTo(1);
        }
        assertThat(PdfRenderer.embedded("file:///etc/passwd", com.openhtmltopdf.outputdevice.helper.ExternalResourceType.IMAGE_RASTER)).isFalse();
        assertThat(PdfRenderer.embedded("data:image/png;base64,AAAA", com.openhtmltopdf.outputdevice.helper.ExternalResourceType.CSS)).isFalse();
    }

    @Test
    void failsClearlyWhenTheChineseFontIsNotShipped() {
        ClassLoader withoutFonts = new ClassLoader(null) {
            @Override
            public URL getResource(String name) {
                return null;
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                return null;
            }

            @Override
            public Enumeration<URL> getResources(String name) {
                return java.util.Collections.emptyEnumeration();
            }
        };
        PdfFonts fonts = new PdfFonts(withoutFonts);
        assertThatThrownBy(() -> fonts.register(new PdfRendererBuilder()))
                .isInstanceOf(ReportingException.class)
                .hasMessageContaining("fonts/DejaVuSans.ttf")
                .hasMessageContaining("missing");
    }

    /**
     * Tokens a Chinese line may not be broken inside (t1fixH, issue 6): a date written either way, an amount with its currency,
     * a number with its unit, an invoice number and a tariff code; no line starts with closing punctuation or ends with opening
     * punctuation. Fillers of every length move each token across the line end; the text reads back in the order written.
     */
    static final List<String> TOKENS = List.of("2026 年 12 月 7 日", "2026/12/07", "NT$ 1,234,567", "AUD 1,980.04", "3,000 立方公分",
            "INV-2026-0412", "8703.23.91", "12.5%");

    @Test
    void chineseLinesAreNotBrokenInsideTokensNorAroundPunctuationAndKeepTheirOrder() throws IOException {
        StringBuilder body = new StringBuilder();
        int paragraphs = 0;
        for (int k = 0; k < 24; k++) {
            body.append("<p style=\"width: 46mm\">");
            for (String token : TOKENS) {
                body.append("依海關核定".substring(0, 1 + (k + token.length()) % 5)).append("甲".repeat(k % 7)).append("（")
                        .append(token).append("）、「稅額」，").append(token).append("。");
            }
            body.append("</p>");
            paragraphs++;
        }
        byte[] pdf = renderer.renderXhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-TW\"><head><title>w</title></head>"
                + "<body>" + body + "</body></html>", "wrap test");
        Files.createDirectories(Path.of("target/reporting"));
        Files.write(Path.of("target/reporting/zh-wrap.pdf"), pdf); // for pdftotext by hand
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.size()).isGreaterThan(paragraphs * 4); // the paragraphs did wrap
        String joinedByLine = String.join("\n", lines);
        for (String token : TOKENS) {
            String compact = token.replaceAll("\\s+", "");
            assertThat(joinedByLine.split(java.util.regex.Pattern.quote(compact), -1)).as(token).hasSize(paragraphs * 2 + 1);
        }
        assertThat(lines).noneMatch(l -> "，。、）」；：".indexOf(l.charAt(0)) >= 0).noneMatch(l -> "（「".indexOf(l.charAt(l.length() - 1)) >= 0);
        // the reading order: every character where it was written
        String written = body.toString().replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
        assertThat(String.join("", lines)).isEqualTo(written);
    }

    record Line(String label, String amount) {
    }

    static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
