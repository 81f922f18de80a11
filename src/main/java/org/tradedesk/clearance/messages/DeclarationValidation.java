package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tradedesk.clearance.messages.DeclarationFinding.Severity;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Checks a declaration before it is written and lodged. Each rule has a name (the {@code rule} of the
 * finding) and a message code {@code clearance.declaration.<rule>}:
 * <ul>
 *   <li>{@code jurisdiction} — AU or TW; {@code local-currency} — AUD for AU, TWD for TW</li>
 *   <li>{@code required} — reference, declarant, importer (id and name), exporter name, transport mode,
 *       Incoterm, currency, exchange rate, customs value total</li>
 *   <li>{@code version-function} — version 1 is an original (9), a later version an amendment (4)</li>
 *   <li>{@code no-items}, {@code too-many-items} (999), {@code item-sequence} — items numbered 1…n</li>
 *   <li>{@code tariff-au} — 8 digits, with {@code stat-code-au} 2 digits, one of the item's statistical codes in the
 *       tariff catalogue when it holds them ({@code stat-code-not-in-tariff}; else the warning {@code stat-code-unchecked}); {@code tariff-tw} — 11 characters
 *       (10 digits and a check character)</li>
 *   <li>{@code origin}, {@code country} — ISO 3166 alpha-2; {@code currency} — ISO 4217</li>
 *   <li>{@code exchange-rate} — positive; {@code quantity} — positive; {@code customs-value} — present, not negative</li>
 *   <li>{@code customs-value-total}, {@code duties-total} — header totals equal the sums of the items</li>
 *   <li>{@code preference-origin} — a preference claimed needs the origin country; with {@link PreferenceFacts}:
 *       {@code preference-no-proof} — a proof of origin in the file, {@code preference-not-offered} — a preference the tax
 *       engine offers for the item's tariff line and origin on the declaration date</li>
 *   <li>Taiwan: {@code required} for each mandatory particular of the field list ({@code header.tw.*}, arrival date,
 *       loading port, packages, gross mass), {@code tw-text} (an..N / anN), {@code tw-english-name}, {@code tw-tax-code}</li>
 *   <li>{@code valuation-basis} (warning) — Australia values FOB, Taiwan CIF (Customs Act s159–161; 關稅法 §29)</li>
 * </ul>
 */
public final class DeclarationValidation {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DeclarationValidation() {
    }

    /**
     * The statistical codes the tariff catalogue holds for an 8-digit item of a jurisdiction (Australia: the 2 digits of
     * the Schedule 3 statistical line); empty when it holds none for it (no schedule loaded, or none published).
     */
    @FunctionalInterface
    public interface StatisticalCodes {
        Set<String> of(String jurisdiction, String item);

        /** No catalogue at hand: statistical codes are checked for their form only. */
        StatisticalCodes NONE = (j, item) -> Set.of();
    }

    /**
     * What a claimed preference rests on: whether the file holds a proof of origin (a certificate of origin document), and
     * per item (sequence from 1) the preferences the tax engine offers for its tariff line, origin and the declaration date
     * (the taxes module's duty options; an item absent or with an empty set: none offered).
     */
    public record PreferenceFacts(boolean proofOfOrigin, java.util.Map<Integer, Set<String>> offered) {
        public PreferenceFacts {
            offered = offered == null ? java.util.Map.of() : java.util.Map.copyOf(offered);
        }
    }

    /**
     * The checks, with a claimed preference also checked against the file ({@code preference-no-proof}: claimed with no
     * certificate of origin in the file) and the tax engine ({@code preference-not-offered}: the origin is not eligible on
     * the date, or the engine knows no such preference for the line). {@code prefs} null: not checked.
     */
    public static List<DeclarationFinding> validate(DeclarationMessage d, StatisticalCodes stats, PreferenceFacts prefs) {
        List<DeclarationFinding> out = new ArrayList<>(validate(d, stats));
        if (prefs == null) {
            return List.copyOf(out);
        }
        for (DeclarationItem it : d.items()) {
            String claimed = it.preferenceClaimed() == null || it.preferenceClaimed().isBlank() ? null : it.preferenceClaimed().strip();
            if (claimed == null) {
                continue;
            }
            String p = "items[" + it.sequence() + "].preferenceClaimed";
            Arg n = Arg.number(it.sequence());
            if (!prefs.proofOfOrigin()) {
                error(out, "preference-no-proof", p, n, org.tradedesk.clearance.domain.SchemeLabels.of(claimed));
            }
            Set<String> offered = prefs.offered().getOrDefault(it.sequence(), Set.of());
            if (offered.stream().noneMatch(o -> o.equalsIgnoreCase(claimed))) {
                error(out, "preference-not-offered", p, n, org.tradedesk.clearance.domain.SchemeLabels.of(claimed), Arg.literal(String.valueOf(it.tariffCode())),
                        Arg.literal(String.valueOf(it.originCountry())), Arg.date(d.declarationDate()),
                        org.tradedesk.clearance.domain.SchemeLabels.list(new java.util.TreeSet<>(offered)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * An export's charges checked against the chain (t4fixAA R9): a Taiwan export's duties total must be the trade
     * promotion fee the engine's chain gives on its FOB total ({@code chargeOn}: the export charge code,
     * {@code TaxCalculations#exportCharges} added up — 0.04 % truncated, nothing at NT$100 or less; the rate is not
     * repeated here). A different total is a {@code duties-total} error, as on an import. Other declarations: unchanged.
     */
    public static List<DeclarationFinding> withExportCharges(List<DeclarationFinding> findings, DeclarationMessage d,
            java.util.function.Function<BigDecimal, BigDecimal> chargeOn) {
        if (!d.forExport() || !"TW".equals(d.jurisdiction()) || d.customsValueTotal() == null || chargeOn == null) {
            return findings;
        }
        BigDecimal expected = chargeOn.apply(d.customsValueTotal());
        BigDecimal declared = d.dutiesAndTaxesTotal() == null ? BigDecimal.ZERO : d.dutiesAndTaxesTotal();
        if (expected == null || declared.compareTo(expected) == 0) {
            return findings;
        }
        List<DeclarationFinding> out = new ArrayList<>(findings);
        String local = d.localCurrency() == null ? "" : d.localCurrency();
        error(out, "duties-total", "header.dutiesAndTaxesTotal", org.tradedesk.clearance.domain.MoneyCodes.taxAmount(declared, local),
                org.tradedesk.clearance.domain.MoneyCodes.taxAmount(expected, local));
        return List.copyOf(out);
    }

    /** The checks without the tariff catalogue: an Australian statistical code is checked for its form only. */
    public static List<DeclarationFinding> validate(DeclarationMessage d) {
        return validate(d, null);
    }

    /**
     * The checks, an Australian statistical code also against the catalogue ({@code stat-code-not-in-tariff} when the
     * item has statistical codes and this is not one of them; {@code stat-code-unchecked}, a warning, when the catalogue
     * holds none for the item). {@code stats} null: form only, nothing said.
     */
    public static List<DeclarationFinding> validate(DeclarationMessage d, StatisticalCodes stats) {
        List<DeclarationFinding> out = new ArrayList<>();
        String j = d.jurisdiction();
        if (!"AU".equals(j) && !"TW".equals(j)) {
            error(out, "jurisdiction", "header.jurisdiction", Arg.literal(String.valueOf(j)));
        } else {
            String expected = org.tradedesk.tariff.Jurisdiction.of(j).localCurrency().value();
            if (!expected.equals(d.localCurrency())) {
                error(out, "local-currency", "header.localCurrency", Arg.literal(String.valueOf(d.localCurrency())), Arg.literal(expected));
            }
            // an export is valued FOB in both (Taiwan's 離岸價格, Australia's FOB value: t4exp)
            String basis = "AU".equals(j) || d.forExport() ? "FOB" : "CIF";
            if (d.valuationBasis() != null && !basis.equals(d.valuationBasis())) {
                out.add(new DeclarationFinding(Severity.WARNING, "valuation-basis", "header.valuationBasis",
                        MessageText.of("clearance.declaration.valuation-basis", Arg.literal(d.valuationBasis()), Arg.literal(basis))));
            }
        }
        notComputed(out, d);
        required(out, d.reference(), "header.reference");
        party(out, d.declarant(), "header.declarant", true);
        if (d.forExport()) {
            // an export declaration is the exporter's (t4exp): its customs id (ABN / 統一編號) and name, the destination, the
            // port of loading and the day the goods leave are required; the buyer abroad is the consignee, not an importer
            party(out, d.exporter(), "header.exporter", true);
            exportParticulars(out, d);
        } else {
            party(out, d.importer(), "header.importer", true);
            party(out, d.exporter(), "header.exporter", false);
        }
        required(out, d.transportMode(), "header.transportMode");
        required(out, d.incoterm(), "header.incoterm");
        required(out, d.customsValueTotal(), "header.customsValueTotal");
        if (d.currency() == null) {
            required(out, null, "header.currency");
        } else if (!isCurrency(d.currency())) {
            error(out, "currency", "header.currency", Arg.literal(d.currency()));
        }
        if (d.exchangeRate() == null) {
            required(out, null, "header.exchangeRate");
        } else if (d.exchangeRate().signum() <= 0) {
            error(out, "exchange-rate", "header.exchangeRate", Arg.number(d.exchangeRate()));
        }
        boolean original = d.functionCode() == FunctionCode.ORIGINAL;
        if (d.functionCode() == null || d.version() < 1 || original != (d.version() == 1)) {
            error(out, "version-function", "header.version", Arg.number(d.version()),
                    Arg.literal(d.functionCode() == null ? "-" : d.functionCode().code()));
        }
        items(out, d, stats);
        if ("TW".equals(j)) {
            taiwanFormats(out, d);
        }
        return List.copyOf(out);
    }

    /**
     * What an export declaration needs beyond the common header (t4exp), each missing one named by its label
     * ({@code required}): the country of destination (ISO 3166 alpha-2, else {@code country}), the port of loading and the
     * export date (出口日期).
     */
    /** The longest consignee name a declaration carries: the CUSDEC's NAD party name, 5 × an..35 (t4fixAA R1). */
    static final int CONSIGNEE_NAME_MAX = 175;

    private static void exportParticulars(List<DeclarationFinding> out, DeclarationMessage d) {
        DeclarationMessage.ExportParticulars e = d.export();
        String destination = e.destinationCountry();
        if (destination == null || destination.isBlank()) {
            required(out, null, "header.destinationCountry");
        } else if (!COUNTRIES.contains(destination)) {
            error(out, "country", "header.destinationCountry", Arg.code("clearance.declaration.field.header.destinationCountry"),
                    Arg.literal(destination));
        } else if (destination.equals(d.jurisdiction())) {
            // goods declared for export to the country they leave: the buyer's or the port's country was taken wrongly
            error(out, "export-destination-home", "header.destinationCountry", Arg.literal(destination));
        }
        required(out, d.loadingPort(), "header.loadingPort");
        required(out, e.exportDate(), "header.exportDate");
        // Incoterms whose price is not the FOB value and whose difference the file does not give (t4fixAA R3): DDP includes
        // the destination's duties and taxes (FOB overstated), EXW leaves out loading and carriage to the port (understated)
        if (d.incoterm() == org.tradedesk.shared.Incoterm.DDP || d.incoterm() == org.tradedesk.shared.Incoterm.EXW) {
            out.add(new DeclarationFinding(Severity.WARNING, "export-fob-" + d.incoterm().name().toLowerCase(Locale.ROOT), "header.incoterm",
                    MessageText.of("clearance.declaration.export-fob-" + d.incoterm().name().toLowerCase(Locale.ROOT))));
        }
        // the CUSDEC's NAD carries a name in five parts of 35 (175 characters); a longer one would be cut (t4fixAA R1)
        if (e.consignee() != null && e.consignee().name() != null
                && e.consignee().name().codePointCount(0, e.consignee().name().length()) > CONSIGNEE_NAME_MAX) {
            error(out, "consignee-length", "header.consignee", Arg.literal(e.consignee().name()),
                    Arg.number(e.consignee().name().codePointCount(0, e.consignee().name().length())), Arg.number(CONSIGNEE_NAME_MAX));
        }
        if (e.consignee() != null && e.consignee().country() != null && !COUNTRIES.contains(e.consignee().country())) {
            error(out, "country", "header.consignee.country", Arg.code("clearance.declaration.field.header.consignee"),
                    Arg.literal(e.consignee().country()));
        }
    }

    /**
     * The single-window declaration number (報單號碼, /Declaration/ID): {@code an14} in the field list N5135_fields.tsv —
     * exactly 14 letters and digits (the README of the field lists: "Declaration number an14"), not "at most".
     */
    static final int TW_DECLARATION_ID = 14;

    /**
     * Taiwan's single-window field list ({@code N5135_fields.tsv}) gives each amount a numeric format {@code n..N,D}: at
     * most N digits of which D after the decimal point ({@code n..N}: whole numbers). A value that does not fit is refused
     * here ({@code tw-format}), never cut or rounded by the writer, and a declaration number (an14) that is not exactly 14
     * letters and digits is refused ({@code tw-declaration-id}: a B/L or file number is not a 報單號碼; a shorter one was
     * accepted before), the text naming where it is written: the file's reference, on the page's edit form and in the API.
     */
    private static void taiwanFormats(List<DeclarationFinding> out, DeclarationMessage d) {
        if (d.reference() == null || !twDeclarationNumber(d.reference())) {
            String given = d.reference() == null ? "" : d.reference();
            error(out, "tw-declaration-id", "header.reference", Arg.literal(given), Arg.number(given.length()),
                    Arg.number(TW_DECLARATION_ID), Arg.code("clearance.transaction.edit"), Arg.code("clearance.field.reference"));
        }
        if (d.forExport()) {
            // the 出口報單's own particulars: no field list of it is held (only N5135, the import one): the exporter's id as
            // the importer's (統一編號, an..14) and the port of loading's UN/LOCODE (an5) are checked, nothing more (README)
            if (d.exporter() != null) {
                text(out, "header.exporter.id", "/Declaration/Exporter/ID", d.exporter().id(), 14, false);
            }
            if (d.loadingPort() != null) {
                text(out, "header.loadingPort", "/Declaration/GoodsShipment/Consignment/LoadingLocation/ID", d.loadingPort(), 5, true);
            }
        } else {
            taiwanParticulars(out, d);
        }
        format(out, "header.invoiceTotal", "/Declaration/GoodsShipment/tw_InvoiceAmount", d.invoiceTotal(), 16, 2);
        format(out, "header.grossMassKg", "/Declaration/GoodsShipment/tw_TotalGrossMassMeasure", d.grossMassKg(), 16, 6);
        format(out, "header.customsValueTotal", "/Declaration/GoodsShipment/Consignment/tw_InvoiceAmount", d.customsValueTotal(), 16, 2);
        format(out, "header.insurance", "/Declaration/GoodsShipment/CustomsValuation/ExitToEntryChargeAmount", d.insurance(), 16, 2);
        format(out, "header.freight", "/Declaration/GoodsShipment/CustomsValuation/FreightChargeAmount", d.freight(), 16, 2);
        format(out, "header.dutiesAndTaxesTotal", "/Declaration/GoodsShipment/CustomsValuation/tw_TotalDutyTaxFeeAmount",
                d.dutiesAndTaxesTotal(), 10, 0);
        for (DeclarationItem it : d.items()) {
            String p = "items[" + it.sequence() + "]";
            String g = "/Declaration/GoodsShipment/GovernmentAgencyGoodsItem";
            // GoodsMeasure is mandatory with its 淨重 and 數量單位 (field list: cardinality 1)
            required(out, it.netMassKg(), p + ".netMassKg");
            required(out, it.unitCode(), p + ".unitCode");
            format(out, p + ".customsValue", g + "/Commodity/DutyTaxFee/AdValoremTaxBaseAmount", it.customsValue(), 14, 0);
            format(out, p + ".netMassKg", g + "/GoodsMeasure/NetWeightMeasure", it.netMassKg(), 16, 6);
            format(out, p + ".quantity", g + "/GoodsMeasure/TariffQuantity", it.quantity(), 15, 4);
            for (DutyTax t : it.dutiesAndTaxes()) {
                if (TaiwanCodes.taxCode(t.type()) == null) {
                    error(out, "tw-tax-code", p + ".dutiesAndTaxes." + t.type(), Arg.number(it.sequence()), Arg.literal(String.valueOf(t.type())));
                }
                // the rate as the fraction the message writes (進口稅率 n..6,5; 其他稅費率 n..10,5)
                boolean duty = "DUTY".equals(t.type());
                format(out, p + ".dutiesAndTaxes." + t.type() + ".rate", g + "/Commodity/" + (duty ? "tw_DutyTaxFeeAmount" : "tw_DutyOtherTaxFee")
                        + "/tw_TaxRateNumeric", TaiwanDeclarationXml.fraction(t.rate()), duty ? 6 : 10, 5);
                // each item's amount is written as the WCO DM Payment/PaymentAmount, in whole NT$ as the header's (n..10)
                format(out, p + ".dutiesAndTaxes." + t.type(), g + "/Commodity/DutyTaxFee/Payment/PaymentAmount", t.amount(), 10, 0);
            }
        }
    }

    /**
     * The particulars Taiwan's field list makes mandatory that the common header does not hold (see
     * {@link DeclarationMessage.TaiwanParticulars}): each missing one is an ERROR ({@code required}, the field named by its
     * label — in Chinese the field list's own name), so the draft cannot be put to the client or lodged without it; each present
     * one must fit its format ({@code tw-text}: {@code an..N} at most N characters, {@code anN} exactly N). The importer's name
     * in /Declaration/Importer/Name is its English name (英文名稱): a name with Chinese characters there is refused
     * ({@code tw-english-name}). The declarant's id is the broker's box number (報關業者箱號, Agent/ID an3).
     */
    private static void taiwanParticulars(List<DeclarationFinding> out, DeclarationMessage d) {
        DeclarationMessage.TaiwanParticulars tw = d.taiwan() == null ? DeclarationMessage.TaiwanParticulars.none() : d.taiwan();
        String t = "header.tw.";
        required(out, tw.transportDocumentId(), t + "transportDocumentId");
        required(out, tw.journeyId(), t + "journeyId");
        required(out, tw.goodsLocationId(), t + "goodsLocationId");
        required(out, tw.packageTypeCode(), t + "packageTypeCode");
        required(out, tw.representativeId(), t + "representativeId");
        required(out, tw.importerTypeCode(), t + "importerTypeCode");
        required(out, tw.importerAddress(), t + "importerAddress");
        required(out, tw.dutyMethodCode(), t + "dutyMethodCode");
        text(out, t + "transportDocumentId", "/Declaration/Consignment/TransportContractDocument/ID", tw.transportDocumentId(), 35, false);
        text(out, t + "journeyId", "/Declaration/Consignment/BorderTransportMeans/JourneyID", tw.journeyId(), 12, false);
        text(out, t + "goodsLocationId", "/Declaration/Consignment/GoodsLocation/ID", tw.goodsLocationId(), 8, false);
        text(out, t + "packageTypeCode", "/Declaration/GoodsShipment/Consignment/Packaging/TypeCode", tw.packageTypeCode(), 3, false);
        text(out, t + "representativeId", "/Declaration/RepresentativePerson/Name", tw.representativeId(), 5, true);
        text(out, t + "importerTypeCode", "/Declaration/Importer/tw_TypeCode", tw.importerTypeCode(), 3, false);
        text(out, t + "importerChineseName", "/Declaration/Importer/tw_ChineseName", tw.importerChineseName(), 70, false);
        text(out, t + "importerAddress", "/Declaration/Importer/Address/Line", tw.importerAddress(), 120, false);
        text(out, t + "dutyMethodCode", "/Declaration/DutyTaxFee/tw_DutyMethodCode", tw.dutyMethodCode(), 1, true);
        if (out.removeIf(f -> "required".equals(f.rule()) && "header.importer.name".equals(f.path()))) {
            // Taiwan's Importer/Name is the English name: named as such (a Chinese name alone does not fill it)
            required(out, null, t + "importerEnglishName");
        }
        if (d.importer() != null && d.importer().name() != null) {
            if (HAN.matcher(d.importer().name()).find()) {
                error(out, "tw-english-name", "header.importer.name", Arg.literal(d.importer().name()));
            } else {
                text(out, "header.importer.name", "/Declaration/Importer/Name", d.importer().name(), 80, false);
            }
        }
        if (d.importer() != null) {
            text(out, "header.importer.id", "/Declaration/Importer/ID", d.importer().id(), 14, false);
        }
        if (d.declarant() != null) {
            text(out, "header.declarant.id", "/Declaration/Agent/ID", d.declarant().id(), 3, true);
        }
        if (d.loadingPort() == null) {
            required(out, null, "header.loadingPort");
        } else {
            text(out, "header.loadingPort", "/Declaration/GoodsShipment/Consignment/LoadingLocation/ID", d.loadingPort(), 5, true);
        }
        required(out, d.packages(), "header.packages");
        required(out, d.grossMassKg(), "header.grossMassKg");
        required(out, d.invoiceTotal(), "header.invoiceTotal");
        required(out, d.arrivalDate(), "header.arrivalDate");
    }

    /** Chinese characters (a name with them is a Chinese name). */
    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    /** A text field of the field list: {@code an..max} (at most max characters) or, {@code exact}, {@code anmax} (exactly max). */
    private static void text(List<DeclarationFinding> out, String path, String element, String v, int max, boolean exact) {
        if (v == null || v.isBlank()) {
            return;
        }
        int length = v.codePointCount(0, v.length());
        if (exact ? length != max : length > max) {
            error(out, "tw-text", path, Arg.literal(v), fieldName(element), Arg.literal((exact ? "an" : "an..") + max),
                    Arg.number(length));
        }
    }

    /** True when {@code v} fits {@code n..digits,decimals}: not negative, no significant digit past the decimals, few enough before. */
    public static boolean fits(BigDecimal v, int digits, int decimals) {
        if (v == null) {
            return true;
        }
        BigDecimal s = v.stripTrailingZeros();
        int scale = Math.max(s.scale(), 0);
        int integer = Math.max(s.precision() - s.scale(), 0);
        return v.signum() >= 0 && scale <= decimals && integer <= digits - decimals;
    }

    private static void format(List<DeclarationFinding> out, String path, String element, BigDecimal v, int digits, int decimals) {
        if (!fits(v, digits, decimals)) {
            error(out, "tw-format", path, Arg.literal(v.toPlainString()), fieldName(element),
                    Arg.literal(decimals == 0 ? "n.." + digits : "n.." + digits + "," + decimals), Arg.number(digits - decimals),
                    Arg.number(decimals));
        }
    }

    /**
     * A single-window element named as the field list names it, in the reader's language (t4fixU 4: 「報關業者箱號」, not
     * "/Declaration/Agent/ID (an3)"); the finding's path keeps which field of the declaration it is.
     */
    static Arg fieldName(String element) {
        return Arg.message(MessageText.of("clearance.declaration.tw-field." + element.replaceFirst("^/Declaration/", "").replace('/', '.')));
    }

    /** True when nothing blocks lodgement. */
    public static boolean lodgeable(List<DeclarationFinding> findings) {
        return findings.stream().noneMatch(DeclarationFinding::blocksLodgement);
    }

    private static void items(List<DeclarationFinding> out, DeclarationMessage d, StatisticalCodes stats) {
        List<DeclarationItem> items = d.items();
        if (items.isEmpty()) {
            error(out, "no-items", "items");
            return;
        }
        if (items.size() > MessageLimits.MAX_ITEMS) {
            error(out, "too-many-items", "items", Arg.number(MessageLimits.MAX_ITEMS));
        }
        BigDecimal values = BigDecimal.ZERO;
        BigDecimal duties = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            DeclarationItem it = items.get(i);
            String p = "items[" + (i + 1) + "]";
            Arg n = Arg.number(i + 1);
            if (it.sequence() != i + 1) {
                error(out, "item-sequence", p + ".sequence", Arg.number(i + 1), Arg.number(it.sequence()));
            }
            required(out, it.description(), p + ".description");
            tariff(out, d.jurisdiction(), it, p, n, stats, d.forExport());
            if (it.originCountry() == null) {
                required(out, null, p + ".originCountry");
            } else if (!COUNTRIES.contains(it.originCountry())) {
                error(out, "origin", p + ".originCountry", n, Arg.literal(it.originCountry()));
            }
            if (it.preferenceClaimed() != null && it.originCountry() == null) {
                error(out, "preference-origin", p + ".preferenceClaimed", n, org.tradedesk.clearance.domain.SchemeLabels.of(it.preferenceClaimed()));
            }
            if (it.quantity() == null || it.quantity().signum() <= 0) {
                error(out, "quantity", p + ".quantity", n);
            }
            if (it.customsValue() == null || it.customsValue().signum() < 0) {
                error(out, "customs-value", p + ".customsValue", n);
            } else {
                values = values.add(it.customsValue());
            }
            for (DutyTax t : it.dutiesAndTaxes()) {
                if (t.amount() != null) {
                    duties = duties.add(t.amount());
                }
            }
        }
        String local = d.localCurrency() == null ? "" : d.localCurrency();
        if (d.customsValueTotal() != null && d.customsValueTotal().compareTo(values) != 0) {
            error(out, "customs-value-total", "header.customsValueTotal", org.tradedesk.clearance.domain.MoneyCodes.amount(d.customsValueTotal(), local), org.tradedesk.clearance.domain.MoneyCodes.amount(values, local));
        }
        // the shipment total is the tax engine's: it equals the items' figures added up, or — where Taiwan's shipment
        // taxes (營業稅, 推廣貿易服務費) are computed once on the summed bases — the same rule applied to the items' bases
        // added up (rate × Σ base, truncated to whole NT$). Anything else, even one dollar, is a difference.
        // an export's only charge (Taiwan's 推廣貿易服務費) is levied on the declaration's FOB total, not on its items (t4exp)
        if (!d.forExport() && d.dutiesAndTaxesTotal() != null && d.dutiesAndTaxesTotal().compareTo(duties) != 0
                && !("TW".equals(d.jurisdiction()) && (d.dutiesAndTaxesTotal().compareTo(shipmentRuleTotal(items)) == 0
                        || d.dutiesAndTaxesTotal().compareTo(taiwanHeaderTotal(items)) == 0))) {
            error(out, "duties-total", "header.dutiesAndTaxesTotal",
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(d.dutiesAndTaxesTotal(), local),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(duties, local));
        }
    }

    /**
     * Taiwan's header total as the declaration carries it (issue 8 F8): every item's duties and taxes as declared, except
     * the trade promotion fee, which is levied per declaration (報單) on the total 完稅價格 (推廣貿易服務費收費辦法: 0.04 %
     * of the 完稅價格 of the goods imported, NT$100 or less not collected) — so once on the items' bases added up, truncated
     * to whole NT$ as the engine's chain does (810,425 × 0.04 % = 324.17 → 324), not the items' truncated shares added up
     * (252 + 71 = 323). The difference from the items stays visible ({@code DeclarationView#roundingDifference}).
     */
    public static BigDecimal taiwanHeaderTotal(List<DeclarationItem> items) {
        BigDecimal others = items.stream().flatMap(it -> it.dutiesAndTaxes().stream()).filter(t -> !TPF.equals(t.type()))
                .map(DutyTax::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return others.add(perDeclarationFee(items));
    }

    /** The trade promotion fee of the whole declaration (see {@link #taiwanHeaderTotal}); the items' own when not recomputable. */
    public static BigDecimal perDeclarationFee(List<DeclarationItem> items) {
        List<DutyTax> fees = items.stream().flatMap(it -> it.dutiesAndTaxes().stream()).filter(t -> TPF.equals(t.type())).toList();
        BigDecimal own = fees.stream().map(DutyTax::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (fees.isEmpty() || fees.stream().noneMatch(t -> t.amount() != null && t.amount().signum() != 0)) {
            return own;
        }
        BigDecimal rate = fees.get(0).rate();
        if (rate == null || !fees.stream().allMatch(t -> t.base() != null && t.rate() != null && rate.compareTo(t.rate()) == 0)) {
            return own;
        }
        BigDecimal bases = fees.stream().map(DutyTax::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        return org.tradedesk.shared.RoundingRule.TRUNCATE_WHOLE.apply(bases.multiply(rate).movePointLeft(2));
    }

    static final String TPF = "TPF";

    /** Taiwan's taxes computed on the whole declaration (types as the declaration names them). */
    static final java.util.Set<String> TW_SHIPMENT_TAXES = java.util.Set.of("VAT", "TPF");

    /**
     * The duties total as the engine computes it for Taiwan: per-item taxes added up as they are; each shipment tax
     * once on the items' bases added up, at the items' rate, truncated to whole NT$ (the chain's TRUNCATE_0) — zero
     * when no item owes any (推廣貿易服務費 of NT$100 or less is not collected). A shipment tax whose items disagree on
     * the rate or lack a base cannot be recomputed: its items' figures are taken as they are.
     */
    static BigDecimal shipmentRuleTotal(List<DeclarationItem> items) {
        BigDecimal total = BigDecimal.ZERO;
        java.util.Map<String, List<DutyTax>> shipment = new java.util.LinkedHashMap<>();
        for (DeclarationItem it : items) {
            for (DutyTax t : it.dutiesAndTaxes()) {
                if (TW_SHIPMENT_TAXES.contains(t.type())) {
                    shipment.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
                } else if (t.amount() != null) {
                    total = total.add(t.amount());
                }
            }
        }
        for (List<DutyTax> figures : shipment.values()) {
            BigDecimal own = figures.stream().map(DutyTax::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rate = figures.get(0).rate();
            boolean recomputable = rate != null && figures.stream().allMatch(t -> t.base() != null && t.rate() != null && rate.compareTo(t.rate()) == 0);
            boolean owed = figures.stream().anyMatch(t -> t.amount() != null && t.amount().signum() != 0);
            if (!recomputable) {
                total = total.add(own);
            } else if (owed) {
                BigDecimal bases = figures.stream().map(DutyTax::base).reduce(BigDecimal.ZERO, BigDecimal::add);
                total = total.add(org.tradedesk.shared.RoundingRule.TRUNCATE_WHOLE.apply(bases.multiply(rate).movePointLeft(2)));
            }
        }
        return total;
    }

    private static void tariff(List<DeclarationFinding> out, String jurisdiction, DeclarationItem it, String p, Arg n,
            StatisticalCodes stats, boolean export) {
        String code = it.tariffCode();
        if (code == null) {
            required(out, null, p + ".tariffCode");
            return;
        }
        if ("AU".equals(jurisdiction)) {
            if (!code.matches("\\d{8}")) {
                error(out, "tariff-au", p + ".tariffCode", n, Arg.literal(code));
            }
            if (export && (it.statisticalCode() == null || it.statisticalCode().isBlank())) {
                // an export is classified by its 8-digit AHECC code alone (RFF+HS): no statistical code to give (t4exp)
                return;
            }
            if (it.statisticalCode() == null || it.statisticalCode().isBlank()) {
                // said missing, never "the statistical code null" (review m12)
                error(out, "stat-code-missing-au", p + ".statisticalCode", n);
            } else if (!it.statisticalCode().matches("\\d{2}")) {
                error(out, "stat-code-au", p + ".statisticalCode", n, Arg.literal(it.statisticalCode()));
            } else if (stats != null && code.matches("\\d{8}")) {
                Set<String> known = stats.of(jurisdiction, code);
                if (known.isEmpty()) {
                    out.add(new DeclarationFinding(Severity.WARNING, "stat-code-unchecked", p + ".statisticalCode",
                            MessageText.of("clearance.declaration.stat-code-unchecked", n, Arg.literal(it.statisticalCode()), Arg.literal(code))));
                } else if (!known.contains(it.statisticalCode())) {
                    error(out, "stat-code-not-in-tariff", p + ".statisticalCode", n, Arg.literal(it.statisticalCode()), Arg.literal(code),
                            Arg.literal(String.join(", ", known)));
                }
            }
        } else if ("TW".equals(jurisdiction) && !code.matches("\\d{10}[0-9A-Z]")) {
            error(out, "tariff-tw", p + ".tariffCode", n, Arg.literal(code));
        }
    }

    private static void party(List<DeclarationFinding> out, Party party, String path, boolean idRequired) {
        if (party == null) {
            required(out, null, path);
            return;
        }
        if (idRequired) {
            required(out, party.id(), path + ".id");
        }
        required(out, party.name(), path + ".name");
        if (party.country() != null && !COUNTRIES.contains(party.country())) {
            error(out, "country", path + ".country", Arg.literal(path), Arg.literal(party.country()));
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void required(List<DeclarationFinding> out, Object value, String path) {
        if (value == null || value instanceof String s && s.isBlank()) {
            // the field named by its label, never by its path (review M3: "header.declarant.id 為必填")
            java.util.regex.Matcher item = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(.+)").matcher(path);
            MessageText text = item.matches()
                    ? MessageText.of("clearance.declaration.item-required", Arg.literal(item.group(1)),
                            Arg.code("clearance.declaration.field.item." + item.group(2)))
                    : MessageText.of("clearance.declaration.required", Arg.code("clearance.declaration.field." + path));
            out.add(new DeclarationFinding(Severity.ERROR, "required", path, text));
        }
    }

    /** Exactly {@value #TW_DECLARATION_ID} letters and digits (an14; the blanks of a 報單號碼 printed in groups are counted). */
    static boolean twDeclarationNumber(String reference) {
        return reference.length() == TW_DECLARATION_ID && reference.matches("[A-Za-z0-9 ]+") && !reference.isBlank();
    }

    /**
     * A duty or tax the engine could not compute for an item (acceptance review of issue 8, 1: a car's 貨物稅, whose rate its
     * tariff code does not tell, was left out of the declaration, its mail and its XML without a word): an ERROR at the item,
     * naming the item, the tax and what to give (the engine's own note), so the draft is neither sent nor lodged short.
     */
    private static void notComputed(List<DeclarationFinding> out, DeclarationMessage d) {
        for (MessageText note : d.notComputed()) {
            String line = note.args().isEmpty() ? null : note.args().get(0).value();
            String item = line != null && line.matches("\\d{1,4}") ? line : null;
            error(out, "tax-not-computed", item == null ? "items" : "items[" + item + "]", Arg.literal(item == null ? "—" : item),
                    Arg.message(note));
        }
    }

    private static void error(List<DeclarationFinding> out, String rule, String path, Arg... args) {
        out.add(new DeclarationFinding(Severity.ERROR, rule, path, MessageText.of("clearance.declaration." + rule, args)));
    }
}
