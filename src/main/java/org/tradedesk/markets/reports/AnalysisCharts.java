package org.tradedesk.markets.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.font.TextLayout;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.tradedesk.markets.Analysis;

/**
 * Draws an analysis chart on the server, with no browser and nothing downloaded: as SVG text and as a PNG (Java2D,
 * with the application's embedded DejaVu Sans for Latin letters and digits and Droid Sans Fallback for Chinese,
 * each run of text drawn in the font that has its glyphs: see {@link Fonts}). The same layout feeds both: a
 * band is the area between its {@code band-low} and {@code band-high} series, {@code dashed} a fitted line, {@code bar}
 * bars from zero; gaps (null) break the line.
 */
public final class AnalysisCharts {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;
    private static final String[] COLOURS = {"#198754", "#0d6efd", "#dc3545", "#6f42c1", "#fd7e14", "#20c997", "#6c757d"};
    private static final String BAND = "#0d6efd";

    private AnalysisCharts() {
    }

    /** Drawing primitives the layout uses; SVG and Java2D implement them. */
    interface Painter {
        void polyline(List<double[]> points, String colour, boolean dashed);

        void area(List<double[]> upper, List<double[]> lower, String colour, double opacity);

        void rect(double x, double y, double w, double h, String colour);

        void line(double x1, double y1, double x2, double y2, String colour);

        void text(double x, double y, String text, String anchor, int size);

        /** The width the text takes at this size, so the legend can be laid out without overlap. */
        double width(String text, int size);
    }

    public static String svg(Analysis.Chart chart, List<String> names, String title) {
        return svg(chart, names, title, Locale.ENGLISH);
    }

    /** {@code locale}: the axis's large numbers in the reader's units (zh: 萬, 億; else k, M, G). */
    public static String svg(Analysis.Chart chart, List<String> names, String title, Locale locale) {
        return svg(chart, names, title, locale, null);
    }

    /** {@code yAxis}: the y axis's title (ln of value, USD), null for none. */
    public static String svg(Analysis.Chart chart, List<String> names, String title, Locale locale, String yAxis) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" font-family=\"DejaVu Sans, Droid Sans Fallback, sans-serif\">\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        draw(chart, names, title, new SvgPainter(out), locale, yAxis);
        out.append("</svg>\n");
        return out.toString();
    }

    public static byte[] png(Analysis.Chart chart, List<String> names, String title) {
        return png(chart, names, title, Locale.ENGLISH);
    }

    /** {@code locale}: the axis's large numbers in the reader's units (zh: 萬, 億; else k, M, G). */
    public static byte[] png(Analysis.Chart chart, List<String> names, String title, Locale locale) {
        return png(chart, names, title, locale, null);
    }

    /** {@code yAxis}: the y axis's title (ln of value, USD), null for none. */
    public static byte[] png(Analysis.Chart chart, List<String> names, String title, Locale locale, String yAxis) {
        int scale = 2;
        BufferedImage image = new BufferedImage(WIDTH * scale, HEIGHT * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(chart, names, title, new GraphicsPainter(g), locale, yAxis);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static void draw(Analysis.Chart chart, List<String> names, String title, Painter p) {
        draw(chart, names, title, p, Locale.ENGLISH);
    }

    /** A legend entry: its name, colour and what its swatch shows (a band's tint, a solid or dashed line, a bar). */
    record LegendEntry(String name, String colour, String kind, double opacity) {
    }

    static void draw(Analysis.Chart chart, List<String> names, String title, Painter p, Locale locale) {
        draw(chart, names, title, p, locale, null);
    }

    /** The colour of the line marking the change or break period. */
    static final String MARKER = "#dc3545";

    static void draw(Analysis.Chart chart, List<String> names, String title, Painter p, Locale locale, String yAxis) {
        double left = 90;
        double right = WIDTH - 20;
        double top = 40;
        double bottom = HEIGHT - 70;
        p.text(WIDTH / 2.0, 22, title, "middle", 14);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean bars = false;
        for (Analysis.Series s : chart.series()) {
            bars |= s.kind().equals("bar");
            for (Double v : s.values()) {
                if (v != null && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            p.text(WIDTH / 2.0, HEIGHT / 2.0, "—", "middle", 14);
            return;
        }
        if (bars) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        if (max == min) {
            max = min + 1;
        }
        // round tick steps (1, 2, 2.5 or 5 × 10^k, about four of them) from a round number below the lowest value to one above
        // the highest (review F7: ticks like 3,384.2億 were a fifth of the padded span)
        double step = niceStep((max - min) / 4);
        double lo = Math.floor(min / step) * step;
        double hi = Math.max(Math.ceil(max / step) * step, lo + step);
        int n = Math.max(1, chart.labels().size());
        double stepX = (right - left) / n;
        java.util.function.DoubleUnaryOperator ys = v -> bottom - (v - lo) / (hi - lo) * (bottom - top);
        java.util.function.IntToDoubleFunction xs = i -> left + stepX * (i + 0.5);
        // axes and grid
        p.line(left, bottom, right, bottom, "#6c757d");
        p.line(left, top, left, bottom, "#6c757d");
        int ticks = (int) Math.round((hi - lo) / step);
        double[] tickValues = new double[ticks + 1];
        for (int k = 0; k <= ticks; k++) {
            tickValues[k] = lo + step * k;
        }
        List<String> tickTexts = ticks(tickValues, locale);
        for (int k = 0; k <= ticks; k++) {
            double y = ys.applyAsDouble(tickValues[k]);
            p.line(left, y, right, y, "#dee2e6");
            p.text(left - 6, y + 4, tickTexts.get(k), "end", 10);
        }
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < chart.labels().size(); i += every) {
            p.text(xs.applyAsDouble(i), bottom + 16, chart.labels().get(i), "middle", 10);
        }
        if (bars && lo < 0) {
            p.line(left, ys.applyAsDouble(0), right, ys.applyAsDouble(0), "#212529");
        }
        if (yAxis != null) {
            // the y axis named (ln of value, USD: the figures are logarithms, not values; review t2fixL 7)
            p.text(8, top - 8, yAxis, "start", 10);
        }
        int marked = chart.marker() == null ? -1 : chart.labels().indexOf(chart.marker());
        if (marked >= 0) {
            // the change or break period marked: a line at the start of its period, its label beside
            double x = xs.applyAsDouble(marked) - stepX / 2;
            p.line(x, top, x, bottom, MARKER);
            p.text(x + 3, top + 10, chart.marker(), "start", 10);
        }
        // bands: pairs of band-low / band-high with the same name
        List<LegendEntry> legend = new ArrayList<>();
        int colour = 0;
        double opacity = 0.12;
        for (int i = 0; i < chart.series().size(); i++) {
            Analysis.Series s = chart.series().get(i);
            String name = i < names.size() ? names.get(i) : s.name();
            switch (s.kind()) {
                case "band-low" -> {
                    Analysis.Series high = i + 1 < chart.series().size() ? chart.series().get(i + 1) : null;
                    if (high != null && high.kind().equals("band-high")) {
                        List<double[]> upper = new ArrayList<>();
                        List<double[]> lower = new ArrayList<>();
                        for (int j = 0; j < s.values().size() && j < high.values().size(); j++) {
                            if (s.values().get(j) != null && high.values().get(j) != null) {
                                upper.add(new double[] {xs.applyAsDouble(j), ys.applyAsDouble(high.values().get(j))});
                                lower.add(new double[] {xs.applyAsDouble(j), ys.applyAsDouble(s.values().get(j))});
                            }
                        }
                        p.area(upper, lower, BAND, opacity);
                        legend.add(new LegendEntry(name, BAND, "band", opacity));
                        opacity += 0.12;
                    }
                }
                case "band-high" -> {
                }
                case "bar" -> {
                    String c = COLOURS[colour++ % COLOURS.length];
                    for (int j = 0; j < s.values().size(); j++) {
                        Double v = s.values().get(j);
                        if (v != null) {
                            double y0 = ys.applyAsDouble(Math.max(0, lo));
                            double y1 = ys.applyAsDouble(v);
                            p.rect(xs.applyAsDouble(j) - stepX * 0.35, Math.min(y0, y1), stepX * 0.7, Math.abs(y1 - y0), c);
                        }
                    }
                    legend.add(new LegendEntry(name, c, "bar", 1));
                }
                default -> {
                    String c = COLOURS[colour++ % COLOURS.length];
                    List<double[]> segment = new ArrayList<>();
                    for (int j = 0; j < s.values().size(); j++) {
                        Double v = s.values().get(j);
                        if (v == null) {
                            if (!segment.isEmpty()) {
                                p.polyline(segment, c, s.kind().equals("dashed"));
                            }
                            segment = new ArrayList<>();
                        } else {
                            segment.add(new double[] {xs.applyAsDouble(j), ys.applyAsDouble(v)});
                        }
                    }
                    if (!segment.isEmpty()) {
                        p.polyline(segment, c, s.kind().equals("dashed"));
                    }
                    legend.add(new LegendEntry(name, c, s.kind().equals("dashed") ? "dashed" : "line", 1));
                }
            }
        }
        // legend: entries measured with the painter's own fonts, wrapped onto further rows when the row is full
        double lx = left;
        double ly = HEIGHT - 30;
        for (LegendEntry e : legend) {
            double w = 22 + p.width(e.name(), 11) + 14;
            if (lx > left && lx + w > right) {
                lx = left;
                ly += 14;
            }
            // each swatch shows what it stands for: a band its tint with an edge, a line a stroke (dashed for a fitted line),
            // a bar a block (the band's and a line's solid blue blocks looked alike, and a tinted band had no swatch to match)
            switch (e.kind()) {
                case "band" -> {
                    p.area(List.of(new double[] {lx, ly - 9}, new double[] {lx + 18, ly - 9}),
                            List.of(new double[] {lx, ly + 1}, new double[] {lx + 18, ly + 1}), e.colour(), Math.max(e.opacity(), 0.25));
                    p.line(lx, ly - 9, lx + 18, ly - 9, e.colour());
                    p.line(lx, ly + 1, lx + 18, ly + 1, e.colour());
                }
                case "bar" -> p.rect(lx, ly - 9, 18, 10, e.colour());
                default -> p.polyline(List.of(new double[] {lx, ly - 4}, new double[] {lx + 18, ly - 4}), e.colour(),
                        e.kind().equals("dashed"));
            }
            p.text(lx + 22, ly, e.name(), "start", 11);
            lx += w;
        }
    }

    /** The round step (1, 2, 2.5 or 5 × 10^k) at or above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= raw * (1 - 1e-9)) {
                return m * power;
            }
        }
        return 10 * power;
    }

    static String tick(double v) {
        return tick(v, Locale.ENGLISH);
    }

    /** An axis number: in Chinese by 萬 (10⁴) and 億 (10⁸) as the reader counts, else k, M and G. */
    static String tick(double v, Locale locale) {
        double a = Math.abs(v);
        if (locale != null && "zh".equals(locale.getLanguage())) {
            if (a >= 1e8) {
                return round(String.format(Locale.ROOT, "%,.1f", v / 1e8)) + "億";
            }
            if (a >= 1e4) {
                return round(String.format(Locale.ROOT, "%,.1f", v / 1e4)) + "萬";
            }
            return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.3f", v);
        }
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.1fG", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (a >= 1e3) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.3f", v);
    }

    /**
     * The ticks of one axis in one format (review t2fixF: the first tick read "0.000" beside "1,000億" and "10.0G"): the unit
     * of the largest tick for all (zh: 萬, 億; else k, M, G), and as many decimals as the step needs and no more; zero is "0".
     */
    static List<String> ticks(double[] values, Locale locale) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        double unit = 1;
        String suffix = "";
        if (zh) {
            if (largest >= 1e8) {
                unit = 1e8;
                suffix = "億";
            } else if (largest >= 1e4) {
                unit = 1e4;
                suffix = "萬";
            }
        } else if (largest >= 1e9) {
            unit = 1e9;
            suffix = "G";
        } else if (largest >= 1e6) {
            unit = 1e6;
            suffix = "M";
        } else if (largest >= 1e3) {
            unit = 1e3;
            suffix = "k";
        }
        int decimals = 6;
        for (int d = 0; d <= 6; d++) {
            boolean exact = true;
            for (double v : values) {
                double scaled = v / unit * Math.pow(10, d);
                exact &= Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
            }
            if (exact) {
                decimals = d;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (double v : values) {
            out.add(Math.abs(v) < largest * 1e-12 || v == 0 ? "0"
                    : String.format(Locale.ROOT, zh ? "%,." + decimals + "f" : "%." + decimals + "f", v / unit) + suffix);
        }
        return out;
    }

    /** "1,200.0" → "1,200": a round tick without its empty decimal. */
    private static String round(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static final class SvgPainter implements Painter {
        private final StringBuilder out;

        SvgPainter(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void polyline(List<double[]> points, String colour, boolean dashed) {
            out.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
                    .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"");
            points.forEach(q -> out.append(fmt(q[0])).append(',').append(fmt(q[1])).append(' '));
            out.append("\"/>\n");
        }

        @Override
        public void area(List<double[]> upper, List<double[]> lower, String colour, double opacity) {
            if (upper.isEmpty()) {
                return;
            }
            out.append("<polygon fill=\"").append(colour).append("\" fill-opacity=\"").append(fmt(opacity)).append("\" points=\"");
            upper.forEach(q -> out.append(fmt(q[0])).append(',').append(fmt(q[1])).append(' '));
            for (int i = lower.size() - 1; i >= 0; i--) {
                out.append(fmt(lower.get(i)[0])).append(',').append(fmt(lower.get(i)[1])).append(' ');
            }
            out.append("\"/>\n");
        }

        @Override
        public void rect(double x, double y, double w, double h, String colour) {
            out.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(fmt(w))
                    .append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour).append("\"/>\n");
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String colour) {
            out.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                    .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour).append("\"/>\n");
        }

        @Override
        public void text(double x, double y, String text, String anchor, int size) {
            out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"").append(size)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text)).append("</text>\n");
        }

        @Override
        public double width(String text, int size) {
            return Fonts.width(text, size);
        }
    }

    private static final class GraphicsPainter implements Painter {
        private final Graphics2D g;

        GraphicsPainter(Graphics2D g) {
            this.g = g;
        }

        private static Color colour(String hex, double opacity) {
            Color c = Color.decode(hex);
            return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
        }

        private static Path2D path(List<double[]> points) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < points.size(); i++) {
                if (i == 0) {
                    path.moveTo(points.get(i)[0], points.get(i)[1]);
                } else {
                    path.lineTo(points.get(i)[0], points.get(i)[1]);
                }
            }
            return path;
        }

        @Override
        public void polyline(List<double[]> points, String colour, boolean dashed) {
            g.setColor(colour(colour, 1));
            g.setStroke(dashed ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
            g.draw(path(points));
        }

        @Override
        public void area(List<double[]> upper, List<double[]> lower, String colour, double opacity) {
            if (upper.isEmpty()) {
                return;
            }
            List<double[]> all = new ArrayList<>(upper);
            for (int i = lower.size() - 1; i >= 0; i--) {
                all.add(lower.get(i));
            }
            Path2D p = path(all);
            p.closePath();
            g.setColor(colour(colour, opacity));
            g.fill(p);
        }

        @Override
        public void rect(double x, double y, double w, double h, String colour) {
            g.setColor(colour(colour, 1));
            g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String colour) {
            g.setColor(colour(colour, 1));
            g.setStroke(new BasicStroke(1f));
            g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String text, String anchor, int size) {
            if (text == null || text.isEmpty()) {
                return;
            }
            g.setColor(colour("#212529", 1));
            TextLayout layout = Fonts.layout(text, size, g.getFontRenderContext());
            double w = layout.getAdvance();
            double dx = switch (anchor) {
                case "middle" -> -w / 2;
                case "end" -> -w;
                default -> 0;
            };
            layout.draw(g, (float) (x + dx), (float) y);
        }

        @Override
        public double width(String text, int size) {
            return text == null || text.isEmpty() ? 0 : Fonts.layout(text, size, g.getFontRenderContext()).getAdvance();
        }
    }
}
