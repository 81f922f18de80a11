package org.tradedesk.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every PDF embeds, shipped in {@code src/main/resources/fonts/} with their licences:
 * users' machines and servers have no Chinese fonts we could rely on. PDFBox needs TrueType
 * outlines — the common Noto CJK fonts are CFF-based OpenType and fail — so Chinese comes from
 * Droid Sans Fallback (Apache License 2.0) and Latin from DejaVu Sans (Bitstream Vera licence).
 * The files are read once per renderer and kept in memory; each document embeds only the glyphs it uses.
 */
final class PdfFonts {

    static final String LATIN_FAMILY = "DejaVu Sans";
    static final String CJK_FAMILY = "Droid Sans Fallback";
    /** The CSS font stack injected into every document: Latin glyphs first, the rest from the CJK font. */
    static final String FONT_STACK = "'" + LATIN_FAMILY + "', '" + CJK_FAMILY + "'";

    static final String LATIN_REGULAR = "fonts/DejaVuSans.ttf";
    static final String LATIN_BOLD = "fonts/DejaVuSans-Bold.ttf";
    static final String CJK = "fonts/DroidSansFallbackFull.ttf";

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    private final ClassLoader loader;

    PdfFonts(ClassLoader loader) {
        this.loader = loader;
    }

    /** Fails with {@link ReportingException#fontMissing} before any page is laid out. */
    void register(PdfRendererBuilder builder) {
        byte[] latin = bytes(LATIN_REGULAR);
        byte[] latinBold = bytes(LATIN_BOLD);
        byte[] cjk = bytes(CJK);
        builder.useFont(() -> new ByteArrayInputStream(latin), LATIN_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(latinBold), LATIN_FAMILY, 700, FontStyle.NORMAL, true);
        // Droid has one weight; registering it for bold too keeps bold Chinese in Chinese rather than in '#' boxes
        builder.useFont(() -> new ByteArrayInputStream(cjk), CJK_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(cjk), CJK_FAMILY, 700, FontStyle.NORMAL, true);
    }

    private static final java.util.Set<String> STANDARD_14 = java.util.Set.of("Times-Roman", "Times-Bold", "Times-Italic",
            "Times-BoldItalic", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Courier",
            "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Symbol", "ZapfDingbats");

    /**
     * openhtmltopdf builds PDFBox's standard 14 fonts for every document it renders; on a machine without
     * them (every server here) PDFBox maps each to a system font and logs "Using fallback font
     * LiberationSans for base font Symbol" at WARN — once per document, hundreds of times per build. Our
     * documents never print in those fonts (every text is in the embedded DejaVu Sans / Droid Sans
     * Fallback, see {@link #FONT_STACK}), so the same substitute is kept and only the warning goes. Any
     * other font PDFBox cannot find still warns.
     */
    static synchronized void quietStandardFontFallback() {
        org.apache.pdfbox.pdmodel.font.FontMapper defaults = org.apache.pdfbox.pdmodel.font.FontMappers.instance();
        if (defaults instanceof StandardFontsKept) {
            return;
        }
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new StandardFontsKept(defaults));
    }

    private record StandardFontsKept(org.apache.pdfbox.pdmodel.font.FontMapper delegate) implements org.apache.pdfbox.pdmodel.font.FontMapper {

        @Override
        public org.apache.pdfbox.pdmodel.font.FontMapping<org.apache.fontbox.ttf.TrueTypeFont> getTrueTypeFont(String baseFont,
                org.apache.pdfbox.pdmodel.font.PDFontDescriptor descriptor) {
            return delegate.getTrueTypeFont(baseFont, descriptor);
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.FontMapping<org.apache.fontbox.FontBoxFont> getFontBoxFont(String baseFont,
                org.apache.pdfbox.pdmodel.font.PDFontDescriptor descriptor) {
            var mapping = delegate.getFontBoxFont(baseFont, descriptor);
            if (mapping != null && mapping.isFallback() && STANDARD_14.contains(baseFont)) {
                return new org.apache.pdfbox.pdmodel.font.FontMapping<>(mapping.getFont(), false);
            }
            return mapping;
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.CIDFontMapping getCIDFont(String baseFont,
                org.apache.pdfbox.pdmodel.font.PDFontDescriptor descriptor, org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo info) {
            return delegate.getCIDFont(baseFont, descriptor, info);
        }
    }

    byte[] bytes(String resource) {
        byte[] cached = loaded.get(resource);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw ReportingException.fontMissing(resource);
            }
            byte[] read = withoutSubstitutions(in.readAllBytes());
            loaded.putIfAbsent(resource, read);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("reading font " + resource, e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) renamed out of sight. PDFBox 3 applies a font's Latin ligatures
     * when it prints text: "ff" became the one glyph U+FB00 (ﬀ), which a reader copies as that character, so a SHA-256
     * or a code copied from a PDF never matched (review M6). The documents print Latin and Chinese, which need no
     * substitution; a TrueType file names its tables in a directory of 16-byte records after a 12-byte header.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int t = 0; t < tables && 12 + t * 16 + 4 <= font.length; t++) {
            int at = 12 + t * 16;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                byte[] copy = font.clone();
                copy[at] = 'x';
                copy[at + 1] = 'S';
                copy[at + 2] = 'U';
                copy[at + 3] = 'B';
                return copy;
            }
        }
        return font;
    }
}
