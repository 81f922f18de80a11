package org.tradedesk.clearance.messages;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.clearance.messages.EdifactSegments.Segment;
import org.tradedesk.shared.MessageText;

/**
 * UN/EDIFACT INVOIC (any directory from D.96A on; the samples are D.14B with UNOW and D.97B with a custom
 * UNA), read with StAEDI without a message schema: the envelope is validated by StAEDI's control schema
 * (the UNT segment count and references), the segments the desk uses are read by tag and position.
 *
 * <p>Tolerated envelope findings, because the standard allows what StAEDI 1.26's built-in code lists do not
 * know: syntax identifier {@code UNOW}/{@code UNOY} (UTF-8, syntax 4), a directory release later than its
 * list (e.g. {@code 14B}), and an interchange reference in UNZ that differs from UNB (the EN 16931 sample
 * has one; the message's own UNH/UNT reference and count are still checked).
 */
final class EdifactInvoiceReader {


    private EdifactInvoiceReader() {
    }

    static boolean tolerated(EdifactSegments.Finding f) {
        if (f.error() == EDIStreamValidationError.INVALID_CODE_VALUE) {
            return "UNB".equals(f.segment()) && f.element() == 1 && f.component() == 1 && f.text().matches("UNO[A-Z]")
                    || "UNH".equals(f.segment()) && f.element() == 2 && f.component() == 3 && f.text().matches("\\d{2}[AB]");
        }
        return f.error() == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH && "UNZ".equals(f.segment());
    }

    static CapturedInvoice read(byte[] content) {
        List<Segment> segments = EdifactSegments.read(content, null, EdifactInvoiceReader::tolerated);
        InvoiceBuilder inv = new InvoiceBuilder();
        String format = null;
        int messages = 0;
        LineBuilder line = null;
        boolean summary = false;
        int totalRank = Integer.MAX_VALUE;
        int description = 35;
        for (Segment s : segments) {
            String w = s.where();
            switch (s.tag()) {
                case "UNH" -> {
                    messages++;
                    if (messages > 1) {
                        throw new UnreadableMessage(MessageText.of("clearance.edifact.several-messages"), w, "more than one message");
                    }
                    if (!"INVOIC".equals(s.get(2, 1))) {
                        throw new UnreadableMessage(MessageText.of("clearance.edifact.not-invoice",
                                MessageText.Arg.literal(Values.clip(s.get(2, 1)))), w + ", element 2", "not INVOIC");
                    }
                    format = "EDIFACT_INVOIC_" + s.get(2, 2) + s.get(2, 3);
                    // IMD 7008: an..35 in D.96A, an..256 from D.99B on (D.01B)
                    description = "96A".equals(s.get(2, 3)) ? 35 : 256;
                }
                case "BGM" -> inv.invoiceNumber = Values.blankToNull(an(s, 2, 1, "1004", 35));
                case "DTM" -> {
                    String q = s.get(1, 1);
                    if (line == null && ("137".equals(q) || "3".equals(q)) && (inv.issueDate == null || "137".equals(q))) {
                        if (!s.get(1, 3).isEmpty() && !"102".equals(s.get(1, 3))) {
                            break;
                        }
                        inv.issueDate = Values.date(an(s, 1, 2, "2380", 35), "DTM+" + q, w + ", element 1");
                    }
                }
                case "NAD" -> {
                    if (line == null) {
                        String name = Values.blankToNull(an(s, 4, 1, "3036", 35));
                        String country = Values.blankToNull(an(s, 9, 1, "3207", 3));
                        if ("SE".equals(s.get(1)) || "SU".equals(s.get(1))) {
                            inv.sellerName = name;
                            inv.sellerCountry = country;
                        } else if ("BY".equals(s.get(1))) {
                            inv.buyerName = name;
                            inv.buyerCountry = country;
                        }
                    }
                }
                case "CUX" -> {
                    if (line == null) {
                        inv.currency = Values.blankToNull(an(s, 1, 2, "6345", 3));
                    }
                }
                case "TOD" -> {
                    if (line == null) {
                        inv.incoterm = Values.blankToNull(an(s, 3, 1, "4053", 3));
                    }
                }
                case "MEA" -> {
                    BigDecimal kg = "KGM".equals(s.get(3, 1)) ? Values.decimal(s.get(3, 2), "MEA", w + ", element 3") : null;
                    if (kg != null && ("AAB".equals(s.get(2, 1)) || "G".equals(s.get(2, 1)))) {
                        if (line == null) {
                            inv.grossMassKg = kg;
                        } else {
                            line.grossMassKg = kg;
                        }
                    } else if (kg != null && line != null && ("AAA".equals(s.get(2, 1)) || "N".equals(s.get(2, 1)))) {
                        line.netMassKg = kg;
                    }
                }
                case "PAC" -> {
                    if (line == null && inv.packages == null) {
                        inv.packages = Values.integer(s.get(1), "PAC", w + ", element 1");
                    }
                }
                case "LIN" -> {
                    line = inv.newLine(w);
                    line.lineNumber = Values.integer(an(s, 1, 1, "1082", 6), "LIN", w + ", element 1");
                }
                case "PIA" -> {
                    if (line != null && "HS".equals(s.get(2, 2))) {
                        line.tariffCode = Values.blankToNull(an(s, 2, 1, "7140", 35));
                    }
                }
                case "IMD" -> {
                    if (line != null && line.description == null) {
                        line.description = Values.blankToNull(an(s, 3, 4, "7008", description));
                    }
                }
                case "QTY" -> {
                    if (line != null && "47".equals(s.get(1, 1))) {
                        line.quantity = Values.decimal(s.get(1, 2), "QTY+47", w + ", element 1");
                        line.unitCode = Values.blankToNull(s.get(1, 3));
                    }
                }
                case "ALI" -> {
                    if (line != null) {
                        line.originCountry = Values.blankToNull(an(s, 1, 1, "3239", 3));
                    }
                }
                case "PRI" -> {
                    if (line != null && line.unitPrice == null && ("AAA".equals(s.get(1, 1)) || "INV".equals(s.get(1, 1)))) {
                        line.unitPrice = Values.decimal(s.get(1, 2), "PRI", w + ", element 1");
                    }
                }
                case "DGS" -> {
                    if (line != null) {
                        line.dangerousGoodsClass = Values.blankToNull(an(s, 2, 1, "8351", 7));
                        line.unNumber = Values.blankToNull(an(s, 3, 1, "7124", 4));
                        line.packingGroup = Values.blankToNull(an(s, 5, 1, "8339", 3));
                    }
                }
                case "UNS" -> summary = true;
                case "MOA" -> {
                    String q = s.get(1, 1);
                    if (summary) {
                        int rank = rank(q);
                        if (rank < totalRank) {
                            totalRank = rank;
                            inv.totalAmount = Values.decimal(s.get(1, 2), "MOA+" + q, w + ", element 1");
                        }
                    } else if (line != null && "203".equals(q)) {
                        line.amount = Values.decimal(s.get(1, 2), "MOA+203", w + ", element 1");
                    }
                }
                default -> {
                }
            }
        }
        if (format == null) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.no-message"), "line 1", "no UNH");
        }
        return inv.build(format, false);
    }

    private static int rank(String qualifier) {
        // without VAT/GST for customs: 389 (invoice total excluding taxes, EN 16931 BT-109) first
        return switch (qualifier) {
            case "389" -> 0;
            case "388" -> 1;
            case "77" -> 2;
            case "86" -> 3;
            case "39" -> 4;
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * A data element we read, within its length in the UN/EDIFACT directory (D.96A, D.01B: 1004 an..35, 3036 an..35, 6345
     * an..3…): t4fixZ2 — a 75-character BGM document number was taken as the invoice number. Refused naming the segment,
     * its element and the data element.
     */
    private static String an(Segment s, int element, int component, String dataElement, int max) {
        String value = s.get(element, component);
        if (value.length() > max) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.element-too-long", MessageText.Arg.literal(s.tag()),
                    MessageText.Arg.number(element), MessageText.Arg.literal(dataElement), MessageText.Arg.number(value.length()),
                    MessageText.Arg.number(max)), s.where() + ", element " + element,
                    s.tag() + " element " + element + " (" + dataElement + ") has " + value.length() + " characters, at most " + max);
        }
        return value;
    }
}
