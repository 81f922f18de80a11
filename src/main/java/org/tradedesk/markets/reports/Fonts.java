package org.tradedesk.markets.reports;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts the server-drawn (Java2D) charts use, loaded once from the jar: DejaVu Sans has the Latin letters, digits
 * and punctuation, Droid Sans Fallback the Chinese (it has no Latin glyphs, so drawing "CHN 2024" in it alone gives
 * empty boxes). A text is cut into runs, each run set in the first font that can display all of it.
 */
final class Fonts {

    /** One stretch of a text drawn in one font. */
    record Run(int start, int end, Font font) {
    }

    private static final Font[] FONTS = {load("fonts/DejaVuSans.ttf"), load("fonts/DroidSansFallbackFull.ttf")};

    private Fonts() {
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("font unreadable: " + resource, e);
        }
    }

    /** The font a code point is drawn in: DejaVu Sans where it has the glyph, else Droid Sans Fallback, else DejaVu. */
    static Font fontFor(int codePoint) {
        for (Font f : FONTS) {
            if (f.canDisplay(codePoint)) {
                return f;
            }
        }
        return FONTS[0];
    }

    /** The text cut into runs of one font each (spaces stay with the run they are in). */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = Character.isWhitespace(cp) && current != null ? current : fontFor(cp);
            if (current != null && f != current) {
                runs.add(new Run(start, i, current));
                start = i;
            }
            current = f;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(new Run(start, text.length(), current));
        }
        return runs;
    }

    static TextLayout layout(String text, int size, FontRenderContext frc) {
        AttributedString styled = new AttributedString(text);
        for (Run r : runs(text)) {
            styled.addAttribute(TextAttribute.FONT, r.font().deriveFont((float) size), r.start(), r.end());
        }
        return new TextLayout(styled.getIterator(), frc);
    }

    /** The advance of the text at this size, as Java2D measures it (used for the SVG legend too). */
    static double width(String text, int size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return layout(text, size, new FontRenderContext(null, true, true)).getAdvance();
    }
}
