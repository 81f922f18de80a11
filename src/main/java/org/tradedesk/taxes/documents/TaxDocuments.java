package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;

/**
 * Produces the T1 documents of a calculation in the client's language: the worksheet
 * (一般稅與貨物稅試算表, O1.2.1) as XLSX with live formulas or as PDF, and the advice letter
 * (商業建議書, T1.3) as HTML or PDF.
 */
@Component
public class TaxDocuments {

    static final String WORKSHEET_TEMPLATE = "taxes/documents/worksheet";
    static final String LETTER_TEMPLATE = "taxes/documents/advice-letter";

    private final MessageSource messages;
    private final PdfRenderer pdf;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    /** The application's renderer, with the modules' {@code StoredMessageUpgrade}s: a document reads a saved text as the page does. */
    private final MessageTexts texts;
    /** Formats' amount and date rules depend on no time zone, so one instance serves every document. */
    private static final Formats FORMATS = new Formats(Clock.systemUTC());

    /** {@code calendar} dates the letter: the day it is produced in its jurisdiction, not the day of the calculation. */
    @Autowired
    public TaxDocuments(MessageSource messages, PdfRenderer pdf, org.tradedesk.platform.BusinessCalendar calendar, MessageTexts texts) {
        this.messages = messages;
        this.pdf = pdf;
        this.calendar = calendar;
        this.texts = texts;
    }

    public byte[] worksheetXlsx(TaxDocument doc) {
        return new WorksheetXlsxWriter(doc, new DocumentLabels(messages, doc.language(), texts)).write();
    }

    public byte[] worksheetPdf(TaxDocument doc) {
        return pdf.render(WORKSHEET_TEMPLATE, worksheetModel(doc), doc.language());
    }

    public String adviceLetterHtml(TaxDocument doc) {
        return pdf.renderHtml(LETTER_TEMPLATE, letterModel(doc), doc.language());
    }

    public byte[] adviceLetterPdf(TaxDocument doc) {
        return pdf.render(LETTER_TEMPLATE, letterModel(doc), doc.language());
    }

    Map<String, Object> worksheetModel(TaxDocument doc) {
        Map<String, Object> model = commonModel(doc);
        List<OptionTable> tables = new ArrayList<>();
        for (Option option : doc.options()) {
            tables.add(table(doc, option));
        }
        model.put("tables", tables);
        return model;
    }

    Map<String, Object> letterModel(TaxDocument doc) {
        Map<String, Object> model = commonModel(doc);
        Locale lang = doc.language();
        Option recommended = doc.recommended();
        Option first = doc.options().get(0);
        model.put("recommendedName", recommended.name().in(lang));
        model.put("recommendedTotal", total(doc, recommended, recommended.engineTotal()));
        BigDecimal saving = first.engineTotal().subtract(recommended.engineTotal());
        java.util.List<RoundingRule> both = new ArrayList<>(payableRoundings(first));
        both.addAll(payableRoundings(recommended));
        model.put("saving", saving.signum() > 0 && recommended != first ? rounded(saving, doc.currency().value(), both) : null);
        model.put("firstName", first.name().in(lang));
        model.put("reason", doc.advice() == null ? null : doc.advice().reason().in(lang));
        List<String> conditions = new ArrayList<>();
        recommended.requirements().forEach(r -> conditions.add(r.in(lang)));
        List<String> risks = new ArrayList<>();
        List<String> riskCitations = new ArrayList<>();
        if (doc.advice() != null) {
            doc.advice().conditions().forEach(c -> conditions.add(c.in(lang)));
            doc.advice().risks().forEach(r -> risks.add(r.in(lang)));
            doc.advice().riskCitations().forEach(c -> riskCitations.add(c == null ? "" : c.in(lang)));
        }
        model.put("notComputed", doc.advice() == null ? List.of() : doc.advice().notComputed().stream().map(n -> n.in(lang)).toList());
        model.put("statedNotApplicable", doc.advice() == null ? List.of()
                : doc.advice().statedNotApplicable().stream().map(n -> n.in(lang)).toList());
        model.put("conditions", conditions);
        model.put("risks", risks);
        model.put("riskCitations", riskCitations);
        model.put("breakdown", breakdown(doc, recommended));
        // each line's duty with its base and rate, so a total over lines at different rates can be traced in the letter
        // (acceptance review t1fixI 3: 「稅率：各項不同，詳見試算表」 left tea at 22.5 % and wine at 0 % out of the letter)
        model.put("dutyLines", dutyLines(doc, recommended));
        model.put("shipment", shipment(doc));
        model.put("calculationDate", model.get("date"));
        // the letter is dated in its calculation's jurisdiction (an AU advice letter by Sydney's day)
        // and says in which zone's day (acceptance review t1fixG 10: an AU letter written on a Taipei evening is dated Sydney's
        // next day, which read as a wrong date without the zone)
        java.time.ZoneId known = org.tradedesk.platform.BusinessCalendar.jurisdictionZone(doc.jurisdiction());
        String zone = (known == null ? org.tradedesk.platform.BusinessCalendar.DEFAULT_ZONE : known).getId();
        model.put("date", messages.getMessage("taxes.documents.letter.dateInZone", new Object[] {format(doc, calendar.todayIn(doc.jurisdiction())),
                messages.getMessage("taxes.documents.letter.zone." + doc.jurisdiction(), null, zone, lang)}, lang));
        model.put("draft", doc.letter().draft());
        model.put("senderName", doc.letter().senderName());
        model.put("senderLine", doc.letter().senderLine() == null ? null : doc.letter().senderLine().in(lang));
        return model;
    }

    private Map<String, Object> commonModel(TaxDocument doc) {
        Locale lang = doc.language();
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("lang", lang.toLanguageTag());
        model.put("date", format(doc, doc.date()));
        model.put("jurisdictionName", new DocumentLabels(messages, lang).orElse("jurisdiction." + doc.jurisdiction(), doc.jurisdiction()));
        List<OptionTotal> totals = new ArrayList<>();
        for (Option option : doc.options()) {
            totals.add(new OptionTotal(option.name().in(lang), total(doc, option, option.engineTotal()),
                    option.code().equals(doc.recommended().code()),
                    option.requirements().stream().map(r -> r.in(lang)).toList(),
                    clauses(option.requirements().stream().map(r -> r.in(lang)).toList(), lang)));
        }
        model.put("optionTotals", totals);
        model.put("versions", doc.dataVersions().stream().map(v -> new VersionRow(
                v.label() != null ? texts.render(v.label(), lang) : v.name().in(lang),
                v.versionText() != null ? texts.render(v.versionText(), lang) : v.version(),
                // a date the data does not give (a tariff line the schedule prints undated) is said to be unknown, not left blank
                v.effectiveFrom() == null ? "—" : format(doc, v.effectiveFrom()),
                v.sourceText() != null ? texts.render(v.sourceText(), lang) : v.source() == null ? "" : v.source())).toList());
        return model;
    }

    /**
     * The payable amounts of an option added up per tax, in chain order: what the letter's result table
     * shows. A rate is printed only when every line has that same rate: one line's rate beside the
     * shipment's total (0 % next to a duty of 3,040.58) would misstate it, so the reader is sent to the worksheet.
     */
    private List<Row> breakdown(TaxDocument doc, Option option) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Step> first = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> rates = new HashMap<>();
        Map<String, BigDecimal> bases = new HashMap<>();
        Map<String, BigDecimal> quantities = new HashMap<>();
        Map<String, List<String>> alcohol = new HashMap<>();
        java.util.Set<String> mixed = new java.util.HashSet<>();
        Map<String, List<RoundingRule>> roundings = new HashMap<>();
        option.lines().forEach(l -> l.steps().stream().filter(Step::payable)
                .forEach(s -> roundings.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s.rounding())));
        option.shipmentSteps().stream().filter(Step::payable)
                .forEach(s -> roundings.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s.rounding()));
        for (TaxDocument.Line line : option.lines()) {
            for (Step step : line.steps()) {
                if (step.payable()) {
                    add(doc, step, line.inputs(), sums, first, rates, bases, quantities, alcohol, mixed);
                }
            }
        }
        for (Step step : option.shipmentSteps()) {
            if (step.payable()) {
                add(doc, step, Map.of(), sums, first, rates, bases, quantities, alcohol, mixed);
            }
        }
        DocumentLabels labels = new DocumentLabels(messages, doc.language());
        String varies = labels.get("letter.rateVaries");
        Map<String, Integer> counts = new HashMap<>();
        option.lines().forEach(l -> l.steps().stream().filter(Step::payable).forEach(s -> counts.merge(s.code(), 1, Integer::sum)));
        option.shipmentSteps().stream().filter(Step::payable).forEach(s -> counts.merge(s.code(), 1, Integer::sum));
        List<Row> rows = new ArrayList<>();
        // a fee not collected keeps its bare 0 in the amount column (kept on one line) and its explanation in a note under
        // its row that spans the table and wraps: in the amount column it pushed the amounts, the law and the total off the
        // page (t1fixE 1)
        first.forEach((code, step) -> {
            String amount = rounded(sums.get(code), doc.currency().value(), roundings.get(code));
            rows.add(new Row(List.of(step.label().in(doc.language()),
                    step.threshold() != null
                            ? thresholdBase(doc, labels, step, bases.get(code), counts.getOrDefault(code, 0), mixed.contains(code))
                            : base(doc, labels, step, bases.get(code), quantities.get(code), alcohol.get(code), mixed.contains(code)),
                    rates.get(code).size() == 1 ? RateTexts.render(rates.get(code).iterator().next(), messages, doc.language()) : varies,
                    amount,
                    step.legalReference() == null ? "" : labels.law(step.legalReference().citation()),
                    notCollected(doc, labels, step, sums.get(code), bases.get(code), amount))));
        });
        return rows;
    }

    /**
     * The customs duty of each line under {@code option}: line, tariff code, base (the customs value, or the quantity a
     * specific rate is charged on), rate in the reader's words, duty. Empty when no line carries a duty step.
     */
    private List<Row> dutyLines(TaxDocument doc, Option option) {
        DocumentLabels labels = new DocumentLabels(messages, doc.language());
        List<Row> rows = new ArrayList<>();
        for (TaxDocument.Line line : option.lines()) {
            for (Step step : line.steps()) {
                if (!"DUTY".equals(step.code())) {
                    continue;
                }
                Map<String, BigDecimal> sums = new LinkedHashMap<>();
                Map<String, Step> first = new LinkedHashMap<>();
                Map<String, java.util.Set<String>> rates = new HashMap<>();
                Map<String, BigDecimal> bases = new HashMap<>();
                Map<String, BigDecimal> quantities = new HashMap<>();
                Map<String, List<String>> alcohol = new HashMap<>();
                java.util.Set<String> mixed = new java.util.HashSet<>();
                add(doc, step, line.inputs(), sums, first, rates, bases, quantities, alcohol, mixed);
                String code = step.code();
                rows.add(new Row(List.of(String.valueOf(line.number()), tariffCode(line.tariffCode()),
                        base(doc, labels, step, bases.get(code), quantities.get(code), alcohol.get(code), mixed.contains(code)),
                        step.rateText() == null ? "" : RateTexts.render(step.rateText().strip(), messages, doc.language()),
                        rounded(step.engineAmount(), doc.currency().value(), step.rounding()))));
            }
        }
        return rows;
    }

    /**
     * A fee the law does not collect at or below a minimum (Taiwan's 推廣貿易服務費 of NT$100 or less, 推廣貿易服務費收取辦法) says
     * why beside its 0, not a bare "0" the reader takes for a mistake (t1fixD 9).
     */
    private static String notCollected(TaxDocument doc, DocumentLabels labels, Step step, BigDecimal sum, BigDecimal base, String amount) {
        if (step.notCollectedAtOrBelow() == null || sum == null || sum.signum() != 0 || base == null || base.signum() <= 0) {
            return "";
        }
        return labels.get("letter.notCollected", amount, doc.currency().value() + " " + plain(step.notCollectedAtOrBelow()));
    }

    private static void add(TaxDocument doc, Step step, Map<String, BigDecimal> inputs, Map<String, BigDecimal> sums,
            Map<String, Step> first, Map<String, java.util.Set<String>> rates, Map<String, BigDecimal> bases,
            Map<String, BigDecimal> quantities, Map<String, List<String>> alcohol, java.util.Set<String> mixed) {
        String code = step.code();
        sums.merge(code, step.engineAmount(), BigDecimal::add);
        boolean known = first.containsKey(code);
        first.putIfAbsent(code, step);
        rates.computeIfAbsent(code, k -> new java.util.HashSet<>()).add(step.rateText() == null ? "" : step.rateText().strip());
        DutyExpression.Specific specific = step.specific();
        BigDecimal quantity = specific == null ? null : inputs.get(TaxResultDocuments.quantityCode(specific.unit().dimension()));
        boolean onQuantity = quantity != null;
        if (specific != null && quantity == null) {
            mixed.add(code); // a specific rate whose quantity the document does not hold: no base to print rather than a wrong one
        }
        if (known && onQuantity != quantities.containsKey(code)) {
            mixed.add(code); // a value on one line, a quantity on another: no one base to print
        }
        if (known && org.tradedesk.taxes.domain.BaseKinds.onRetailPrice(first.get(code).rateText())
                != org.tradedesk.taxes.domain.BaseKinds.onRetailPrice(step.rateText())) {
            mixed.add(code); // a customs value on one line, a retail price on another (review of T1 R6): no one base
        }
        if (onQuantity) {
            quantities.merge(code, quantity, BigDecimal::add);
            if (specific.unit().dimension() == UnitOfMeasure.Dimension.ALCOHOL) {
                BigDecimal litres = inputs.get(TaxResultDocuments.quantityCode(UnitOfMeasure.Dimension.VOLUME));
                BigDecimal abv = inputs.get(TaxResultDocuments.ALCOHOL_BY_VOLUME);
                // litres and strength, formatted; worded in the reader's language by base()
                alcohol.computeIfAbsent(code, k -> new ArrayList<>()).add(litres == null || abv == null ? ""
                        : FORMATS.number(litres.stripTrailingZeros().scale() < 0 ? litres.setScale(0) : litres.stripTrailingZeros())
                                + "\t" + FORMATS.number(abv.stripTrailingZeros().scale() < 0 ? abv.setScale(0) : abv.stripTrailingZeros()));
            }
        } else if (step.engineBase() != null) {
            bases.merge(code, step.engineBase(), BigDecimal::add);
        }
    }

    /**
     * The base a tax was charged on, as the letter prints it beside the rate and the amount: the value in the currency
     * (5 % of 432,738), or for a specific rate the quantity in its unit, with the litres and strength the litres of alcohol
     * were counted from (121.5 LAL (900 L × 13.5 %vol)). Blank where the lines' bases are not of one kind.
     */
    private static String base(TaxDocument doc, DocumentLabels labels, Step step, BigDecimal value, BigDecimal quantity,
            List<String> alcohol, boolean mixed) {
        if (mixed) {
            return "";
        }
        if (quantity != null) {
            BigDecimal q = quantity.stripTrailingZeros();
            UnitOfMeasure.Dimension dimension = step.specific().unit().dimension();
            String text = FORMATS.number(q.scale() < 0 ? q.setScale(0) : q) + " " + labels.unit(dimension.baseUnit(), dimension.baseSymbol());
            if (alcohol != null && alcohol.size() == 1 && !alcohol.get(0).isEmpty()) {
                String[] litresAndStrength = alcohol.get(0).split("\t");
                String counted = labels.get("letter.base.strength", litresAndStrength[0],
                        labels.unit(UnitOfMeasure.Dimension.VOLUME.baseUnit(), UnitOfMeasure.Dimension.VOLUME.baseSymbol()),
                        litresAndStrength[1]);
                text = labels.get("letter.base.alcohol", text, counted);
            }
            return text;
        }
        return value == null ? "" : money(doc, value);
    }

    /**
     * The base of a tax above a threshold as the worksheet works it, so the letter's row adds up (review r-t1b 4: "109,153.84 ×
     * 33 % = 8,576.05" left out the threshold and the 10/11): (109,153.84 − 80,567.00) × 10/11. The threshold is one vehicle's,
     * so lines of several vehicles are sent to the worksheet (blank).
     */
    private static String thresholdBase(TaxDocument doc, DocumentLabels labels, Step step, BigDecimal value, int steps, boolean mixed) {
        if (mixed || value == null || steps != 1) {
            return "";
        }
        // a threshold to confirm says so in the letter's row as on the screen (t1fixD 7)
        String excess = labels.get(step.thresholdToConfirm() ? "letter.base.thresholdToConfirm" : "letter.base.threshold",
                money(doc, value), money(doc, step.threshold()));
        if (step.factorNumerator() != null && step.factorDenominator() != null
                && step.factorNumerator().compareTo(step.factorDenominator()) != 0) {
            excess = labels.get("letter.base.factor", excess, plain(step.factorNumerator()), plain(step.factorDenominator()));
        }
        return excess;
    }

    /** The invoice and its goods as the letter states them, formatted; null when the document does not name them. */
    private ShipmentView shipment(TaxDocument doc) {
        TaxDocument.Shipment s = doc.shipment();
        if (s == null) {
            return null;
        }
        String local = doc.currency().value();
        List<Row> goods = s.goods().stream().map(g -> new Row(List.of(String.valueOf(g.line()), nz(g.description()),
                tariffCode(g.tariffCode()), g.tariffDescription() == null ? "" : g.tariffDescription().in(doc.language()), nz(g.origin()),
                amount(g.value(), s.invoiceCurrency()), amount(g.customsValue(), local)))).toList();
        return new ShipmentView(s.invoiceNumber(), s.invoiceDate() == null ? null : format(doc, s.invoiceDate()), s.incoterm(),
                s.invoiceCurrency(), s.invoiceCurrency() + " " + amount(s.invoiceTotal(), s.invoiceCurrency()),
                local + " " + amount(s.customsValue(), local), goods, deducted(doc, s.incoterm()));
    }

    /**
     * The freight and insurance a CIF (or CFR, CIP…) price includes, taken off to reach a customs value on the FOB basis
     * (Australia), as the calculation page shows them: the lines' shares added up, in the local currency (t1fixD 9). Null
     * where nothing was deducted (an FOB price, or a jurisdiction valuing on the CIF basis, Taiwan).
     */
    private String deducted(TaxDocument doc, String incoterm) {
        TaxDocument.Valuation v = doc.valuation();
        if (v == null) {
            return null;
        }
        BigDecimal freight = v.lines().stream().map(TaxDocument.Valuation.LineValue::freight).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal insurance = v.lines().stream().map(TaxDocument.Valuation.LineValue::insurance).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        DocumentLabels labels = new DocumentLabels(messages, doc.language());
        String local = doc.currency().value();
        String f = local + " " + amount(freight, local);
        String i = local + " " + amount(insurance, local);
        // every letter shows how the invoice price becomes the customs value, Taiwan's (CIF basis, 關稅法 §29: freight and
        // insurance added to an FOB price) as Australia's (FOB basis, Customs Act 1901 s 159: taken off a CIF price) (t1fixE 2)
        if (v.cif()) {
            if (v.priceIncludesFreight() && v.priceIncludesInsurance()) {
                return labels.get("letter.added.none", incoterm);
            }
            return labels.get(v.priceIncludesFreight() ? "letter.added.insurance" : v.priceIncludesInsurance() ? "letter.added.freight"
                    : "letter.added.freightInsurance", incoterm, f, i);
        }
        if (!v.priceIncludesFreight() && !v.priceIncludesInsurance()) {
            return labels.get("letter.deducted.none", incoterm);
        }
        return labels.get(v.priceIncludesInsurance() ? "letter.deducted.freightInsurance" : "letter.deducted.freight", incoterm, f, i);
    }

    private OptionTable table(TaxDocument doc, Option option) {
        Locale lang = doc.language();
        Map<String, LocalizedText> columns = new LinkedHashMap<>();
        option.lines().forEach(l -> l.steps().forEach(s -> columns.putIfAbsent(s.code(), s.label())));
        Map<String, BigDecimal> totals = new HashMap<>();
        Map<String, List<RoundingRule>> roundings = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Line line : option.lines()) {
            Map<String, Step> byCode = new HashMap<>();
            line.steps().forEach(s -> byCode.put(s.code(), s));
            List<String> cells = new ArrayList<>(List.of(String.valueOf(line.number()), nz(line.description()), tariffCode(line.tariffCode()), nz(line.origin())));
            for (String code : columns.keySet()) {
                Step s = byCode.get(code);
                cells.add(s == null ? "" : rounded(s.engineAmount(), doc.currency().value(), s.rounding()));
                if (s != null) {
                    totals.merge(code, s.engineAmount(), BigDecimal::add);
                    roundings.computeIfAbsent(code, k -> new ArrayList<>()).add(s.rounding());
                }
            }
            rows.add(new Row(cells));
        }
        List<String> totalCells = columns.keySet().stream().map(c -> rounded(totals.getOrDefault(c, BigDecimal.ZERO),
                doc.currency().value(), roundings.getOrDefault(c, List.of()))).toList();
        List<Row> shipment = option.shipmentSteps().stream().filter(s -> !lowValueNotApplying(s)).map(s -> new Row(List.of(s.label().in(lang),
                s.engineBase() == null ? "" : money(doc, s.engineBase()), nz(RateTexts.render(s.rateText(), messages, lang)),
                rounded(s.engineAmount(), doc.currency().value(), s.rounding()),
                s.legalReference() == null ? "" : LegalReferenceTexts.render(s.legalReference().citation(), messages, lang)))).toList();
        return new OptionTable(option.name().in(lang), option.requirements().stream().map(r -> r.in(lang)).toList(),
                columns.values().stream().map(l -> l.in(lang)).toList(), rows, totalCells, shipment,
                total(doc, option, option.engineTotal()), workings(doc, option));
    }

    /**
     * How each line's figures were worked, as the XLSX rebuilds them (acceptance review r-t1 F3: the PDF printed only the
     * amounts): per line and step — the customs value and every tax — its base, its rate, its threshold (the LCT's), its
     * amount, the law's rounding and the legal reference.
     */
    private List<Row> workings(TaxDocument doc, Option option) {
        Locale lang = doc.language();
        DocumentLabels labels = new DocumentLabels(messages, lang);
        String currency = doc.currency().value();
        List<Row> rows = new ArrayList<>();
        for (Line line : option.lines()) {
            BigDecimal customsValue = line.inputs().get(TaxResultDocuments.CUSTOMS_VALUE);
            if (customsValue != null) {
                // the value every ad valorem tax of the line starts from
                rows.add(new Row(List.of(String.valueOf(line.number()), labels.get("label.customsValue"), "", "", "",
                        money(doc, customsValue), "", "")));
            }
            for (Step s : line.steps()) {
                rows.add(new Row(List.of(String.valueOf(line.number()), s.label().in(lang),
                        s.specific() != null ? quantityBase(doc, labels, s, line.inputs())
                                : s.engineBase() == null ? "" : money(doc, s.engineBase()),
                        nz(RateTexts.render(s.rateText(), messages, lang)),
                        s.threshold() == null ? "" : money(doc, s.threshold()),
                        rounded(s.engineAmount(), currency, s.rounding()),
                        labels.rounding(s),
                        s.legalReference() == null ? "" : labels.law(s.legalReference().citation()))));
            }
        }
        return rows;
    }

    /**
     * The low-value test of a shipment above its threshold: it does not apply, so the printed worksheet leaves its row out (review
     * r-t1b 11: 「低價進口貨物（A$1,000 以下）… ≤ 1000 AUD … 0.00」 for a A$92,000 car). The XLSX keeps it, testing a changed value.
     */
    private static boolean lowValueNotApplying(Step s) {
        return "LOW_VALUE".equals(s.code()) && s.threshold() != null && s.engineBase() != null && s.engineBase().compareTo(s.threshold()) > 0;
    }

    /**
     * A specific rate's base on the worksheet as the letter prints it: the line's quantity in its unit, with the litres and strength
     * litres of alcohol were counted from (review r-t1b 3: the worksheet left it empty); empty when the line does not hold it.
     */
    private static String quantityBase(TaxDocument doc, DocumentLabels labels, Step s, Map<String, BigDecimal> inputs) {
        UnitOfMeasure.Dimension dimension = s.specific().unit().dimension();
        BigDecimal quantity = inputs.get(TaxResultDocuments.quantityCode(dimension));
        if (quantity == null) {
            return "";
        }
        List<String> alcohol = null;
        if (dimension == UnitOfMeasure.Dimension.ALCOHOL) {
            BigDecimal litres = inputs.get(TaxResultDocuments.quantityCode(UnitOfMeasure.Dimension.VOLUME));
            BigDecimal abv = inputs.get(TaxResultDocuments.ALCOHOL_BY_VOLUME);
            alcohol = List.of(litres == null || abv == null ? "" : plain(litres) + "\t" + plain(abv));
        }
        return base(doc, labels, s, null, quantity, alcohol, false);
    }

    private static String plain(BigDecimal n) {
        BigDecimal q = n.stripTrailingZeros();
        return FORMATS.number(q.scale() < 0 ? q.setScale(0) : q);
    }

    private static String format(TaxDocument doc, LocalDate date) {
        return FORMATS.date(date, doc.language());
    }

    static String money(TaxDocument doc, BigDecimal value) {
        return amount(value, doc.currency().value());
    }

    /**
     * A figure in {@code currency} as every screen and document of the product prints it ({@link Formats#amount}):
     * grouped by thousands, at least the currency's minor units, and more decimals only where the exact value
     * has them — an amount the law rounded prints in minor units (138,465.00), an exact intermediate value
     * (a converted customs value, a base) keeps its digits (138,465.1234) and so reads as exact. Trailing
     * zeros carried by the arithmetic (138,465.0000) are not digits of the value and are dropped.
     */
    public static String amount(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return FORMATS.amount(stripped.scale() < 0 ? stripped.setScale(0) : stripped, CurrencyCode.of(currency));
    }

    /**
     * An amount as the law rounded it, the one rule of the pages ({@code TaxFigures}) and the documents: where the rule
     * rounds to fewer decimals than the currency's minor unit (Taiwan's taxes, truncated to whole NT$) the figure is
     * printed in the rule's unit (NT$129,936, not 129,936.00: issue 6, whole dollars as every customs assessment
     * prints them); else as {@link #amount}.
     */
    public static String rounded(BigDecimal value, String currency, RoundingRule rule) {
        return rounded(value, currency, java.util.List.of(rule));
    }

    /**
     * A sum of amounts each rounded by one of {@code rules} (a tax over the lines, an option's total): in the rules' unit
     * when they all round to the same number of decimals, fewer than the currency's minor unit (a sum of whole NT$ is
     * whole), else as {@link #amount}.
     */
    public static String rounded(BigDecimal value, String currency, java.util.Collection<RoundingRule> rules) {
        int scale = wholeScale(currency, rules);
        if (value == null || scale < 0) {
            return amount(value, currency);
        }
        return FORMATS.number(value.setScale(scale, java.math.RoundingMode.HALF_UP));
    }

    /** The decimals {@link #rounded} prints a sum under {@code rules} in: the rules' common scale below the minor unit, else -1. */
    static int wholeScale(String currency, java.util.Collection<RoundingRule> rules) {
        java.util.Set<Integer> scales = new java.util.HashSet<>();
        rules.forEach(r -> scales.add(r == null ? -1 : r.scale()));
        if (scales.size() != 1) {
            return -1;
        }
        int scale = scales.iterator().next();
        return scale >= 0 && scale < CurrencyCode.of(currency).isoFractionDigits() ? scale : -1;
    }

    /** The roundings of an option's payable steps: its total is whole where every tax in it is. */
    static java.util.List<RoundingRule> payableRoundings(Option option) {
        java.util.List<RoundingRule> rules = new ArrayList<>();
        option.lines().forEach(l -> l.steps().stream().filter(Step::payable).forEach(s -> rules.add(s.rounding())));
        option.shipmentSteps().stream().filter(Step::payable).forEach(s -> rules.add(s.rounding()));
        return rules;
    }

    /** An option's total (or a difference of totals) as {@link #rounded} prints it. */
    static String total(TaxDocument doc, Option option, BigDecimal value) {
        return rounded(value, doc.currency().value(), payableRoundings(option));
    }

    /**
     * A total of a calculation (a saved one's, read back from its column at six decimals: 604104.000000) at the scale the law
     * pays it in: the payable unit of the chain the calculation ran on ({@code chainVersion} where still held, else the chain in
     * force on the calculation's {@code date}, never today's) where it is coarser than the currency's minor unit (Taiwan: whole
     * NT$, 604104), else the currency's minor units (1234.50); any further digits the value has are kept (acceptance review
     * r-t1 F6). The chains are the application's one loaded set ({@code ChainDefinitions.shipped()}, the bean).
     */
    public static BigDecimal payable(BigDecimal total, String jurisdiction, String chainVersion, LocalDate date, String currency) {
        return payable(total, org.tradedesk.taxes.definitions.ChainDefinitions.shipped(), jurisdiction, chainVersion, date, currency);
    }

    /** {@link #payable(BigDecimal, String, String, LocalDate, String)} over the given set of chains. */
    public static BigDecimal payable(BigDecimal total, org.tradedesk.taxes.definitions.ChainDefinitions chains, String jurisdiction,
            String chainVersion, LocalDate date, String currency) {
        if (total == null || currency == null) {
            return total;
        }
        int scale;
        try {
            scale = CurrencyCode.of(currency).isoFractionDigits();
        } catch (RuntimeException e) {
            return total;
        }
        org.tradedesk.taxes.domain.ChainDefinition chain = chains.ranOn(jurisdiction, chainVersion, date);
        // no chain held for it: the currency's minor units
        RoundingRule rule = chain == null ? RoundingRule.NONE : chain.displayRounding();
        if (rule.scale() >= 0 && rule.scale() < scale) {
            scale = rule.scale();
        }
        BigDecimal stripped = total.stripTrailingZeros();
        return Math.max(stripped.scale(), 0) <= scale ? total.setScale(scale, java.math.RoundingMode.UNNECESSARY) : stripped;
    }

    /** A saved total as {@link #payable} gives it, printed with its currency: TWD 604,104 (the list of calculations). */
    public static String payableText(BigDecimal total, String jurisdiction, String chainVersion, LocalDate date, String currency) {
        BigDecimal v = payable(total, jurisdiction, chainVersion, date, currency);
        return v == null ? "" : currency + " " + FORMATS.number(v);
    }

    /** The version of the chain a result ran on, as it recorded it (its {@code CHAIN} source); null in results saved before. */
    public static String chainVersion(org.tradedesk.taxes.TaxResult result) {
        return result == null ? null : result.sources().stream().filter(s -> org.tradedesk.taxes.TaxResult.DataSource.CHAIN.equals(s.kind()))
                .map(org.tradedesk.taxes.TaxResult.DataSource::version).findFirst().orElse(null);
    }

    /** The decimals the worksheet gives amounts in {@code currency}: its ISO 4217 minor units, as {@link #amount} prints them. */
    static int decimals(String currency) {
        return CurrencyCode.of(currency).isoFractionDigits();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * A tariff code as the letter prints it (the schedule's dotted form, 8703.23.90; TW's 11 digits 0902.10.00.00-4), on
     * the worksheet PDF and XLSX and the calculation page alike (acceptance review r-t1 F3: they printed 87032390); a code
     * that is not one of digits (a reference the request gave in words) as given.
     */
    public static String tariffCode(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String digits;
        try {
            digits = org.tradedesk.shared.HsCode.digitsOf(code);
        } catch (RuntimeException e) {
            return code.strip();
        }
        return digits != null && digits.matches("\\d{4,11}") ? new org.tradedesk.shared.HsCode(digits).dotted() : code.strip();
    }

    /** A table row of preformatted cells. */
    public record Row(List<String> cells) {
    }

    /** One option as the PDF worksheet shows it. */
    /**
     * Sentences joined into one cell in the reader's language: "a; b" in English; in Chinese with 「；」 and the full stop only at
     * the end (「…證明；…名單。」, not 「…證明。; …」: acceptance review t1fixD 8).
     */
    static String clauses(List<String> items, Locale lang) {
        if (!"zh".equals(lang.getLanguage())) {
            return String.join("; ", items);
        }
        List<String> bare = items.stream().map(String::strip).map(i -> i.endsWith("。") ? i.substring(0, i.length() - 1) : i).toList();
        boolean stop = items.stream().anyMatch(i -> i.strip().endsWith("。"));
        return String.join("；", bare) + (stop && !bare.isEmpty() ? "。" : "");
    }

    public record OptionTable(String name, List<String> requirements, List<String> columns, List<Row> rows,
            List<String> totals, List<Row> shipment, String grandTotal, List<Row> workings) {
    }

    /** One line of the options comparison. */
    public record OptionTotal(String name, String total, boolean recommended, List<String> requirements, String requirementsText) {
    }

    /** The invoice and its goods as printed: number, date, Incoterms rule, totals, and a row per line. */
    public record ShipmentView(String invoiceNumber, String invoiceDate, String incoterm, String invoiceCurrency,
            String invoiceTotal, String customsValue, List<Row> goods, String deducted) {
    }

    /** One data version as printed. */
    public record VersionRow(String name, String version, String effectiveFrom, String source) {
    }
}
