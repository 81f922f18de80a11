package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationValidation;
import org.tradedesk.clients.ClientId;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Acceptance review (MAJOR): one Taiwan declaration had three tax totals — declaration, XML, mail and summary NT$48,619
 * (營業稅 item by item truncated, 24,805; 推廣貿易服務費 once on the total, 189), the worksheet's SUM NT$48,618 (the fee
 * summed per item, 113 + 75 = 188), the MFN alternative NT$48,620 (營業稅 on the shipment total, 24,806). The case: two
 * lines USD 9,000 and 6,000 at 31.5, duty 5 % — 完稅價格 283,500 and 189,000, 關稅 14,175 and 9,450; 營業稅 bases
 * 297,675 → 14,883.75 → 14,883 and 198,450 → 9,922.5 → 9,922; the fee 472,500 × 0.04 % = 189. The declaration's total is
 * pinned to that hand figure, 48,619; the other documents are then compared with the declaration's own total.
 */
class TaiwanOneTaxFigureTest {

    /** The engine's result for the case: duty per line, 營業稅 and the fee on the whole shipment, total 48,620. */
    static TaxResult engineResult() {
        List<TaxResult.LineResult> lines = List.of(line(1, "283500", "14175"), line(2, "189000", "9450"));
        List<TaxResult.TaxTotal> totals = new ArrayList<>();
        List<TaxResult.TaxStep> steps = new ArrayList<>();
        totals.add(new TaxResult.TaxTotal("DUTY", null, new BigDecimal("472500"), "5%", new BigDecimal("23625"), new BigDecimal("23625"),
                true, "關稅法"));
        totals.add(new TaxResult.TaxTotal("BUSINESS_TAX", null, new BigDecimal("496125"), "5%", new BigDecimal("24806"),
                new BigDecimal("24806"), true, "加值型及非加值型營業稅法 §20"));
        steps.add(new TaxResult.TaxStep(null, "BUSINESS_TAX", null, "CUSTOMS_VALUE + DUTY + ANTI_DUMPING + COUNTERVAILING + COMMODITY_TAX",
                new BigDecimal("496125"), "5%", null, null, new BigDecimal("24806"), "TRUNCATE_0", true, "§20", null, null, null, null));
        totals.add(new TaxResult.TaxTotal("TRADE_PROMOTION_FEE", null, new BigDecimal("472500"), "0.04%", new BigDecimal("189"),
                new BigDecimal("189"), true, "貿易法 §21"));
        steps.add(new TaxResult.TaxStep(null, "TRADE_PROMOTION_FEE", null, "CUSTOMS_VALUE", new BigDecimal("472500"), "0.04%", null,
                null, new BigDecimal("189"), "TRUNCATE_0", true, "§21", null, null, null, null));
        return new TaxResult("TW", LocalDate.of(2026, 12, 6), "TWD", new BigDecimal("472500"), BigDecimal.ZERO, lines, totals,
                new BigDecimal("48620"), new BigDecimal("48620"), List.of(), steps, Map.of(), List.of());
    }

    private static TaxResult.LineResult line(int n, String value, String duty) {
        return new TaxResult.LineResult(n, "item " + n, "09023000", "LK", null, new BigDecimal(value), null, null, false,
                Map.of("DUTY", new BigDecimal(duty)), new BigDecimal(duty), null, null, null);
    }

    /** The lodged declaration's figure: its items as built from the engine's result, the header by its rule. */
    static BigDecimal declared() {
        return DeclarationValidation.taiwanHeaderTotal(DeclarationBuilding.figures(engineResult(), false));
    }

    @Test
    void theDeclarationsRuleGives48619() {
        assertThat(declared()).isEqualByComparingTo("48619");
    }

    @Test
    void theMfnAlternativeIsCostedAsTheDeclarationDeclaresIt() {
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "KHA-2026-118", LocalDate.of(2026, 12, 1), "USD",
                "Ceylon Tea Co", "LK", null, null, "CIF", null, new BigDecimal("15000"), null, null, List.of(
                        new CapturedInvoice.CapturedLine(1, "Black tea", "09023000", "LK", BigDecimal.TEN, "KGM", null, null, null,
                                new BigDecimal("9000"), null, null, null),
                        new CapturedInvoice.CapturedLine(2, "Green tea", "09021000", "LK", BigDecimal.TEN, "KGM", null, null, null,
                                new BigDecimal("6000"), null, null, null)));
        DocumentView document = new DocumentView(11, 0, DocumentType.COMMERCIAL_INVOICE, null, null, null,
                "x", "MANUAL", invoice, "amy", Instant.EPOCH);
        TransactionDetails d = new TransactionDetails(new ClientId(1), Direction.IMPORT, Jurisdiction.TW, TransportMode.SEA, Incoterm.CIF,
                "KHH-1", null, null, null, null, null, null, null, null);
        TransactionView view = new TransactionView(new ClearanceTransaction(TransactionId.of(7), 5, d, TransactionStatus.DRAFT, "amy",
                Instant.EPOCH, Instant.EPOCH, null), "client", List.of(document), List.of(), null, false, Set.of(), List.of());
        AlternativeCosting costing = AlternativeEngineCosting.compute(view, AlternativeKind.MFN,
                new AlternativeDetails.EngineTreatment(null, null, null, List.of(), null, null, new BigDecimal("31.5")), List.of(),
                new AlternativeEngineCosting.Engine(request -> engineResult(), j -> false), LocalDate.of(2026, 12, 6), Instant.EPOCH);

        // before: the engine's 48,620 (營業稅 24,806 on the shipment's base)
        assertThat(costing.engineTotal()).isEqualByComparingTo(declared());
        AlternativeCosting.TaxLine vat = costing.taxes().stream().filter(t -> t.code().equals("BUSINESS_TAX")).findFirst().orElseThrow();
        AlternativeCosting.TaxLine fee = costing.taxes().stream().filter(t -> t.code().equals("TRADE_PROMOTION_FEE")).findFirst().orElseThrow();
        assertThat(vat.amount()).isEqualByComparingTo("24805");
        assertThat(fee.amount()).isEqualByComparingTo("189");
        assertThat(costing.taxes().stream().map(AlternativeCosting.TaxLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(costing.engineTotal());
    }

    @Test
    void theWorksheetsTotalIsTheDeclarations() throws Exception {
        List<DeclarationMessage.DeclarationItem> items = DeclarationBuilding.figures(engineResult(), false);
        DeclarationMessage m = new DeclarationMessage("TW", "KHH-1", 1, DeclarationMessage.FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 6),
                null, null, null, DeclarationMessage.TransportMode.SEA, null, null, null, Incoterm.CIF, null, "USD", new BigDecimal("31.5"), "TWD",
                new BigDecimal("15000"), null, null, new BigDecimal("472500"), DeclarationValidation.taiwanHeaderTotal(items), null, null,
                items);
        DeclarationView view = new DeclarationView(1, 7, 1, 1, "9", DeclarationStatus.DRAFT, "TW_XML", "M1", m, List.of(), "abc", null,
                "amy", Instant.EPOCH, null, null, null, null, null, null, null, List.of(), List.of());
        byte[] xlsx = ClearanceSummaryDocuments.worksheet(view, Locale.ENGLISH, (code, language) -> code);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Double total = null;
            for (Row row : sheet) {
                Cell label = row.getCell(0);
                if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals("clearance.worksheet.duties-total")) {
                    total = evaluator.evaluate(row.getCell(12)).getNumberValue();
                }
            }
            // before: SUM of the items' amounts, 48,618 (the fee per item, 113 + 75)
            assertThat(total).isNotNull();
            assertThat(BigDecimal.valueOf(total)).isEqualByComparingTo(m.dutiesAndTaxesTotal());
            assertThat(m.dutiesAndTaxesTotal()).isEqualByComparingTo("48619");
        }
    }
}
