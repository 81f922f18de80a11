package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tradedesk.reporting.XlsxEmphasis;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxFormulas;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;
import java.util.EnumMap;
import org.tradedesk.taxes.documents.TaxDocument.InputColumn;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;
import org.tradedesk.taxes.documents.TaxDocument.Term;

/**
 * Writes the worksheet (一般稅與貨物稅試算表) as XLSX: a summary sheet comparing the options, one
 * sheet per option with a row per invoice line and a base / rate / amount column triple per step,
 * the per-shipment steps and the total under it, and a sheet of data versions and legal
 * references. Every base, amount and total is a live formula over the inputs and rates, so the
 * sheet recomputes the same figures when opened (or when a coordinator tries another rate).
 */
final class WorksheetXlsxWriter {

    private static final int FIXED_COLUMNS = 4; // line, description, tariff code, origin
    private static final int SHIPMENT_BASE = 2;
    private static final int SHIPMENT_RATE = 3;
    private static final int SHIPMENT_AMOUNT = 4;

    private final TaxDocument doc;
    private final DocumentLabels labels;
    private final XlsxFormat amount;
    private final XlsxFormat exact;
    /** Step codes given a threshold column (an input cell per line) before their base. */
    private final Set<String> thresholdSteps = new HashSet<>();

    WorksheetXlsxWriter(TaxDocument doc, DocumentLabels labels) {
        this.doc = doc;
        this.labels = labels;
        this.amount = XlsxFormat.amount(doc.amountDecimals());
        this.exact = XlsxFormat.exactAmount(doc.amountDecimals());
        for (Option option : doc.options()) {
            option.lines().forEach(l -> l.steps().stream().filter(st -> st.threshold() != null && st.formula())
                    .forEach(st -> thresholdSteps.add(st.code())));
        }
    }

    /** The name of each option's sheet, in the order of the options. */
    private final List<String> optionSheets = new ArrayList<>();

    byte[] write() {
        XlsxWorkbook book = XlsxWorkbook.create().properties(labels.get("worksheet.title") + " " + doc.reference(), doc.language());
        XlsxSheet summary = book.sheet(sheetName(labels.get("sheet.summary"), new HashSet<>()));
        Set<String> names = new HashSet<>(Set.of(summary.name().toLowerCase(Locale.ROOT)));
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < doc.options().size(); i++) {
            Option option = doc.options().get(i);
            XlsxSheet sheet = book.sheet(sheetName(tabName(option, i + 1), names));
            optionSheets.add(sheet.name());
            totals.add(writeOption(sheet, option));
        }
        writeSummary(summary, totals);
        writeSources(book.sheet(sheetName(labels.get("sheet.sources"), names)));
        return book.toBytes();
    }

    private void writeSummary(XlsxSheet sheet, List<String> totalRefs) {
        sheet.columnWidths(34, 18, 18, 14, 18, 12, 60);
        sheet.title(labels.get("worksheet.title"));
        sheet.row().text(labels.get("label.reference")).text(doc.reference());
        sheet.row().text(labels.get("label.client")).text(doc.clientName());
        sheet.row().text(labels.get("label.jurisdiction")).text(labels.orElse("jurisdiction." + doc.jurisdiction(), doc.jurisdiction()));
        sheet.row().text(labels.get("label.date")).date(doc.date());
        sheet.row().text(labels.get("label.currency")).text(doc.currency().value());
        if (doc.advice() != null && doc.advice().incomplete()) {
            // an incomplete result says so before any total: which tax, which line, what is needed
            sheet.skip();
            sheet.row(XlsxEmphasis.TOTAL).text(labels.get("worksheet.incomplete"));
            doc.advice().notComputed().forEach(n -> sheet.row(XlsxEmphasis.NOTE).text(n.in(doc.language())));
        }
        if (doc.advice() != null && !doc.advice().statedNotApplicable().isEmpty()) {
            // a tax the user stated does not apply, named as in the letter (t1fixF 1)
            sheet.skip();
            sheet.row().text(labels.get("worksheet.statedNotApplicable"));
            doc.advice().statedNotApplicable().forEach(n -> sheet.row(XlsxEmphasis.NOTE).text(n.in(doc.language())));
        }
        sheet.skip();
        XlsxRow header = sheet.header(in(doc.language(), List.of(labels.both("label.option"), labels.both("label.grandTotal"),
                labels.both("label.engineTotal"), labels.both("label.check"), labels.both("label.difference"),
                labels.both("label.recommended"), labels.both("label.requirements"))));
        sheet.freezeRowsThrough(header.number());
        int firstOptionRow = sheet.nextRowNumber();
        for (int i = 0; i < doc.options().size(); i++) {
            Option option = doc.options().get(i);
            XlsxRow row = sheet.row(option.code().equals(doc.recommended().code()) ? XlsxEmphasis.TOTAL : XlsxEmphasis.NORMAL);
            List<RoundingRule> both = new ArrayList<>(TaxDocuments.payableRoundings(option));
            both.addAll(TaxDocuments.payableRoundings(doc.options().get(0)));
            XlsxFormat total = format(TaxDocuments.payableRoundings(option));
            row.text(option.name().in(doc.language()))
                    .formula(totalRefs.get(i), total)
                    .amount(option.engineTotal(), decimals(TaxDocuments.payableRoundings(option)))
                    // rounded to the figures' own decimals: a bare subtraction of two totals was stored as its binary
                    // result (-267.13000000000466, acceptance review t1fixI 9)
                    .formula("ROUND(" + row.ref(1) + "-" + row.ref(2) + "," + decimals(TaxDocuments.payableRoundings(option)) + ")", total)
                    .formula("ROUND(" + row.ref(1) + "-" + XlsxSheet.ref(1, firstOptionRow) + "," + decimals(both) + ")", format(both))
                    .text(option.code().equals(doc.recommended().code()) ? "✔" : "")
                    .wrappedText(requirements(option, optionSheets.get(i)));
        }
        sheet.skip();
        sheet.row(XlsxEmphasis.NOTE).text(labels.get("note.formulas"));
    }

    /**
     * What claiming an option requires, line by line, for the summary's one cell. Excel holds at most
     * {@link XlsxRow#MAX_CELL_TEXT} characters in a cell (POI refuses more: an AU batch of 110 lines each claiming a
     * concession with its long requirement was a 500, issue 11); past that the cell names the lines it lists and
     * sends the reader to the option's own sheet, which has every requirement on a row of its own.
     */
    private String requirements(Option option, String sheetName) {
        List<String> each = option.requirements().stream().map(r -> r.in(doc.language())).toList();
        String all = TaxDocuments.clauses(each, doc.language());
        if (all.length() <= XlsxRow.MAX_CELL_TEXT) {
            return all;
        }
        String more = labels.get("summary.requirements.more", each.size(), sheetName);
        StringBuilder cell = new StringBuilder();
        for (String one : each) {
            if (cell.length() + one.length() + 2 + more.length() + 2 > XlsxRow.MAX_CELL_TEXT) {
                break;
            }
            cell.append(one).append("zh".equals(doc.language().getLanguage()) ? "" : "; ");
        }
        return cell.append(more).toString();
    }

    /** Writes one option's sheet and returns the cross-sheet reference to its total. */
    private String writeOption(XlsxSheet sheet, Option option) {
        Locale lang = doc.language();
        Map<String, Step> stepColumns = new LinkedHashMap<>();
        option.lines().forEach(line -> line.steps().forEach(step -> stepColumns.putIfAbsent(step.code(), step)));
        Map<String, Integer> inputColumn = new HashMap<>();
        Map<String, Integer> amountColumn = new HashMap<>();
        int col = FIXED_COLUMNS;
        for (InputColumn input : doc.inputs()) {
            inputColumn.put(input.code(), col++);
        }
        Map<String, Integer> baseColumn = new HashMap<>();
        for (String code : stepColumns.keySet()) {
            if (thresholdSteps.contains(code)) {
                col++;
            }
            baseColumn.put(code, col);
            amountColumn.put(code, col + 2);
            col += 3;
        }
        int[] widths = new int[col];
        widths[0] = 6;
        widths[1] = 34;
        widths[2] = 14;
        widths[3] = 8;
        for (int i = FIXED_COLUMNS; i < col; i++) {
            widths[i] = 15;
        }
        sheet.columnWidths(widths);

        sheet.title(option.name().in(lang));
        for (LocalizedText requirement : option.requirements()) {
            sheet.row(XlsxEmphasis.NOTE).text("").text(requirement.in(lang));
        }
        List<LocalizedText> heads = new ArrayList<>(List.of(labels.both("col.line"), labels.both("col.description"),
                labels.both("col.tariff"), labels.both("col.origin")));
        doc.inputs().forEach(input -> heads.add(input.label()));
        LocalizedText base = labels.both("col.base");
        LocalizedText rate = labels.both("col.rate");
        LocalizedText threshold = labels.both("col.threshold");
        for (Step step : stepColumns.values()) {
            if (thresholdSteps.contains(step.code())) {
                heads.add(joined(step.label(), threshold));
            }
            heads.add(joined(step.label(), base));
            heads.add(joined(step.label(), rate));
            heads.add(step.label());
        }
        String rateRef = null;
        Map<String, String> costRefs = new HashMap<>();
        TaxDocument.Valuation valuation = doc.valuation();
        if (valuation != null) {
            XlsxRow rateRow = sheet.row();
            rateRow.blank().text(labels.get("label.exchangeRate"))
                    .number(valuation.rate(), XlsxFormat.number(Math.max(0, Math.min(8, valuation.rate().stripTrailingZeros().scale()))))
                    .text(valuation.foreignPerLocal() ? valuation.invoiceCurrency() + " / " + doc.currency().value()
                            : doc.currency().value() + " / " + valuation.invoiceCurrency());
            rateRef = XlsxSheet.absoluteLocalRef(2, rateRow.number());
            if (valuation.costs() != null && valuation.costs().byValue()) {
                // the shipment's costs as typed (invoice currency): the lines' shares are formulas of these
                for (String code : List.of(TaxResultDocuments.FREIGHT, TaxResultDocuments.INSURANCE, TaxResultDocuments.OTHER_COSTS)) {
                    XlsxRow costRow = sheet.row();
                    costRow.blank().text(labels.get(SHIPMENT_COST + code)).number(shipmentCost(valuation.costs(), code),
                            XlsxFormat.number(Math.max(2, shipmentCost(valuation.costs(), code).stripTrailingZeros().scale())))
                            .text(valuation.invoiceCurrency());
                    costRefs.put(code, XlsxSheet.absoluteLocalRef(2, costRow.number()));
                }
            }
        }
        XlsxRow header = sheet.header(in(lang, heads));
        sheet.freezeRowsThrough(header.number());

        int first = sheet.nextRowNumber();
        int lastLine = first + option.lines().size() - 1;
        for (Line line : option.lines()) {
            XlsxRow row = sheet.row();
            row.number(BigDecimal.valueOf(line.number()), XlsxFormat.number(0))
                    .text(line.description()).text(TaxDocuments.tariffCode(line.tariffCode())).text(line.origin());
            for (InputColumn input : doc.inputs()) {
                String valued = valuation == null ? null : valuationFormula(input.code(), valuation, rateRef, row, inputColumn);
                if (valued == null) {
                    valued = litresOfAlcoholFormula(input, line, row, inputColumn, valuation);
                }
                if (valued == null && costRefs.containsKey(input.code())) {
                    valued = shareFormula(costRefs.get(input.code()), valuation, rateRef, row, inputColumn, inputColumn.get(input.code()),
                            first, lastLine);
                }
                // a derived value is exact (a converted price): it shows the digits it has, not a rounded figure
                XlsxFormat format = exactInput(input.code()) ? exact : quantityFormat(input);
                if (valued != null) {
                    row.formula(valued, format);
                } else {
                    row.number(line.inputs().get(input.code()), format);
                }
            }
            Map<String, Step> byCode = new HashMap<>();
            line.steps().forEach(s -> byCode.put(s.code(), s));
            for (String code : stepColumns.keySet()) {
                Step step = byCode.get(code);
                if (step == null) {
                    row.blank().blank().blank();
                    if (thresholdSteps.contains(code)) {
                        row.blank();
                    }
                    continue;
                }
                Map<String, String> refs = new HashMap<>();
                inputColumn.forEach((c, i) -> refs.put(c, row.ref(i)));
                amountColumn.forEach((c, i) -> refs.put(c, row.ref(i)));
                writeStep(row, step, refs);
            }
        }
        int last = sheet.nextRowNumber() - 1;

        XlsxRow totalRow = sheet.row(XlsxEmphasis.TOTAL);
        if (totalRow.number() != lastLine + 1) {
            throw new IllegalStateException("the lines' shares refer to the total row right after the last line");
        }
        totalRow.blank().text(labels.get("label.linesTotal"));
        Map<String, String> lineTotals = new HashMap<>();
        for (InputColumn input : doc.inputs()) {
            if (TaxResultDocuments.ALCOHOL_BY_VOLUME.equals(input.code())) {
                continue; // strengths do not add up
            }
            int c = inputColumn.get(input.code());
            totalRow.at(c).formula("SUM(" + XlsxSheet.range(c, first, last) + ")", XlsxFormat.number(input.decimals()));
            lineTotals.put(input.code(), XlsxSheet.ref(c, totalRow.number()));
        }
        Map<String, List<RoundingRule>> roundings = new HashMap<>();
        option.lines().forEach(l -> l.steps().forEach(st -> roundings.computeIfAbsent(st.code(), k -> new ArrayList<>()).add(st.rounding())));
        for (String code : stepColumns.keySet()) {
            int c = amountColumn.get(code);
            // ROUND(…, 10): each amount is already as the law rounds it; this only clears the binary noise of adding doubles
            totalRow.at(c).formula("ROUND(SUM(" + XlsxSheet.range(c, first, last) + "),10)", format(roundings.get(code)));
            lineTotals.put(code, XlsxSheet.ref(c, totalRow.number()));
        }

        List<String> payable = new ArrayList<>();
        stepColumns.values().stream().filter(Step::payable).forEach(s -> payable.add(lineTotals.get(s.code())));
        if (!option.shipmentSteps().isEmpty()) {
            sheet.skip();
            sheet.row(XlsxEmphasis.HEADER).blank().text(labels.get("label.shipment")).text(labels.get("col.base"))
                    .text(labels.get("col.rate")).text(labels.get("col.amount")).text(labels.get("col.legal"));
            Map<String, String> refs = new HashMap<>(lineTotals);
            for (Step step : option.shipmentSteps()) {
                XlsxRow row = sheet.row();
                // the tax by its name in the reader's language (column B, under "shipment"), not its internal code
                row.blank().text(step.label().in(lang));
                if (LOW_VALUE.equals(step.code()) && step.threshold() != null && lineTotals.containsKey(TaxResultDocuments.CUSTOMS_VALUE)) {
                    writeLowValueTest(row, step, lineTotals.get(TaxResultDocuments.CUSTOMS_VALUE));
                } else {
                    writeStep(row, step, refs);
                }
                row.text(step.legalReference() == null ? "" : labels.law(step.legalReference().citation()));
                refs.put(step.code(), row.ref(SHIPMENT_AMOUNT));
                if (step.payable()) {
                    payable.add(row.ref(SHIPMENT_AMOUNT));
                }
            }
        }
        sheet.skip();
        XlsxRow grand = sheet.row(XlsxEmphasis.TOTAL);
        grand.blank().text(labels.get("label.withCurrency", labels.get("label.grandTotal"), doc.currency().value())).at(SHIPMENT_AMOUNT)
                .formula(payable.isEmpty() ? "0" : "ROUND(" + String.join("+", payable) + ",10)", format(TaxDocuments.payableRoundings(option)));
        return sheet.absoluteRef(SHIPMENT_AMOUNT, grand.number());
    }

    /**
     * Writes a step's cells at the row's current position — its threshold (when the step has a threshold
     * column), base, rate and amount — every derived one by formula: the base from the cells it adds up
     * (or the quantity a specific rate is charged on), the amount as the rate's arithmetic on it with the
     * law's rounding, the threshold's excess and the minimum not collected. A step the document could not
     * rebuild exactly keeps the engine's figures as values.
     */
    private void writeStep(XlsxRow row, Step step, Map<String, String> refs) {
        String thresholdRef = null;
        if (thresholdSteps.contains(step.code())) {
            if (step.threshold() != null && step.formula()) {
                // the threshold cell stays a number the formulas use; a threshold to confirm says so in the cell (t1fixD 7)
                row.number(step.threshold(), step.thresholdToConfirm()
                        ? XlsxFormat.amount(doc.amountDecimals(),
                                ("zh".equals(doc.language().getLanguage()) ? "" : " ") + labels.get("worksheet.thresholdToConfirm"))
                        : XlsxFormat.amount(doc.amountDecimals()));
                thresholdRef = row.ref(row.nextColumn() - 1);
            } else {
                row.blank();
            }
        }
        Map<UnitOfMeasure.Dimension, String> quantities = new EnumMap<>(UnitOfMeasure.Dimension.class);
        for (UnitOfMeasure.Dimension d : UnitOfMeasure.Dimension.values()) {
            String ref = refs.get(TaxResultDocuments.quantityCode(d));
            if (ref != null) {
                quantities.put(d, ref);
            }
        }
        // a threshold needs its input cell: a step with one but no column (a shipment step) keeps the engine's figures
        boolean formula = step.formula() && (step.threshold() == null || thresholdRef != null);
        DutyExpression.Specific specific = step.specific();
        boolean onQuantity = formula && specific != null && thresholdRef == null;
        int baseCol = row.nextColumn();
        if (!formula && specific != null && quantities.containsKey(specific.unit().dimension())) {
            // a specific rate's base is its quantity, even where the amount stays the engine's (review r-t1b 3)
            row.formula(quantities.get(specific.unit().dimension()), XlsxFormat.number(4));
        } else if (!formula) {
            row.number(step.engineBase(), exact);
        } else if (onQuantity) {
            row.formula(quantities.get(specific.unit().dimension()), XlsxFormat.number(4));
        } else {
            row.formula(baseExpression(step, refs), exact);
        }
        String baseRef = row.ref(baseCol);
        int rateCol = row.nextColumn();
        if (step.ratePercent()) {
            row.percent(step.rate(), Math.max(0, Math.min(6, step.rate().stripTrailingZeros().scale() - 2)));
        } else if (onQuantity) {
            BigDecimal perUnit = WorksheetFormulas.perBaseUnit(specific);
            row.number(perUnit, XlsxFormat.number(Math.max(0, Math.min(8, perUnit.scale()))));
        } else if (formula && step.expression() == null) {
            // a plain factor on the base (a document built without an expression)
            row.number(step.rate(), XlsxFormat.number(Math.max(0, Math.min(8, step.rate().stripTrailingZeros().scale()))));
        } else {
            row.text(step.rateText() == null ? "" : labels.rate(step.rateText()));
        }
        if (!formula) {
            row.amount(step.engineAmount(), decimals(List.of(step.rounding())));
            return;
        }
        String taxable = thresholdRef == null ? baseRef
                : "(" + baseRef + "-" + thresholdRef + ")" + factor(step);
        String raw;
        if (step.ratePercent() || onQuantity || step.expression() == null) {
            raw = taxable + "*" + row.ref(rateCol);
        } else {
            raw = WorksheetFormulas.amount(step.expression(), taxable, quantities);
        }
        String amountFormula = XlsxFormulas.rounded(raw, step.rounding());
        if (thresholdRef != null) {
            // nothing is payable on a base that does not exceed the threshold (A New Tax System (Luxury Car Tax) Act 1999 s 5-15)
            amountFormula = "IF(" + baseRef + "<=" + thresholdRef + ",0," + amountFormula + ")";
        }
        if (step.notCollectedAtOrBelow() != null) {
            amountFormula = "IF(" + amountFormula + "<=" + step.notCollectedAtOrBelow().toPlainString() + ",0," + amountFormula + ")";
        }
        row.formula(amountFormula, format(List.of(step.rounding())));
    }

    /**
     * The decimals an amount under {@code rules} is shown in: the rules' unit where the law rounds to fewer decimals than
     * the currency's minor unit (whole NT$), else the document's ({@link TaxDocuments#rounded}, one rule with the pages).
     */
    private int decimals(java.util.Collection<RoundingRule> rules) {
        int whole = TaxDocuments.wholeScale(doc.currency().value(), rules == null ? List.of() : rules);
        return whole >= 0 ? Math.min(whole, doc.amountDecimals()) : doc.amountDecimals();
    }

    private XlsxFormat format(java.util.Collection<RoundingRule> rules) {
        int d = decimals(rules);
        return d == doc.amountDecimals() ? amount : XlsxFormat.amount(d);
    }

    /**
     * The litres of alcohol of a line the engine counted from its volume and strength, by formula: volume × (strength −
     * the strength the rate counts from, beer: 1.15) / 100, with the chain's rounding of litres of alcohol (Australia:
     * truncated to one decimal, the ATO's rule), so a changed volume or strength changes the duty. Null when the line's
     * litres of alcohol were given as such, or the cell is another one.
     */
    /**
     * A quantity cell says its unit after the figure, in the reader's language (1000 個, 500 公斤), the value staying a number
     * the formulas use; the column is headed by what it counts (數量, 淨重), not by a unit a row may not be in (t1fixH 2).
     */
    private XlsxFormat quantityFormat(InputColumn input) {
        for (UnitOfMeasure.Dimension d : UnitOfMeasure.Dimension.values()) {
            if (TaxResultDocuments.quantityCode(d).equals(input.code())) {
                return new XlsxFormat(XlsxFormat.Kind.NUMBER, input.decimals(), " " + labels.unit(d.baseUnit(), d.baseSymbol()));
            }
        }
        return XlsxFormat.number(input.decimals());
    }

    private static String litresOfAlcoholFormula(InputColumn input, Line line, XlsxRow row, Map<String, Integer> columns,
            TaxDocument.Valuation valuation) {
        String lal = TaxResultDocuments.quantityCode(UnitOfMeasure.Dimension.ALCOHOL);
        String volume = TaxResultDocuments.quantityCode(UnitOfMeasure.Dimension.VOLUME);
        if (valuation == null || !lal.equals(input.code()) || !line.inputs().containsKey(TaxResultDocuments.ALCOHOL_BY_VOLUME)
                || !columns.containsKey(volume) || !line.inputs().containsKey(volume)) {
            return null;
        }
        BigDecimal above = line.steps().stream().map(Step::specific)
                .filter(sp -> sp != null && sp.unit().dimension() == UnitOfMeasure.Dimension.ALCOHOL && sp.alcoholAbovePercent() != null)
                .map(DutyExpression.Specific::alcoholAbovePercent).findFirst().orElse(null);
        String strength = row.ref(columns.get(TaxResultDocuments.ALCOHOL_BY_VOLUME));
        String percent = above == null ? strength : "MAX(0," + strength + "-" + above.toPlainString() + ")";
        // ROUND(…, 10) clears the binary noise of the product (3.2801999… for 3.2802) before a truncation
        return XlsxFormulas.rounded("ROUND(" + row.ref(columns.get(volume)) + "*" + percent + "/100,10)", input.rounding());
    }

    private static final String LOW_VALUE = "LOW_VALUE";

    /**
     * The low-value test as formulas: its base the lines' total customs value (a reference, so a changed invoice value
     * moves it), its threshold the rule's figure, and the outcome (at or below the threshold, or above it) tested on
     * them. It is no tax: nothing of it is added to the total.
     */
    private void writeLowValueTest(XlsxRow row, Step step, String customsValueTotal) {
        int baseCol = row.nextColumn();
        row.formula(customsValueTotal, exact);
        String base = row.ref(baseCol);
        int thresholdCol = row.nextColumn();
        row.amount(step.threshold(), doc.amountDecimals());
        String threshold = row.ref(thresholdCol);
        row.formula("IF(" + base + "<=" + threshold + ",\"" + quoted(labels.get("lowValue.atOrBelow")) + "\",\""
                + quoted(labels.get("lowValue.above")) + "\")", XlsxFormat.text());
    }

    private static String quoted(String text) {
        return text.replace("\"", "\"\"");
    }

    private static boolean exactInput(String code) {
        return TaxResultDocuments.CUSTOMS_VALUE.equals(code) || TaxResultDocuments.TRANSPORT_INSURANCE.equals(code);
    }

    /** The factor on a threshold's excess, as the chain gives it ("*10/11"), or nothing when it is 1. */
    private static String factor(Step step) {
        String numerator = step.factorNumerator().compareTo(BigDecimal.ONE) == 0 ? "" : "*" + step.factorNumerator().toPlainString();
        String denominator = step.factorDenominator().compareTo(BigDecimal.ONE) == 0 ? "" : "/" + step.factorDenominator().toPlainString();
        return numerator + denominator;
    }

    /**
     * The customs value or the transport and insurance of a line from its inputs, as the engine values
     * them (TaxEngine.value): the price converted by multiplying by a local-per-foreign rate or dividing
     * by a foreign-per-local one, less the local shares of the freight and insurance its Incoterm
     * includes, plus, on a CIF basis, freight and insurance, plus other costs. The engine carries a
     * converted amount to at most 10 decimals; ROUND(…, 10) does the same and clears the binary noise
     * of the spreadsheet's arithmetic (714062.4999999999 for 714062.5), which a later rounding to whole
     * dollars would otherwise turn into a different figure. Null for any other column.
     */
    private static String valuationFormula(String code, TaxDocument.Valuation v, String rate, XlsxRow row,
            Map<String, Integer> columns) {
        String value = row.ref(columns.get(TaxResultDocuments.INVOICE_VALUE));
        String freight = row.ref(columns.get(TaxResultDocuments.FREIGHT));
        String insurance = row.ref(columns.get(TaxResultDocuments.INSURANCE));
        String other = row.ref(columns.get(TaxResultDocuments.OTHER_COSTS));
        if (TaxResultDocuments.CUSTOMS_VALUE.equals(code)) {
            String converted = "ROUND(" + value + (v.foreignPerLocal() ? "/" : "*") + rate + ",10)";
            String fob = converted + (v.priceIncludesFreight() ? "-" + freight : "") + (v.priceIncludesInsurance() ? "-" + insurance : "");
            String cv = "ROUND(" + fob + (v.cif() ? "+" + freight + "+" + insurance : "") + "+" + other + ",10)";
            // the chain's own rule for the value (TW: 完稅價格 in whole NT$, truncated; taxes/chains/TW.json customsValue)
            return org.tradedesk.reporting.XlsxFormulas.rounded(cv, v.valueRounding());
        }
        if (TaxResultDocuments.TRANSPORT_INSURANCE.equals(code)) {
            return freight + "+" + insurance;
        }
        return null;
    }

    /** The labels of the shipment's cost rows: {@code taxes.documents.label.shipment.FREIGHT}, ….INSURANCE, ….OTHER_COSTS. */
    private static final String SHIPMENT_COST = "label.shipment.";

    private static BigDecimal shipmentCost(TaxDocument.Valuation.ShipmentCosts costs, String code) {
        return switch (code) {
            case TaxResultDocuments.FREIGHT -> costs.freight();
            case TaxResultDocuments.INSURANCE -> costs.insurance();
            default -> costs.otherCosts();
        };
    }

    /**
     * A line's share of a shipment cost as the engine allocates it (Valuation, CostAllocation): the total converted to the
     * local currency in cents (half up), each line but the last its part by invoice value in cents, the last the rest, so the
     * shares add up to the converted total exactly. A changed total or exchange rate in the sheet re-shares it.
     */
    private static String shareFormula(String totalRef, TaxDocument.Valuation v, String rate, XlsxRow row, Map<String, Integer> columns,
            int shareColumn, int first, int last) {
        String local = "ROUND(" + totalRef + (v.foreignPerLocal() ? "/" : "*") + rate + ",2)";
        if (first == last) {
            return local;
        }
        int valueColumn = columns.get(TaxResultDocuments.INVOICE_VALUE);
        if (row.number() < last) {
            // the lines' invoice value is the total row's sum (the row after the last line), referenced absolutely: one sum for the
            // sheet, not one per line, whose evaluation grew with the square of the lines (5,000 lines never answered; issue 6)
            return "ROUND(" + local + "*" + row.ref(valueColumn) + "/" + XlsxSheet.absoluteLocalRef(valueColumn, last + 1) + ",2)";
        }
        // ROUND(…, 2): the rest is in cents already; this clears the binary noise of subtracting doubles
        return "ROUND(" + local + "-SUM(" + XlsxSheet.range(shareColumn, first, last - 1) + "),2)";
    }

    private static String baseExpression(Step step, Map<String, String> refs) {
        StringBuilder sum = new StringBuilder();
        for (Term term : step.terms()) {
            if (term.negative()) {
                sum.append('-');
            } else if (!sum.isEmpty()) {
                sum.append('+');
            }
            sum.append(refs.get(term.code()));
        }
        if (step.adjustment().signum() > 0) {
            sum.append('+').append(step.adjustment().toPlainString());
        } else if (step.adjustment().signum() < 0) {
            return "MAX(0," + sum + step.adjustment().toPlainString() + ")";
        }
        return sum.toString();
    }

    private void writeSources(XlsxSheet sheet) {
        Locale lang = doc.language();
        sheet.columnWidths(36, 18, 14, 50);
        sheet.title(labels.get("sheet.sources"));
        XlsxRow header = sheet.header(in(lang, List.of(labels.both("col.dataset"), labels.both("col.version"),
                labels.both("col.effective"), labels.both("col.source"))));
        sheet.freezeRowsThrough(header.number());
        for (TaxDocument.DataVersion v : doc.dataVersions()) {
            sheet.row().text(labels.render(v.label(), v.name().in(lang))).text(v.versionText() != null ? labels.render(v.versionText(), v.version()) : v.version()).date(v.effectiveFrom(), lang)
                    .wrappedText(labels.render(v.sourceText(), v.source()));
        }
        sheet.skip();
        sheet.header(in(lang, List.of(labels.both("col.step"), labels.both("col.rate"),
                labels.both("col.rounding"), labels.both("col.legal"))));
        Set<String> seen = new HashSet<>();
        for (Option option : doc.options()) {
            List<Step> steps = new ArrayList<>();
            option.lines().forEach(l -> steps.addAll(l.steps()));
            steps.addAll(option.shipmentSteps());
            for (Step step : steps) {
                String key = step.code() + '|' + step.rateText() + '|' + step.legalReference() + '|' + step.roundingToConfirm();
                if (seen.add(key)) {
                    XlsxRow row = sheet.row().text(step.label().in(lang)).text(labels.rate(step.rateText()))
                            .text(labels.rounding(step));
                    row.wrappedText((step.legalReference() == null ? "" : labels.law(step.legalReference().citation()))
                            + (step.formula() ? "" : " — " + labels.get("note.engineValue", labels.rate(step.rateText()))));
                }
            }
        }
    }

    private static LocalizedText joined(LocalizedText a, LocalizedText b) {
        return LocalizedText.of(a.in(Locale.TRADITIONAL_CHINESE) + b.in(Locale.TRADITIONAL_CHINESE),
                a.in(Locale.ENGLISH) + " " + b.in(Locale.ENGLISH).toLowerCase(Locale.ENGLISH));
    }

    /**
     * An option's tab: its name where Excel's 31 characters hold it, else its scheme code and its number among the options
     * ("CPTPP 3"), never a name cut mid-word ("CPTPP (Free  line not in Schedu": acceptance review t1fixG 8); the full name
     * is the sheet's first row (its title).
     */
    private String tabName(Option option, int number) {
        String full = option.name().in(doc.language()).replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (full.length() <= MAX_TAB) {
            return full;
        }
        String code = option.code().replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        String suffix = " " + number;
        return (code.length() > MAX_TAB - suffix.length() ? code.substring(0, MAX_TAB - suffix.length()) : code) + suffix;
    }

    /** Excel's longest sheet name. */
    private static final int MAX_TAB = 31;

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique ignoring case. */
    private static String sheetName(String wanted, Set<String> used) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.startsWith("'")) {
            clean = clean.substring(1);
        }
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        String name = clean.length() > 31 ? clean.substring(0, 31) : clean;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = (clean.length() > 31 - suffix.length() ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Header labels in the document's one language. */
    private static String[] in(java.util.Locale lang, List<LocalizedText> labels) {
        return labels.stream().map(l -> l.in(lang)).toArray(String[]::new);
    }
}
