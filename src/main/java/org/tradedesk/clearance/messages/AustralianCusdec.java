package org.tradedesk.clearance.messages;

import static org.tradedesk.clearance.messages.EdifactWriting.c;

import io.xlate.edi.schema.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TransportMode;
import org.tradedesk.clearance.messages.EdifactSegments.Segment;
import org.tradedesk.clearance.messages.EdifactWriting.Seg;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.MessageText;

/**
 * The Australian import declaration (N10) as UN/EDIFACT CUSDEC D.99B for the Integrated Cargo System,
 * written with StAEDI's writer and, before it is handed out, parsed back by StAEDI against the desk's CUSDEC
 * D.99B schema ({@code clearance/edifact/CUSDEC-D99B.xml}) and compared with the declaration: a message that
 * the schema refuses or that does not read back identically is never returned.
 *
 * <p>Header: {@code BGM+929:::IMD+<reference>:<version>+<9|4>}, {@code CST++N10::95}, {@code LOC+9}
 * loading and {@code LOC+12} discharge port (UN/LOCODE), {@code DTM+137} declaration and {@code DTM+178}
 * arrival date, {@code MEA+WT+AAD} gross mass, group 1 {@code RFF+BM:<bill of lading>} (sea; {@code AWB} air and express,
 * {@code AAM} post) with its group 2 {@code PAC} packages when the file names the transport document, then group 1
 * {@code RFF+APH:FOB} valuation basis (with the {@code PAC} when no transport document is named), group 4
 * {@code TDT+20+<voyage or flight>+<Rec. 19 mode>:<mode name>} (the conveyance reference when known), group 6 {@code NAD+AE}
 * declarant, {@code NAD+IM} importer, {@code NAD+EX} exporter, group 7 {@code TOD+6++<Incoterm>}, group 8
 * {@code MOA+39} invoice total, {@code MOA+313} freight, {@code MOA+71} insurance,
 * {@code MOA+141} customs value total with {@code CUX+2:<currency>+3:<local>+<rate>}, {@code MOA+176} duties and taxes total.
 * Items (group 30): {@code CST+<n>}, {@code FTX+AAA} description, {@code LOC+27} origin, {@code MEA+WT+AAL}
 * net mass, {@code MEA+CT} quantity, group 33 {@code MOA+38} invoice amount and {@code MOA+141} customs
 * value, group 35 {@code RFF+ABD} tariff (8 digits) and {@code RFF+AED} statistical code, group 40
 * {@code GIS+P:PRF:95:<agreement>} preference claimed, group 41 {@code TAX+1+<type>+++:::<rate>} with
 * {@code MOA+125} base and {@code MOA+124} amount. Summary: {@code CNT+5} item count and group 49 totals per
 * duty/tax type. Qualifiers not named in the ICS references we hold follow the UNTDID D.99B code lists.
 */
public final class AustralianCusdec {

    public static final String SCHEMA = "CUSDEC-D99B.xml";
    private static final DateTimeFormatter D102 = DateTimeFormatter.BASIC_ISO_DATE;

    private AustralianCusdec() {
    }

    static Schema schema() {
        return EdifactWriting.schema(SCHEMA);
    }

    /**
     * @throws IllegalArgumentException when the declaration is not lodgeable (run {@link DeclarationValidation} first)
     *         or a value does not fit the message (e.g. longer than the D.99B element allows)
     */
    public static byte[] write(DeclarationMessage d, EdifactEnvelope envelope) {
        if (!"AU".equals(d.jurisdiction()) || !DeclarationValidation.lodgeable(DeclarationValidation.validate(d))) {
            throw new IllegalArgumentException("declaration " + d.reference() + " v" + d.version() + " is not lodgeable in AU");
        }
        // UNB declares UNOC (ISO 8859-1): a text outside it is refused, never written as '?' (the service names the field first)
        DeclarationText.require(d, DeclarationText.Repertoire.UNOC);
        List<Seg> s = d.forExport() ? exportSegments(d) : importSegments(d);
        byte[] edi = EdifactWriting.write(envelope.sender(), envelope.recipient(), envelope.interchangeReference(), envelope.preparedAt(),
                "CUSDEC", s, null);
        DeclarationMessage back;
        try {
            back = read(edi);
        } catch (UnreadableMessage e) {
            throw new IllegalArgumentException("the CUSDEC D.99B schema refuses the message at " + e.location() + ": " + e.getMessage(), e);
        }
        // everything but the items' sources (ours, for tracing them to the invoices; the message does not carry them)
        if (!back.equals(d.withoutSources())) {
            throw new IllegalStateException("CUSDEC read back differs from declaration " + d.reference() + " v" + d.version());
        }
        return edi;
    }

    /**
     * The export declaration (t4exp) as the ICS takes it, after the real sample {@code ts-edifact_cusdec_d99b_au_exd.edi}:
     * {@code BGM+830:::EXD+<reference>:<version>+<9|4>}, {@code LOC+9} port of loading, {@code LOC+12} port of discharge,
     * {@code LOC+28} country of destination (written {@code ::6} as the sample writes it), {@code DTM+137} declaration and
     * {@code DTM+129} exportation date, {@code MEA+WT+AAD} gross mass, group 1 transport document with {@code PAC} and
     * {@code RFF+APH:FOB}, group 4 {@code TDT+20}, group 6 {@code NAD+AE} declarant, {@code NAD+EX} exporter (the declaring
     * trader, its ABN), {@code NAD+CN} consignee abroad, group 7 {@code TOD}, group 8 {@code MOA+39} invoice total,
     * {@code MOA+63} FOB value in AUD with its {@code CUX}. Items: {@code CST+<n>}, {@code FTX+AAA} goods description,
     * {@code LOC+27} origin, {@code MEA+WT+AAL} net and {@code MEA+CT} quantity, {@code MOA+38} invoice amount and
     * {@code MOA+63} FOB value, {@code RFF+HS:<AHECC code>} (8 digits; {@code RFF+AED} only when a statistical code is
     * given). No {@code TAX} group and no {@code MOA+176}: an export bears no duty and no GST (GST-free, A New Tax System
     * (Goods and Services Tax) Act 1999 s38-185). Summary {@code CNT+5}. The sample's other codes (GIS+N:79, PAC+++N:67,
     * LOC+18, RFF+EP permit) are ICS indicator codes we hold no list for: not written (README).
     */
    private static List<Seg> exportSegments(DeclarationMessage d) {
        String ccy = d.currency();
        String local = d.localCurrency();
        DeclarationMessage.ExportParticulars e = d.export();
        List<Seg> s = new ArrayList<>(16 + d.items().size() * 10);
        s.add(Seg.of("BGM", c("830", "", "", "EXD"), c(d.reference(), String.valueOf(d.version())), d.functionCode().code()));
        ports(s, d);
        if (e.destinationCountry() != null) {
            s.add(Seg.of("LOC", "28", c(e.destinationCountry(), "", "6")));
        }
        s.add(Seg.of("DTM", c("137", d.declarationDate().format(D102), "102")));
        if (e.exportDate() != null) {
            s.add(Seg.of("DTM", c("129", e.exportDate().format(D102), "102")));
        }
        if (d.grossMassKg() != null) {
            s.add(Seg.of("MEA", "WT", c("AAD"), c("KGM", plain(d.grossMassKg()))));
        }
        transportGroups(s, d);
        party(s, "AE", d.declarant());
        party(s, "EX", d.exporter());
        party(s, "CN", e.consignee());
        s.add(Seg.of("TOD", "6", null, c(d.incoterm().name())));
        invoiceAmounts(s, d);
        s.add(Seg.of("MOA", c("63", plain(d.customsValueTotal()), local)));
        s.add(Seg.of("CUX", c("2", ccy), c("3", local), plain(d.exchangeRate())));
        s.add(Seg.of("UNS", "D"));
        for (DeclarationItem it : d.items()) {
            s.add(Seg.of("CST", String.valueOf(it.sequence())));
            s.add(Seg.of("FTX", "AAA", null, null, chunks(it.description())));
            s.add(Seg.of("LOC", "27", c(it.originCountry(), "", "5")));
            if (it.netMassKg() != null) {
                s.add(Seg.of("MEA", "WT", c("AAL"), c("KGM", plain(it.netMassKg()))));
            }
            s.add(Seg.of("MEA", "CT", null, c(it.unitCode() == null ? "EA" : it.unitCode(), plain(it.quantity()))));
            if (it.invoiceAmount() != null) {
                s.add(Seg.of("MOA", c("38", plain(it.invoiceAmount()), ccy)));
            }
            s.add(Seg.of("MOA", c("63", plain(it.customsValue()), local)));
            s.add(Seg.of("RFF", c("HS", it.tariffCode())));
            if (it.statisticalCode() != null) {
                s.add(Seg.of("RFF", c("AED", it.statisticalCode())));
            }
        }
        s.add(Seg.of("UNS", "S"));
        s.add(Seg.of("CNT", c("5", String.valueOf(d.items().size()))));
        return s;
    }

    /**
     * Groups 1 and 4, the same on an import and an export declaration: the transport document with the packages it covers
     * (D.99B puts the packages, group 2, under a group 1 reference: the bill of lading's or air waybill's, not the valuation
     * basis's), then the valuation basis (the packages stay in that one group 1 when the file names no transport document),
     * then TDT+20 (main carriage) with the conveyance reference number (8028: the voyage or flight) when known.
     */
    private static void transportGroups(List<Seg> s, DeclarationMessage d) {
        String document = d.transport() == null ? null : d.transport().transportDocumentNumber();
        if (document != null) {
            s.add(Seg.of("RFF", c(documentQualifier(d.transportMode()), document)));
            if (d.packages() != null) {
                s.add(Seg.of("PAC", String.valueOf(d.packages())));
            }
        }
        s.add(Seg.of("RFF", c("APH", d.valuationBasis() == null ? "FOB" : d.valuationBasis())));
        if (document == null && d.packages() != null) {
            s.add(Seg.of("PAC", String.valueOf(d.packages())));
        }
        s.add(Seg.of("TDT", "20", d.transport() == null ? null : d.transport().journeyId(),
                c(d.transportMode().rec19(), d.transportMode().name())));
    }

    /** The ports of loading (LOC+9) and discharge (LOC+12), as UN/LOCODEs, where the file has them. */
    private static void ports(List<Seg> s, DeclarationMessage d) {
        if (d.loadingPort() != null) {
            s.add(Seg.of("LOC", "9", c(d.loadingPort(), "", "6")));
        }
        if (d.dischargePort() != null) {
            s.add(Seg.of("LOC", "12", c(d.dischargePort(), "", "6")));
        }
    }

    /** The invoice's amounts in its currency (MOA 39 invoice total, 313 freight, 71 insurance), where the file has them. */
    private static void invoiceAmounts(List<Seg> s, DeclarationMessage d) {
        String ccy = d.currency();
        if (d.invoiceTotal() != null) {
            s.add(Seg.of("MOA", c("39", plain(d.invoiceTotal()), ccy)));
        }
        if (d.freight() != null) {
            s.add(Seg.of("MOA", c("313", plain(d.freight()), ccy)));
        }
        if (d.insurance() != null) {
            s.add(Seg.of("MOA", c("71", plain(d.insurance()), ccy)));
        }
    }

    private static List<Seg> importSegments(DeclarationMessage d) {
        String ccy = d.currency();
        String local = d.localCurrency();
        List<Seg> s = new ArrayList<>(16 + d.items().size() * 14);
        s.add(Seg.of("BGM", c("929", "", "", "IMD"), c(d.reference(), String.valueOf(d.version())), d.functionCode().code()));
        s.add(Seg.of("CST", null, c("N10", "", "95")));
        ports(s, d);
        s.add(Seg.of("DTM", c("137", d.declarationDate().format(D102), "102")));
        if (d.arrivalDate() != null) {
            s.add(Seg.of("DTM", c("178", d.arrivalDate().format(D102), "102")));
        }
        if (d.grossMassKg() != null) {
            s.add(Seg.of("MEA", "WT", c("AAD"), c("KGM", plain(d.grossMassKg()))));
        }
        transportGroups(s, d);
        party(s, "AE", d.declarant());
        party(s, "IM", d.importer());
        party(s, "EX", d.exporter());
        s.add(Seg.of("TOD", "6", null, c(d.incoterm().name())));
        invoiceAmounts(s, d);
        s.add(Seg.of("MOA", c("141", plain(d.customsValueTotal()), local)));
        s.add(Seg.of("CUX", c("2", ccy), c("3", local), plain(d.exchangeRate())));
        if (d.dutiesAndTaxesTotal() != null) {
            s.add(Seg.of("MOA", c("176", plain(d.dutiesAndTaxesTotal()), local)));
        }
        s.add(Seg.of("UNS", "D"));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (DeclarationItem it : d.items()) {
            s.add(Seg.of("CST", String.valueOf(it.sequence())));
            s.add(Seg.of("FTX", "AAA", null, null, chunks(it.description())));
            s.add(Seg.of("LOC", "27", c(it.originCountry(), "", "5")));
            if (it.netMassKg() != null) {
                s.add(Seg.of("MEA", "WT", c("AAL"), c("KGM", plain(it.netMassKg()))));
            }
            s.add(Seg.of("MEA", "CT", null, c(it.unitCode() == null ? "EA" : it.unitCode(), plain(it.quantity()))));
            if (it.invoiceAmount() != null) {
                s.add(Seg.of("MOA", c("38", plain(it.invoiceAmount()), ccy)));
            }
            s.add(Seg.of("MOA", c("141", plain(it.customsValue()), local)));
            s.add(Seg.of("RFF", c("ABD", it.tariffCode())));
            s.add(Seg.of("RFF", c("AED", it.statisticalCode())));
            if (it.preferenceClaimed() != null) {
                s.add(Seg.of("GIS", c("P", "PRF", "95", it.preferenceClaimed())));
            }
            for (DutyTax t : it.dutiesAndTaxes()) {
                s.add(Seg.of("TAX", "1", c(t.type()), null, null, c("", "", "", t.rate() == null ? "" : plain(t.rate()))));
                if (t.base() != null) {
                    s.add(Seg.of("MOA", c("125", plain(t.base()), local)));
                }
                s.add(Seg.of("MOA", c("124", plain(t.amount()), local)));
                totals.merge(t.type(), t.amount(), BigDecimal::add);
            }
        }
        s.add(Seg.of("UNS", "S"));
        s.add(Seg.of("CNT", c("5", String.valueOf(d.items().size()))));
        totals.forEach((type, amount) -> {
            s.add(Seg.of("TAX", "1", c(type)));
            s.add(Seg.of("MOA", c("124", plain(amount), local)));
        });
        return s;
    }

    /**
     * The reference qualifier (UNTDID D.99B 1153) of the transport document by mode: {@code BM} bill of lading number (sea),
     * {@code AWB} air waybill number (air, express), {@code AAM} waybill number (post).
     */
    static String documentQualifier(TransportMode mode) {
        return switch (mode) {
            case SEA -> "BM";
            case AIR, EXPRESS -> "AWB";
            case POST -> "AAM";
        };
    }

    private static void party(List<Seg> s, String role, Party p) {
        if (p == null) {
            return;
        }
        s.add(Seg.of("NAD", role, p.id() == null ? null : c(p.id()), null, chunk35(p.name()), null, null, null, null, p.country()));
    }

    private static EdifactWriting.Composite chunk35(String name) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < name.length() && parts.size() < 5; i += 35) {
            parts.add(name.substring(i, Math.min(name.length(), i + 35)));
        }
        return c(parts.toArray(String[]::new));
    }

    private static EdifactWriting.Composite chunks(String text) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < text.length() && parts.size() < 5; i += 512) {
            parts.add(text.substring(i, Math.min(text.length(), i + 512)));
        }
        return c(parts.toArray(String[]::new));
    }

    static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /**
     * Reads a CUSDEC D.99B import ({@code 929:::IMD}) or export ({@code 830:::EXD}, t4exp) declaration back, validating it
     * against the same schema.
     *
     * @throws UnreadableMessage naming the segment at fault
     */
    public static DeclarationMessage read(byte[] content) {
        List<Segment> segments = EdifactSegments.read(content, schema(), null);
        String reference = null;
        int version = 0;
        FunctionCode function = null;
        LocalDate date = null;
        LocalDate arrival = null;
        String loading = null;
        String discharge = null;
        BigDecimal gross = null;
        String basis = null;
        Integer packages = null;
        String transportDocument = null;
        String journey = null;
        TransportMode mode = null;
        Party declarant = null;
        Party importer = null;
        Party exporter = null;
        Incoterm incoterm = null;
        String currency = null;
        String local = null;
        BigDecimal rate = null;
        BigDecimal invoiceTotal = null;
        BigDecimal freight = null;
        BigDecimal insurance = null;
        BigDecimal valueTotal = null;
        BigDecimal dutiesTotal = null;
        boolean detail = false;
        boolean summary = false;
        boolean export = false;
        String destination = null;
        LocalDate exportDate = null;
        Party consignee = null;
        List<DeclarationItem> items = new ArrayList<>();
        ItemBuilder item = null;
        for (Segment g : segments) {
            String w = g.where();
            if (summary) {
                continue;
            }
            switch (g.tag()) {
                case "BGM" -> {
                    export = "830".equals(g.get(1, 1)) && "EXD".equals(g.get(1, 4));
                    if (!export && (!"929".equals(g.get(1, 1)) || !"IMD".equals(g.get(1, 4)))) {
                        throw new UnreadableMessage(MessageText.of("clearance.cusdec.not-import",
                                MessageText.Arg.literal(g.get(1, 1) + ":" + g.get(1, 4))), w + ", element 1", "not an IMD");
                    }
                    reference = g.get(2, 1);
                    version = Values.integer(g.get(2, 2), "BGM version", w + ", element 2");
                    try {
                        function = FunctionCode.ofCode(g.get(3));
                    } catch (IllegalArgumentException e) {
                        throw new UnreadableMessage(MessageText.of("clearance.cusdec.function-code",
                                MessageText.Arg.literal(g.get(3))), w + ", element 3", e.getMessage());
                    }
                }
                case "LOC" -> {
                    if (detail && item != null && "27".equals(g.get(1))) {
                        item.origin = g.get(2, 1);
                    } else if ("9".equals(g.get(1))) {
                        loading = g.get(2, 1);
                    } else if ("12".equals(g.get(1))) {
                        discharge = g.get(2, 1);
                    } else if (!detail && "28".equals(g.get(1))) {
                        destination = g.get(2, 1);
                    }
                }
                case "DTM" -> {
                    if ("137".equals(g.get(1, 1))) {
                        date = Values.date(g.get(1, 2), "DTM+137", w);
                    } else if ("178".equals(g.get(1, 1))) {
                        arrival = Values.date(g.get(1, 2), "DTM+178", w);
                    } else if ("129".equals(g.get(1, 1))) {
                        exportDate = Values.date(g.get(1, 2), "DTM+129", w);
                    }
                }
                case "MEA" -> {
                    BigDecimal v = Values.decimal(g.get(3, 2), "MEA", w + ", element 3");
                    if (!detail && "AAD".equals(g.get(2, 1))) {
                        gross = v;
                    } else if (item != null && "AAL".equals(g.get(2, 1))) {
                        item.net = v;
                    } else if (item != null && "CT".equals(g.get(1))) {
                        item.quantity = v;
                        item.unit = g.get(3, 1);
                    }
                }
                case "RFF" -> {
                    switch (g.get(1, 1)) {
                        case "APH" -> basis = g.get(1, 2);
                        case "BM", "AWB", "AAM", "MB" -> {
                            if (!detail) {
                                transportDocument = Values.blankToNull(g.get(1, 2));
                            }
                        }
                        case "ABD", "HS" -> item(item, w).tariff = g.get(1, 2);
                        case "AED" -> item(item, w).stat = g.get(1, 2);
                        default -> {
                        }
                    }
                }
                case "PAC" -> packages = Values.integer(g.get(1), "PAC", w);
                case "TDT" -> {
                    if (!detail) {
                        journey = Values.blankToNull(g.get(2));
                    }
                    try {
                        mode = TransportMode.valueOf(g.get(3, 2));
                    } catch (IllegalArgumentException e) {
                        mode = switch (g.get(3, 1)) {
                            case "1" -> TransportMode.SEA;
                            case "4" -> TransportMode.AIR;
                            case "5" -> TransportMode.POST;
                            default -> null;
                        };
                    }
                }
                case "NAD" -> {
                    Party p = new Party(Values.blankToNull(g.get(2, 1)), join(g, 4, 5), Values.blankToNull(g.get(9)));
                    switch (g.get(1)) {
                        case "AE" -> declarant = p;
                        case "IM" -> importer = p;
                        case "EX" -> exporter = p;
                        case "CN" -> consignee = p;
                        default -> {
                        }
                    }
                }
                case "TOD" -> {
                    try {
                        incoterm = Incoterm.valueOf(g.get(3, 1));
                    } catch (IllegalArgumentException e) {
                        throw new UnreadableMessage(MessageText.of("clearance.cusdec.incoterm", MessageText.Arg.literal(g.get(3, 1))),
                                w + ", element 3", "incoterm");
                    }
                }
                case "CUX" -> {
                    currency = g.get(1, 2);
                    local = g.get(2, 2);
                    rate = Values.decimal(g.get(3), "CUX", w + ", element 3");
                }
                case "MOA" -> {
                    BigDecimal v = Values.decimal(g.get(1, 2), "MOA+" + g.get(1, 1), w + ", element 1");
                    if (!detail) {
                        switch (g.get(1, 1)) {
                            case "39" -> invoiceTotal = v;
                            case "313" -> freight = v;
                            case "71" -> insurance = v;
                            case "141", "63" -> valueTotal = v;
                            case "176" -> dutiesTotal = v;
                            default -> {
                            }
                        }
                    } else if (item != null) {
                        switch (g.get(1, 1)) {
                            case "38" -> item.invoiceAmount = v;
                            case "141", "63" -> item.customsValue = v;
                            case "125" -> item.lastTax().base = v;
                            case "124" -> item.lastTax().amount = v;
                            default -> {
                            }
                        }
                    }
                }
                case "UNS" -> {
                    if ("D".equals(g.get(1))) {
                        detail = true;
                    } else {
                        summary = true;
                    }
                }
                case "CST" -> {
                    if (detail) {
                        if (item != null) {
                            items.add(item.build());
                        }
                        if (items.size() >= MessageLimits.MAX_ITEMS) {
                            throw new UnreadableMessage(MessageText.of("clearance.declaration.too-many-items",
                                    MessageText.Arg.number(MessageLimits.MAX_ITEMS)), w, "too many items");
                        }
                        item = new ItemBuilder(Values.integer(g.get(1), "CST", w + ", element 1"));
                    }
                }
                case "FTX" -> {
                    if (item != null && "AAA".equals(g.get(1))) {
                        item.description = concat(g);
                    }
                }
                case "GIS" -> {
                    if (item != null && "PRF".equals(g.get(1, 2))) {
                        item.preference = g.get(1, 4);
                    }
                }
                case "TAX" -> {
                    if (item != null) {
                        item.taxes.add(new TaxBuilder(g.get(2, 1), Values.decimal(g.get(5, 4), "TAX rate", w + ", element 5")));
                    }
                }
                default -> {
                }
            }
        }
        if (item != null) {
            items.add(item.build());
        }
        if (reference == null) {
            throw new UnreadableMessage(MessageText.of("clearance.edifact.no-message"), "line 1", "no BGM");
        }
        return new DeclarationMessage("AU", reference, version, function, date, declarant, importer, exporter, mode, loading, discharge,
                arrival, incoterm, basis, currency, rate, local, invoiceTotal, freight, insurance, valueTotal, dutiesTotal, packages, gross,
                items, null, new DeclarationMessage.Transport(transportDocument, journey),
                export ? new DeclarationMessage.ExportParticulars(exportDate, destination, consignee) : null);
    }

    private static ItemBuilder item(ItemBuilder item, String where) {
        if (item == null) {
            throw new UnreadableMessage(MessageText.of("clearance.cusdec.item-reference"), where, "item reference outside an item");
        }
        return item;
    }

    private static String concat(Segment g) {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            b.append(g.get(4, k));
        }
        return b.toString();
    }

    private static String join(Segment g, int element, int max) {
        StringBuilder b = new StringBuilder();
        for (int k = 1; k <= max; k++) {
            b.append(g.get(element, k));
        }
        return Values.blankToNull(b.toString());
    }

    private static final class TaxBuilder {
        final String type;
        final BigDecimal rate;
        BigDecimal base;
        BigDecimal amount;

        TaxBuilder(String type, BigDecimal rate) {
            this.type = type;
            this.rate = rate;
        }
    }

    private static final class ItemBuilder {
        final int sequence;
        String description;
        String tariff;
        String stat;
        String origin;
        String preference;
        BigDecimal quantity;
        String unit;
        BigDecimal net;
        BigDecimal invoiceAmount;
        BigDecimal customsValue;
        final List<TaxBuilder> taxes = new ArrayList<>();

        ItemBuilder(int sequence) {
            this.sequence = sequence;
        }

        TaxBuilder lastTax() {
            if (taxes.isEmpty()) {
                taxes.add(new TaxBuilder(null, null));
            }
            return taxes.get(taxes.size() - 1);
        }

        DeclarationItem build() {
            return new DeclarationItem(sequence, description, tariff, stat, origin, preference, quantity, unit, net, invoiceAmount,
                    customsValue, taxes.stream().map(t -> new DutyTax(t.type, t.rate, t.base, t.amount)).toList());
        }
    }
}
