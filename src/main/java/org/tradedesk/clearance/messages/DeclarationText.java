package org.tradedesk.clearance.messages;

import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;

/**
 * Whether a declaration's text can be carried by the message it is written as, checked BEFORE it is written (t4fixL):
 * the Australian CUSDEC declares syntax identifier {@code UNOC} in its UNB, ISO/IEC 8859-1 — the printable Latin-1
 * characters (U+0020–U+007E and U+00A0–U+00FF; no control characters), so "Café crème" passes and Chinese does not; the
 * Taiwan and WCO XML messages are UTF-8 XML 1.0, which carries any character but the control characters other than tab,
 * line feed and carriage return, U+FFFE/U+FFFF and a lone surrogate (XML 1.0 §2.2 {@code Char}). A text that does not fit
 * is named by its field ({@code lines[n].description} for the item from the n-th line, counted from 0), never written.
 */
public final class DeclarationText {

    /** The character set a message declares: {@code UNOC} (ISO 8859-1) or {@code UTF-8} (XML). */
    public enum Repertoire {
        UNOC, XML;

        public boolean carries(int cp) {
            return switch (this) {
                case UNOC -> cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xFF;
                case XML -> cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                        || cp >= 0x10000 && cp <= 0x10FFFF;
            };
        }
    }

    /** A text the message cannot carry: the field, the first character that does not fit, and the value. */
    public record Unwritable(String field, int codePoint, String value) {

        /** The character as it is shown (U+XXXX for one that does not print). */
        public String shown() {
            return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.UNASSIGNED
                    || Character.getType(codePoint) == Character.SURROGATE ? String.format("U+%04X", codePoint)
                    : new String(Character.toChars(codePoint));
        }
    }

    private DeclarationText() {
    }

    /** The message a jurisdiction's declaration is lodged as: Australia the CUSDEC (UNOC), Taiwan its XML. */
    public static Repertoire lodgedAs(String jurisdiction) {
        return "AU".equals(jurisdiction) ? Repertoire.UNOC : Repertoire.XML;
    }

    /** Every text of the declaration that {@code repertoire} cannot carry, in the order the message holds them. */
    public static List<Unwritable> unwritable(DeclarationMessage d, Repertoire repertoire) {
        List<Unwritable> out = new ArrayList<>();
        check(out, repertoire, "reference", d.reference());
        party(out, repertoire, "declarant", d.declarant());
        party(out, repertoire, "importer", d.importer());
        party(out, repertoire, "exporter", d.exporter());
        if (d.export() != null) {
            // the consignee abroad (t4fixAA R1): the file's consignee, else its importer, else the invoice's buyer
            party(out, repertoire, "consignee", d.export().consignee());
        }
        check(out, repertoire, "portOfLoading", d.loadingPort());
        check(out, repertoire, "portOfDischarge", d.dischargePort());
        check(out, repertoire, "valuationBasis", d.valuationBasis());
        check(out, repertoire, "currency", d.currency());
        if (d.transport() != null) {
            check(out, repertoire, "transportDocumentNumber", d.transport().transportDocumentNumber());
            check(out, repertoire, "journeyId", d.transport().journeyId());
        }
        if (d.taiwan() != null) {
            DeclarationMessage.TaiwanParticulars t = d.taiwan();
            check(out, repertoire, "transportDocumentNumber", t.transportDocumentId());
            check(out, repertoire, "journeyId", t.journeyId());
            check(out, repertoire, "goodsLocation", t.goodsLocationId());
            check(out, repertoire, "packageTypeCode", t.packageTypeCode());
            check(out, repertoire, "representativeId", t.representativeId());
            check(out, repertoire, "importerTypeCode", t.importerTypeCode());
            check(out, repertoire, "importer", t.importerChineseName());
            check(out, repertoire, "importerAddress", t.importerAddress());
            check(out, repertoire, "dutyMethodCode", t.dutyMethodCode());
        }
        for (DeclarationItem it : d.items()) {
            String at = "lines[" + (it.sequence() - 1) + "].";
            check(out, repertoire, at + "description", it.description());
            check(out, repertoire, at + "tariffCode", it.tariffCode());
            check(out, repertoire, at + "statisticalCode", it.statisticalCode());
            check(out, repertoire, at + "originCountry", it.originCountry());
            check(out, repertoire, at + "preference", it.preferenceClaimed());
            check(out, repertoire, at + "unitCode", it.unitCode());
        }
        return out;
    }

    private static void party(List<Unwritable> out, Repertoire r, String role, Party p) {
        if (p != null) {
            check(out, r, role + "Id", p.id());
            check(out, r, role.equals("declarant") ? "declarantName" : role, p.name());
            check(out, r, role, p.country());
        }
    }

    private static void check(List<Unwritable> out, Repertoire r, String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            // a lone surrogate is a code point of its own here (codePointAt returns it as is)
            if (!r.carries(cp) || Character.getType(cp) == Character.SURROGATE) {
                out.add(new Unwritable(field, cp, value));
                return;
            }
            i += Character.charCount(cp);
        }
    }

    /** Refuses a declaration with a text the message cannot carry (the service refuses it first, naming the field). */
    static void require(DeclarationMessage d, Repertoire r) {
        List<Unwritable> bad = unwritable(d, r);
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("the " + r + " message cannot carry " + bad.get(0).shown() + " of " + bad.get(0).field());
        }
    }
}
