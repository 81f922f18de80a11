package org.tradedesk.markets.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.Analysis;

/**
 * Review B1: the PNG charts (page download and the report PDF) printed empty boxes for Latin letters and digits, because
 * every text was set in Droid Sans Fallback, which has no Latin glyphs. The oracle here is the font files themselves
 * ({@link Font#canDisplayUpTo}) and the pixels: two different digits must not draw the same picture (the .notdef box
 * looks the same for every missing character).
 */
class AnalysisChartsTest {

    private static final String MIXED = "CHN 2024 95% 趨勢";

    @Test
    void everyRunOfAMixedTextIsSetInAFontThatHasItsGlyphs() {
        List<Fonts.Run> runs = Fonts.runs(MIXED);
        assertThat(runs).hasSize(2);
        for (Fonts.Run r : runs) {
            assertThat(r.font().canDisplayUpTo(MIXED.substring(r.start(), r.end()))).isEqualTo(-1);
        }
        assertThat(runs.get(0).font().getFamily(java.util.Locale.ROOT)).isEqualTo("DejaVu Sans");
        assertThat(MIXED.substring(runs.get(1).start(), runs.get(1).end())).isEqualTo("趨勢");
        // the bug: the CJK font alone cannot draw the Latin part
        assertThat(runs.get(1).font().canDisplayUpTo("CHN 2024")).isZero();
    }

    @Test
    void digitsDrawDistinctGlyphsNotTheMissingGlyphBox() {
        // the oracle check of the pixel test: in the CJK font alone "8" and "0" are the same .notdef box
        Font cjk = Fonts.fontFor('趨');
        assertThat(pixels(cjk, "8")).isEqualTo(pixels(cjk, "0"));
        // with the runs chosen per glyph they differ, and Chinese still draws
        assertThat(layoutPixels("8")).isNotEqualTo(layoutPixels("0"));
        assertThat(layoutPixels("趨")).isNotEqualTo(layoutPixels("勢"));
    }

    @Test
    void pngChartDrawsLatinDigitsAndChineseInBothLanguages() throws IOException {
        for (String trend : List.of("Trend", "趨勢")) {
            int[] eights = titleArea(AnalysisCharts.png(chart(), List.of("CHN", trend), "CHN 2024 95% " + trend + " 8888"));
            int[] zeros = titleArea(AnalysisCharts.png(chart(), List.of("CHN", trend), "CHN 2024 95% " + trend + " 0000"));
            assertThat(eights).as("title digits drawn as glyphs in " + trend).isNotEqualTo(zeros);
            int[] latin = titleArea(AnalysisCharts.png(chart(), List.of("CHN", trend), "ABCD"));
            int[] other = titleArea(AnalysisCharts.png(chart(), List.of("CHN", trend), "WXYZ"));
            assertThat(latin).as("Latin letters drawn as glyphs").isNotEqualTo(other);
        }
        int[] a = titleArea(AnalysisCharts.png(chart(), List.of("CHN", "x"), "趨勢"));
        int[] b = titleArea(AnalysisCharts.png(chart(), List.of("CHN", "x"), "市場"));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void legendEntriesDoNotOverlap() {
        List<String> names = List.of("CHN 中國大陸 exports", "KOR 南韓 exports", "USA 美國 exports", "95% 預測區間", "Linear trend 線性趨勢",
                "Holt-Winters forecast 預測", "Seasonal naive 季節性基準");
        List<double[]> boxes = new ArrayList<>();
        AnalysisCharts.Painter recorder = new AnalysisCharts.Painter() {
            @Override
            public void polyline(List<double[]> points, String colour, boolean dashed) {
            }

            @Override
            public void area(List<double[]> upper, List<double[]> lower, String colour, double opacity) {
            }

            @Override
            public void rect(double x, double y, double w, double h, String colour) {
            }

            @Override
            public void line(double x1, double y1, double x2, double y2, String colour) {
            }

            @Override
            public void text(double x, double y, String text, String anchor, int size) {
                if (size == 11 && names.contains(text)) {
                    boxes.add(new double[] {x, y - 10, x + width(text, size), y});
                }
            }

            @Override
            public double width(String text, int size) {
                return Fonts.width(text, size);
            }
        };
        List<Analysis.Series> series = new ArrayList<>();
        for (String n : names) {
            series.add(new Analysis.Series(n, true, "line", List.of(1.0, 2.0, 3.0)));
        }
        AnalysisCharts.draw(new Analysis.Chart(List.of("2022", "2023", "2024"), series, false), names, "t", recorder);
        assertThat(boxes).hasSize(names.size());
        for (int i = 0; i < boxes.size(); i++) {
            double[] r = boxes.get(i);
            assertThat(r[2]).as("inside the chart").isLessThanOrEqualTo(AnalysisCharts.WIDTH);
            assertThat(r[3]).as("inside the chart").isLessThanOrEqualTo(AnalysisCharts.HEIGHT);
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] s = boxes.get(j);
                boolean apart = r[2] <= s[0] || s[2] <= r[0] || r[3] <= s[1] || s[3] <= r[1];
                assertThat(apart).as(names.get(i) + " / " + names.get(j)).isTrue();
            }
        }
    }

    /** Records what the chart draws: texts by size, and the legend's swatches (what is drawn on the legend's rows). */
    static final class Recorder implements AnalysisCharts.Painter {
        final List<String> axis = new ArrayList<>();
        final List<String> swatches = new ArrayList<>();
        final double legendTop = AnalysisCharts.HEIGHT - 40;

        @Override
        public void polyline(List<double[]> points, String colour, boolean dashed) {
            if (points.get(0)[1] > legendTop) {
                swatches.add((dashed ? "dashed " : "line ") + colour);
            }
        }

        @Override
        public void area(List<double[]> upper, List<double[]> lower, String colour, double opacity) {
            if (!upper.isEmpty() && upper.get(0)[1] > legendTop) {
                swatches.add("band " + colour + " " + (opacity < 1));
            }
        }

        @Override
        public void rect(double x, double y, double w, double h, String colour) {
            if (y > legendTop) {
                swatches.add("block " + colour);
            }
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String colour) {
        }

        @Override
        public void text(double x, double y, String text, String anchor, int size) {
            if (size == 10 && anchor.equals("end")) {
                axis.add(text);
            }
        }

        @Override
        public double width(String text, int size) {
            return Fonts.width(text, size);
        }
    }

    @Test
    void theLegendSwatchesShowTheLineTheDashedFitAndTheTintedBandEachAsDrawn() {
        // review: the report's legend gave the band and the fitted line the same solid blue block, nothing like either
        Analysis.Chart chart = new Analysis.Chart(List.of("2022", "2023", "2024"), List.of(
                new Analysis.Series("value", true, "line", List.of(1.0, 2.0, 3.0)),
                new Analysis.Series("low", true, "band-low", List.of(0.5, 1.5, 2.5)),
                new Analysis.Series("high", true, "band-high", List.of(1.5, 2.5, 3.5)),
                new Analysis.Series("trend", true, "dashed", List.of(1.0, 2.0, 3.0))), false);
        Recorder r = new Recorder();
        AnalysisCharts.draw(chart, List.of("Value", "95% band", "", "Trend"), "t", r, java.util.Locale.ENGLISH);
        assertThat(r.swatches).containsExactly("line #198754", "band #0d6efd true", "dashed #0d6efd");
    }

    @Test
    void theAxisCountsIn億ForAChineseReaderAndInGForAnEnglishOne() {
        // CHN's HS 8542 exports, 102,102,959,980 (2019) to 159,747,196,497 USD (2024): about 1,021 to 1,597 億
        Analysis.Chart chart = new Analysis.Chart(List.of("2019", "2024"),
                List.of(new Analysis.Series("value", true, "line", List.of(102102959980.0, 159747196497.0))), false);
        Recorder zh = new Recorder();
        AnalysisCharts.draw(chart, List.of("出口值"), "t", zh, java.util.Locale.TAIWAN);
        // round steps (review F7: ticks were a fifth of the padded span, 3,384.2億): a span of 576億 over about four steps is
        // 144億 a step, rounded up to 200億, from 1,000億 (below 1,021) to 1,600億 (above 1,597)
        assertThat(zh.axis).containsExactly("1,000億", "1,200億", "1,400億", "1,600億");
        Recorder en = new Recorder();
        AnalysisCharts.draw(chart, List.of("Value"), "t", en, java.util.Locale.ENGLISH);
        assertThat(en.axis).allMatch(t -> t.endsWith("G"));
    }

    @Test
    void everyTickOfAnAxisHasTheSameFormatZeroIncluded() {
        // review t2fixF: a bar chart from 0 read "0.000" under "500億" and "10.0G"; the unit and decimals are the axis's
        Analysis.Chart chart = new Analysis.Chart(List.of("2019", "2024"),
                List.of(new Analysis.Series("value", true, "bar", List.of(102102959980.0, 159747196497.0))), false);
        Recorder zh = new Recorder();
        AnalysisCharts.draw(chart, List.of("出口值"), "t", zh, java.util.Locale.TAIWAN);
        assertThat(zh.axis).containsExactly("0", "500億", "1,000億", "1,500億", "2,000億");
        Recorder en = new Recorder();
        AnalysisCharts.draw(chart, List.of("Value"), "t", en, java.util.Locale.ENGLISH);
        assertThat(en.axis).containsExactly("0", "50G", "100G", "150G", "200G");
        assertThat(AnalysisCharts.ticks(new double[] {0, 0.25, 0.5, 0.75}, java.util.Locale.ENGLISH))
                .containsExactly("0", "0.25", "0.50", "0.75");
        assertThat(AnalysisCharts.ticks(new double[] {-0.5, 0, 0.5}, java.util.Locale.ENGLISH)).containsExactly("-0.5", "0", "0.5");
    }

    private static Analysis.Chart chart() {
        return new Analysis.Chart(List.of("2022", "2023", "2024"),
                List.of(new Analysis.Series("a", true, "line", List.of(1.0, 2.0, 3.0)),
                        new Analysis.Series("b", true, "dashed", List.of(1.5, 2.0, 2.5))), false);
    }

    /** The top strip of the PNG (where the title is drawn), as RGB values. */
    private static int[] titleArea(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        return image.getRGB(0, 0, image.getWidth(), 70, null, 0, image.getWidth());
    }

    private static int[] pixels(Font font, String text) {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(font.deriveFont(24f));
        g.drawString(text, 5, 30);
        g.dispose();
        return image.getRGB(0, 0, 40, 40, null, 0, 40);
    }

    private static int[] layoutPixels(String text) {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLACK);
        Fonts.layout(text, 24, g.getFontRenderContext()).draw(g, 5, 30);
        g.dispose();
        return image.getRGB(0, 0, 40, 40, null, 0, 40);
    }
}
