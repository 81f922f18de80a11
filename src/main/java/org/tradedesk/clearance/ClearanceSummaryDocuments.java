package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.FindingNames;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.reporting.XlsxEmphasis;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import org.tradedesk.shared.MessageText;

/**
 * The XLSX files of the document set (O4.6.1) built with {@code reporting}: the worksheet of a declaration (every item's
 * customs value and each duty and tax with its rate, base and amount, exactly as the tax engine computed them when the
 * declaration was drafted, and the totals) and the findings of the file's document checks.
 */
final class ClearanceSummaryDocuments {

    private ClearanceSummaryDocuments() {
    }

    /** Columns of the worksheet's item rows (0-based). */
    private static final int CV = 7;
    private static final int SHARE = 8;
    private static final int TAX_AMOUNT = 12;

    /**
     * The worksheet (acceptance review, t4fixM: the AU GST base could not be checked by hand): each item with its source
     * invoice and line, its customs value and — Australia — its share of the transport and insurance to the border (the
     * value of the taxable importation, GST Act s 13-20(2), is the customs value + duty + transport and insurance + WET;
     * the share is what the engine's GST base holds beyond the customs value and the other duties), each duty and tax
     * with its rate, base and amount as the engine computed them, and the derived cells as live formulas: the transport
     * and insurance in local currency ((freight + insurance) × rate), the GST base rebuilt from the item's cells beside the
     * engine's, and the totals.
     */
    static byte[] worksheet(DeclarationView d, Locale language, BiFunction<String, Locale, String> text) {
        DeclarationMessage m = d.declaration();
        boolean au = "AU".equals(m.jurisdiction());
        // the decimals of the local-currency columns and of the invoice currency's (t4fixW: a TWD column whole, AUD to the cent)
        int lc = ClearanceFigures.decimals(BigDecimal.ZERO, m.localCurrency());
        int fc = ClearanceFigures.decimals(BigDecimal.ZERO, m.currency());
        // an export declaration: the FOB value and the export fee, not the customs value and duties (t4fixZ2 5)
        String x = m.export() != null ? ".export" : "";
        String title = text.apply("clearance.worksheet.title" + x, language);
        XlsxWorkbook book = XlsxWorkbook.create().properties(title + " " + TransactionView.fileReference(m.reference(), d.transactionId()) + " v" + d.version(), language);
        XlsxSheet sheet = book.sheet(text.apply("clearance.worksheet.sheet", language));
        sheet.columnWidths(6, 14, 6, 36, 14, 8, 10, 16, 16, 10, 10, 16, 16, 16);
        sheet.title(title);
        sheet.row().text(text.apply("clearance.report.transaction", language)).text(TransactionView.fileReference(m.reference(), d.transactionId()));
        sheet.row().text(text.apply("clearance.worksheet.version", language)).amount(BigDecimal.valueOf(d.version()), 0)
                .amount(BigDecimal.valueOf(d.revision()), 0);
        XlsxRow rateRow = sheet.row().text(text.apply("clearance.worksheet.rate", language)).text(nz(m.currency()))
                .number(m.exchangeRate(), org.tradedesk.reporting.XlsxFormat.exactAmount(0)).text(nz(m.localCurrency()));
        if (d.typedRate() != null) {
            // the rate was typed, not the table's (t4fixL): said, with the reason given
            sheet.row().text(text.apply("clearance.worksheet.rate-typed", language))
                    .text(d.typedRate().reason() == null ? text.apply("clearance.worksheet.rate-typed.no-reason", language) : d.typedRate().reason());
        }
        String rateRef = sheet.absoluteRef(2, rateRow.number());
        String transportRef = null;
        if (au) {
            XlsxRow freight = sheet.row().text(text.apply("clearance.worksheet.freight", language)).text(nz(m.currency()));
            cell(freight, m.freight(), fc);
            XlsxRow insurance = sheet.row().text(text.apply("clearance.worksheet.insurance", language)).text(nz(m.currency()));
            cell(insurance, m.insurance(), fc);
            // (freight + insurance) × rate: the transport and insurance to the border in local currency, shared over the items
            XlsxRow local = sheet.row().text(text.apply("clearance.worksheet.transport-local", language)).text(nz(m.localCurrency()))
                    .formula("(" + sheet.absoluteRef(2, freight.number()) + "+" + sheet.absoluteRef(2, insurance.number()) + ")*" + rateRef,
                            money(lc));
            transportRef = sheet.absoluteRef(2, local.number());
        }
        sheet.skip();
        // every column headed (t4fixU 4: the Taiwan worksheet's transport column had an empty heading); the GST check is Australia's only
        List<String> headings = new java.util.ArrayList<>(List.of(text.apply("clearance.worksheet.item", language),
                text.apply("clearance.worksheet.invoice", language),
                text.apply("clearance.worksheet.invoice-line", language), text.apply("clearance.worksheet.description", language),
                text.apply("clearance.worksheet.tariff", language), text.apply("clearance.worksheet.origin", language),
                text.apply("clearance.worksheet.preference", language), text.apply("clearance.worksheet.customs-value" + x, language),
                text.apply(au ? "clearance.worksheet.transport-share" : "clearance.worksheet.transport-share.included", language),
                text.apply("clearance.worksheet.tax", language), text.apply("clearance.worksheet.tax-rate", language),
                text.apply("clearance.worksheet.tax-base", language), text.apply("clearance.worksheet.tax-amount", language)));
        if (au) {
            headings.add(text.apply("clearance.worksheet.gst-base-check", language));
        }
        XlsxRow header = sheet.header(headings.toArray(String[]::new));
        sheet.freezeRowsThrough(header.number());
        int firstItemRow = sheet.nextRowNumber();
        List<Integer> itemRows = new java.util.ArrayList<>();
        // Taiwan's trade promotion fee rows of the items (their bases and shares), for the fee on the declaration's total below
        List<Integer> feeRows = new java.util.ArrayList<>();
        for (DeclarationMessage.DeclarationItem it : m.items()) {
            List<DeclarationMessage.DutyTax> taxes = it.dutiesAndTaxes().isEmpty() ? java.util.Collections.singletonList(null) : it.dutiesAndTaxes();
            int itemRow = sheet.nextRowNumber();
            itemRows.add(itemRow);
            // the rows of the duties added to the value before GST (customs duty, WET): not GST, not the LCT on top of it
            List<Integer> addedRows = new java.util.ArrayList<>();
            for (int i = 0; i < taxes.size(); i++) {
                if (taxes.get(i) != null && !List.of("GST", "LCT").contains(taxes.get(i).type())) {
                    addedRows.add(itemRow + i);
                }
            }
            boolean first = true;
            for (DeclarationMessage.DutyTax t : taxes) {
                XlsxRow row = sheet.row();
                if (first) {
                    row.amount(BigDecimal.valueOf(it.sequence()), 0);
                    DeclarationMessage.ItemSource source = it.source();
                    row.text(source == null ? "" : nz(source.invoiceNumber()));
                    if (source == null || source.line() == null) {
                        row.blank();
                    } else {
                        row.amount(BigDecimal.valueOf(source.line()), 0);
                    }
                    row.wrappedText(nz(it.description())).text(nz(it.tariffCode()))
                            .text(nz(it.originCountry()))
                            // no preference claimed: said (t4fixU 4: the column was blank where the general rate applies)
                            .text(it.preferenceClaimed() == null || it.preferenceClaimed().isBlank()
                                    ? text.apply("clearance.worksheet.preference.none", language) : scheme(it.preferenceClaimed(), language, text))
                            .amount(it.customsValue(), lc);
                    if (au) {
                        cell(row, transportShare(it), lc);
                    } else {
                        row.blank();
                    }
                } else {
                    row.blank().blank().blank().blank().blank().blank().blank().blank().blank();
                }
                first = false;
                if (t != null && !au && "TPF".equals(t.type())) {
                    feeRows.add(row.number());
                }
                if (t != null) {
                    // the tax by its name in the reader's language (acceptance review F10: 「DUTY / VAT / TPF」 in the zh worksheet)
                    org.tradedesk.shared.MessageText.Arg named = org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.type());
                    row.text(named.kind() == org.tradedesk.shared.MessageText.Kind.CODE ? text.apply(named.value(), language)
                            : String.valueOf(t.type()));
                    cell(row, t.rate(), 4);
                    cell(row, t.base(), lc);
                    cell(row, t.amount(), lc);
                    if (au && "GST".equals(t.type())) {
                        // customs value + transport and insurance share + the duties before GST, beside the engine's base
                        StringBuilder f = new StringBuilder(XlsxSheet.ref(CV, itemRow) + "+" + XlsxSheet.ref(SHARE, itemRow));
                        addedRows.forEach(r -> f.append("+").append(XlsxSheet.ref(TAX_AMOUNT, r)));
                        row.formula(f.toString(), money(lc));
                    }
                }
            }
        }
        if (!au && !feeRows.isEmpty() && d.roundingDifference().signum() != 0) {
            // one figure everywhere (acceptance review: the worksheet's SUM said NT$48,618, the declaration NT$48,619): Taiwan's
            // 推廣貿易服務費 is levied once per declaration on its total 完稅價格 (推廣貿易服務費收費辦法 第3條: 0.04 %, truncated to
            // whole NT$ by the chain's rule), as the declaration's header carries it (DeclarationValidation#taiwanHeaderTotal),
            // not the items' truncated shares added up; this row adds what the fee on the total is beyond the items' shares, as a
            // live formula over their bases, so the total below is the declaration's
            String bases = String.join(",", feeRows.stream().map(r -> XlsxSheet.ref(TAX_AMOUNT - 1, r)).toList());
            String shares = String.join(",", feeRows.stream().map(r -> XlsxSheet.ref(TAX_AMOUNT, r)).toList());
            XlsxRow fee = sheet.row().text(text.apply("clearance.worksheet.fee-on-total", language))
                    .blank().blank().blank().blank().blank().blank().blank().blank();
            DeclarationMessage.DutyTax first = m.items().stream().flatMap(it -> it.dutiesAndTaxes().stream())
                    .filter(t -> "TPF".equals(t.type())).findFirst().orElseThrow();
            org.tradedesk.shared.MessageText.Arg named = org.tradedesk.clearance.messages.DutyNoticeCheck.taxType("TPF");
            fee.text(named.kind() == org.tradedesk.shared.MessageText.Kind.CODE ? text.apply(named.value(), language) : "TPF");
            cell(fee, first.rate(), 4);
            fee.formula("SUM(" + bases + ")", money(lc));
            fee.formula("ROUNDDOWN(SUM(" + bases + ")*" + XlsxSheet.ref(TAX_AMOUNT - 2, fee.number()) + "/100,0)-SUM(" + shares + ")",
                    money(lc));
        }
        int lastItemRow = sheet.nextRowNumber() - 1;
        sheet.skip();
        XlsxRow cvTotal = sheet.row(XlsxEmphasis.TOTAL).text(text.apply("clearance.worksheet.customs-value-total" + x, language))
                .blank().blank().blank().blank().blank().blank();
        if (lastItemRow >= firstItemRow) {
            cvTotal.formula("SUM(" + XlsxSheet.range(CV, firstItemRow, lastItemRow) + ")", org.tradedesk.reporting.XlsxFormat.amount(lc));
            if (au) {
                cvTotal.formula("SUM(" + XlsxSheet.range(SHARE, firstItemRow, lastItemRow) + ")", org.tradedesk.reporting.XlsxFormat.amount(lc));
            }
        } else {
            cvTotal.amount(m.customsValueTotal(), lc);
        }
        XlsxRow dutiesTotal = sheet.row(XlsxEmphasis.TOTAL).text(text.apply("clearance.worksheet.duties-total" + x, language)).blank().blank().blank()
                .blank().blank().blank().blank().blank().blank().blank().blank();
        if (lastItemRow >= firstItemRow) {
            dutiesTotal.formula("SUM(" + XlsxSheet.range(TAX_AMOUNT, firstItemRow, lastItemRow) + ")", org.tradedesk.reporting.XlsxFormat.amount(lc));
        } else {
            dutiesTotal.amount(m.dutiesAndTaxesTotal(), lc);
        }
        if (au && transportRef != null) {
            sheet.row(XlsxEmphasis.NOTE).text(text.apply("clearance.worksheet.transport-note", language));
        }
        sheet.row(XlsxEmphasis.NOTE).text(text.apply("clearance.worksheet.source", language));
        return book.toBytes();
    }

    /**
     * An item's share of the transport and insurance to the border as the engine applied it (AU): its GST base less its
     * customs value and the duties added before GST (customs duty, WET); null when the item has no GST.
     */
    static BigDecimal transportShare(DeclarationMessage.DeclarationItem it) {
        DeclarationMessage.DutyTax gst = it.dutiesAndTaxes().stream().filter(t -> "GST".equals(t.type())).findFirst().orElse(null);
        if (gst == null || gst.base() == null || it.customsValue() == null) {
            return null;
        }
        BigDecimal added = it.dutiesAndTaxes().stream().filter(t -> !List.of("GST", "LCT").contains(t.type()) && t.amount() != null)
                .map(DeclarationMessage.DutyTax::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return gst.base().subtract(it.customsValue()).subtract(added);
    }

    /**
     * The findings as the client reads them: the rule by its title, the documents and fields by their names
     * ({@link FindingNames}), never our internal names ({@code cross.figures}, {@code COMMERCIAL_INVOICE#6},
     * {@code grossMassKg}); {@code documents} the file's documents by id (the invoices' own line numbers).
     */
    static byte[] findings(long fileId, List<Finding> findings, java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents,
            Locale language, BiFunction<String, Locale, String> text, Function<MessageText, String> render) {
        String title = text.apply("clearance.docset.findings", language);
        XlsxWorkbook book = XlsxWorkbook.create().properties(title + " " + fileId, language);
        XlsxSheet sheet = book.sheet(text.apply("clearance.worksheet.findings-sheet", language));
        sheet.columnWidths(12, 24, 40, 60, 30);
        sheet.title(title);
        XlsxRow header = sheet.header(text.apply("clearance.findings.severity", language), text.apply("clearance.findings.rule", language),
                text.apply("clearance.findings.where", language),
                text.apply("clearance.findings.explanation", language), text.apply("clearance.findings.regulation", language));
        sheet.freezeRowsThrough(header.number());
        for (Finding f : findings) {
            sheet.row().text(text.apply("clearance.finding.severity." + f.severity(), language))
                    .wrappedText(render.apply(FindingNames.rule(f.rule())))
                    .wrappedText(render.apply(FindingNames.where(f, documents)))
                    .wrappedText(render.apply(f.message()))
                    .wrappedText(f.regulationText() == null ? "" : render.apply(f.regulationText()));
        }
        if (findings.isEmpty()) {
            sheet.row().text(text.apply("clearance.docset.no-findings", language));
        }
        return book.toBytes();
    }

    private static void cell(XlsxRow row, BigDecimal value, int decimals) {
        if (value == null) {
            row.blank();
        } else {
            row.number(value, decimals == 4 ? org.tradedesk.reporting.XlsxFormat.exactAmount(0) : money(decimals));
        }
    }

    /**
     * An amount cell's format: whole dollars for a currency without minor unit in practice (TWD: "48,619", not "48,619.00"
     * nor the "48,619." an exact format with no decimal shows), else at least the minor unit and every further decimal the
     * exact value has.
     */
    static org.tradedesk.reporting.XlsxFormat money(int decimals) {
        return decimals == 0 ? org.tradedesk.reporting.XlsxFormat.amount(0) : org.tradedesk.reporting.XlsxFormat.exactAmount(decimals);
    }

    /** A scheme in the reader's words (t4fixW: 「TW_COLUMN_II」 in the zh worksheet); an agreement's name as written. */
    private static String scheme(String code, Locale language, BiFunction<String, Locale, String> text) {
        MessageText.Arg named = org.tradedesk.clearance.domain.SchemeLabels.of(code);
        return named.kind() == MessageText.Kind.CODE ? text.apply(named.value(), language) : named.value();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
