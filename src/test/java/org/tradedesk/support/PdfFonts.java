package org.tradedesk.support;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The fonts a PDF uses without embedding them: a reader without those fonts shows boxes or substitutes, so every
 * document the product prints must answer an empty set (the rule "PDF with the Chinese text intact").
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static Set<String> notEmbedded(PDDocument doc) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), names, 0);
        }
        return names;
    }

    // Fonts of form XObjects (page footers, stamped charts) count too; depth bounded against cyclic resources.
    private static void collect(PDResources resources, Set<String> names, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                names.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collect(form.getResources(), names, depth + 1);
            }
        }
    }
}
