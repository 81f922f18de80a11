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

    static byte[] worksheet(DeclarationView d, Locale language, BiFunction<String, Locale, String> text) {
        DeclarationMessage m = d.declaration();
        String title = text.apply("clearance.worksheet.title", language);
        XlsxWorkbook book = XlsxWorkbook.create().properties(title + " " + TransactionView.fileReference(m.reference(), d.transactionId()) + " v" + d.version(), language);
        XlsxSheet sheet = book.sheet(text.apply("clearance.worksheet.sheet", language));
        sheet.columnWidths(6, 40, 14, 8, 10, 16, 10, 10, 16, 16);
        sheet.title(title);
        sheet.row().text(text.apply("clearance.report.transaction", language)).text(TransactionView.fileReference(m.reference(), d.transactionId()));
        sheet.row().text(text.apply("clearance.worksheet.version", language)).amount(BigDecimal.valueOf(d.version()), 0)
                .amount(BigDecimal.valueOf(d.revision()), 0);
        sheet.row().text(text.apply("clearance.worksheet.rate", language)).text(nz(m.currency()))
                .number(m.exchangeRate(), org.tradedesk.reporting.XlsxFormat.exactAmount(0)).text(nz(m.localCurrency()));
        if (d.typedRate() != null) {
            // the rate was typed, not the table's (t4fixL): said, with the reason given
            sheet.row().text(text.apply("clearance.worksheet.rate-typed", language))
                    .text(d.typedRate().reason() == null ? text.apply("clearance.worksheet.rate-typed.no-reason", language) : d.typedRate().reason());
        }
        sheet.skip();
        XlsxRow header = sheet.header(text.apply("clearance.worksheet.item", language), text.apply("clearance.worksheet.description", language),
                text.apply("clearance.worksheet.tariff", language), text.apply("clearance.worksheet.origin", language),
                text.apply("clearance.worksheet.preference", language), text.apply("clearance.worksheet.customs-value", language),
                text.apply("clearance.worksheet.tax", language), text.apply("clearance.worksheet.tax-rate", language),
                text.apply("clearance.worksheet.tax-base", language), text.apply("clearance.worksheet.tax-amount", language));
        sheet.freezeRowsThrough(header.number());
        for (DeclarationMessage.DeclarationItem it : m.items()) {
            List<DeclarationMessage.DutyTax> taxes = it.dutiesAndTaxes().isEmpty() ? java.util.Collections.singletonList(null) : it.dutiesAndTaxes();
            boolean first = true;
            for (DeclarationMessage.DutyTax t : taxes) {
                XlsxRow row = sheet.row();
                if (first) {
                    row.amount(BigDecimal.valueOf(it.sequence()), 0).wrappedText(nz(it.description())).text(nz(it.tariffCode()))
                            .text(nz(it.originCountry())).text(nz(it.preferenceClaimed())).amount(it.customsValue(), 2);
                } else {
                    row.blank().blank().blank().blank().blank().blank();
                }
                first = false;
                if (t != null) {
                    // the tax by its name in the reader's language (acceptance review F10: 「DUTY / VAT / TPF」 in the zh worksheet)
                    org.tradedesk.shared.MessageText.Arg named = org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.type());
                    row.text(named.kind() == org.tradedesk.shared.MessageText.Kind.CODE ? text.apply(named.value(), language)
                            : String.valueOf(t.type()));
                    cell(row, t.rate(), 4);
                    cell(row, t.base(), 2);
                    cell(row, t.amount(), 2);
                }
            }
        }
        sheet.skip();
        sheet.row(XlsxEmphasis.TOTAL).text(text.apply("clearance.worksheet.customs-value-total", language)).blank().blank().blank().blank()
                .amount(m.customsValueTotal(), 2);
        sheet.row(XlsxEmphasis.TOTAL).text(text.apply("clearance.worksheet.duties-total", language)).blank().blank().blank().blank()
                .blank().blank().blank().blank().amount(m.dutiesAndTaxesTotal(), 2);
        sheet.row(XlsxEmphasis.NOTE).text(text.apply("clearance.worksheet.source", language));
        return book.toBytes();
    }

    /**
     * The findings as the client reads them: the rule by its title, the documents and fields by their names
     * ({@link FindingNames}), never our internal names ({@code cross.figures}, {@code COMMERCIAL_INVOICE#6},
     * {@code grossMassKg}); {@code documents} the file's documents by label (the invoices' own line numbers).
     */
    static byte[] findings(long fileId, List<Finding> findings, java.util.Map<String, CheckedFile.Document> documents,
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
                    .wrappedText(render.apply(f.message())).wrappedText(nz(f.regulation()));
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
            row.number(value, org.tradedesk.reporting.XlsxFormat.exactAmount(decimals == 4 ? 0 : decimals));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
