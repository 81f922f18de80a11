package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RegulationRef;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.documents.TaxDocument.Advice;
import org.tradedesk.taxes.documents.TaxDocument.DataVersion;
import org.tradedesk.taxes.documents.TaxDocument.InputColumn;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;
import org.tradedesk.taxes.documents.TaxDocument.Term;

/**
 * Tax documents built from the published worked examples in {@code shared/data/taxes/worked-examples.json}:
 * the engine figures here are the published ones, so a worksheet whose formulas reproduce them
 * reproduces the customs assessment, not our own output.
 */
final class TaxDocumentFixtures {

    static final LocalizedText CV_LABEL = LocalizedText.of("完稅價格", "Dutiable value");

    private TaxDocumentFixtures() {
    }

    /**
     * TW-TCDA-107-JIAN-72-BMW-X5 (臺灣臺中地方法院 107年度簡字第72號): used BMW X5, dutiable value
     * NT$742,492 (inferred), duty 17.5 %, commodity tax 30 %, business tax 5 %, trade promotion fee
     * 0.04 %; published: 129,936 + 261,728 + 56,707 + 296 = 448,667.
     */
    static TaxDocument taiwanBmwX5(Locale language) {
        Line line = new Line(1, "Used BMW X5 xDrive35i 2013 中古小客車", "8703.23.91.00-3", "US",
                Map.of("CV", new BigDecimal("742492")), List.of(
                        twStep("DUTY", "進口稅", "Import duty", List.of("CV"), "0.175", "129936", "742492", "關稅法 §29; 海關進口稅則"),
                        twStep("COMMODITY_TAX", "貨物稅", "Commodity tax", List.of("CV", "DUTY"), "0.30", "261728", "872428", "貨物稅條例 §12"),
                        twStep("BUSINESS_TAX", "營業稅", "Business tax", List.of("CV", "DUTY", "COMMODITY_TAX"), "0.05", "56707", "1134156", "營業稅法 §20")));
        Step fee = new Step("TRADE_PROMOTION_FEE", LocalizedText.of("推廣貿易服務費", "Trade promotion service fee"),
                List.of(Term.plus("CV")), null, new BigDecimal("0.0004"), true, "0.04%", RoundingRule.TRUNCATE_WHOLE,
                new BigDecimal("100"), true, true, new BigDecimal("742492"), new BigDecimal("296"),
                RegulationRef.of("推廣貿易服務費徵收辦法 §3"));
        Option general = new Option("GENERAL", LocalizedText.of("一般稅率(第一欄)", "General rate (column 1)"), List.of(),
                List.of(line), List.of(fee), new BigDecimal("448667"));
        return new TaxDocument("Q-2018-0072", "台中汽車貿易有限公司", language, "TW", LocalDate.of(2018, 3, 1),
                CurrencyCode.TWD, 0, List.of(new InputColumn("CV", CV_LABEL, 0)), List.of(general), "GENERAL",
                twVersions(), new Advice(
                        LocalizedText.of("本批僅適用一般稅率,無優惠方案。", "Only the general rate applies; no preference is available."),
                        List.of(LocalizedText.of("依海關核定之完稅價格申報。", "Declare the value as assessed by customs.")),
                        List.of(LocalizedText.of("申報不實:海關緝私條例 §37 可處所漏稅額五倍以下罰鍰。",
                                "Misdeclaration: a fine of up to five times the evaded duty (Customs Anti-Smuggling Act s37)."))));
    }

    /**
     * TW-TCBA-98-SU-32-SHOES-ANTIDUMPING (臺中高等行政法院 98年度訴字第32號): footwear from China,
     * dutiable value NT$2,018,830 (inside the inferred range), anti-dumping NT$833,488 in the
     * business-tax base; published: 151,412 + 807 + 150,186 + 833,488 = 1,135,893.
     */
    static TaxDocument taiwanShoesWithAntiDumping(Locale language) {
        Line line = new Line(1, "Footwear 鞋靴", "6402.99", "CN",
                Map.of("CV", new BigDecimal("2018830"), "AD", new BigDecimal("833488")), List.of(
                        twStep("DUTY", "進口稅", "Import duty", List.of("CV"), "0.075", "151412", "2018830", "關稅法 §29"),
                        new Step("ANTI_DUMPING", LocalizedText.of("反傾銷稅", "Anti-dumping duty"), List.of(Term.plus("AD")), null,
                                BigDecimal.ONE, false, "per ruling", RoundingRule.TRUNCATE_WHOLE, null, true, true,
                                new BigDecimal("833488"), new BigDecimal("833488"), RegulationRef.of("關稅法 §68")),
                        twStep("BUSINESS_TAX", "營業稅", "Business tax", List.of("CV", "DUTY", "ANTI_DUMPING"), "0.05", "150186", "3003730", "營業稅法 §20")));
        Step fee = new Step("TRADE_PROMOTION_FEE", LocalizedText.of("推廣貿易服務費", "Trade promotion service fee"),
                List.of(Term.plus("CV")), null, new BigDecimal("0.0004"), true, "0.04%", RoundingRule.TRUNCATE_WHOLE,
                new BigDecimal("100"), true, true, new BigDecimal("2018830"), new BigDecimal("807"),
                RegulationRef.of("推廣貿易服務費徵收辦法 §3"));
        Option general = new Option("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(),
                List.of(line), List.of(fee), new BigDecimal("1135893"));
        return new TaxDocument("Q-2007-0032", "Footwear Importers Ltd", language, "TW", LocalDate.of(2007, 6, 1),
                CurrencyCode.TWD, 0, List.of(new InputColumn("CV", CV_LABEL, 0),
                        new InputColumn("AD", LocalizedText.of("反傾銷稅額", "Anti-dumping amount"), 0)),
                List.of(general), "GENERAL", twVersions(), null);
    }

    /**
     * AU-CUSTOMS-AMPLIFIER-USD (former Customs "How is duty and GST calculated?"): amplifier US$1,274,
     * postage and insurance US$118.30, A$1 = US$0.9100, duty 5 %, GST 10 %; published: customs value
     * A$1,400, duty 70, VoTI 1,600, GST 160, total 230. The AUSFTA option (0 % duty for goods of US
     * origin) is our own second option: VoTI 1,400 + 0 + 130 = 1,530, GST 153, total 153.
     */
    static TaxDocument australianAmplifier(Locale language) {
        return new TaxDocument("Q-AU-0001", "Sydney Sound Pty Ltd", language, "AU", LocalDate.of(2014, 2, 3),
                CurrencyCode.AUD, 2, auInputs(), List.of(
                        auOption("GENERAL", "一般稅率", "General rate", List.of(), "0.05", "5%", amplifierFigures("70.00")),
                        auOption("AUSFTA", "澳美自由貿易協定優惠", "AUSFTA preference",
                                List.of(LocalizedText.of("需有美國原產地證明", "Proof of US origin required")), "0", "Free", amplifierFigures("0.00"))),
                "AUSFTA", List.of(new DataVersion(LocalizedText.of("澳洲關稅表", "Australian Customs Tariff"), "2014-01", LocalDate.of(2014, 1, 1),
                        "Schedule 3, Customs Tariff Act 1995"),
                        new DataVersion(LocalizedText.of("匯率", "Exchange rate"), "USD 0.9100", LocalDate.of(2014, 2, 3), "rate on the day of export")),
                new Advice(LocalizedText.of("美國原產貨物適用澳美自由貿易協定零關稅,可免除5%關稅及其商品及服務稅。",
                        "Goods of US origin enter free under AUSFTA, saving the 5% duty and the GST on it."),
                        List.of(), List.of(LocalizedText.of("若無法證明原產地,海關將補徵關稅並可能處以罰款(Customs Act s243T)。",
                                "Without proof of origin customs will recover the duty and may impose a penalty (Customs Act s243T)."))));
    }

    static List<InputColumn> auInputs() {
        return List.of(new InputColumn("INVOICE", LocalizedText.of("發票金額(美元)", "Invoice value (USD)"), 2),
                new InputColumn("TI_FOREIGN", LocalizedText.of("運費及保險(美元)", "Transport and insurance (USD)"), 2));
    }

    /** CV, TI, duty, VoTI, GST as published (general) or computed by hand (AUSFTA). */
    private static String[] amplifierFigures(String duty) {
        BigDecimal voti = new BigDecimal("1530.00").add(new BigDecimal(duty));
        BigDecimal gst = voti.multiply(new BigDecimal("0.1")).setScale(2);
        return new String[] {"1400.00", "130.00", duty, voti.toPlainString(), gst.toPlainString()};
    }

    private static Option auOption(String code, String zh, String en, List<LocalizedText> requirements, String dutyRate,
            String dutyText, String[] f) {
        Line line = new Line(1, "Electric sound amplifier 擴大機", "8518.40.00", "US",
                Map.of("INVOICE", new BigDecimal("1274.00"), "TI_FOREIGN", new BigDecimal("118.30")),
                auAmplifierSteps(dutyRate, dutyText, f));
        BigDecimal total = new BigDecimal(f[2]).add(new BigDecimal(f[4]));
        return new Option(code, LocalizedText.of(zh, en), requirements, List.of(line), List.of(), total);
    }

    static List<Step> auAmplifierSteps(String dutyRate, String dutyText, String[] f) {
        BigDecimal audPerUsd = BigDecimal.ONE.divide(new BigDecimal("0.9100"), MathContext.DECIMAL64);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("CV", LocalizedText.of("完稅價格", "Customs value"), List.of(Term.plus("INVOICE")), null, audPerUsd, false,
                "A$1 = US$0.9100", RoundingRule.NEAREST_CENT, null, false, true, new BigDecimal("1274.00"), new BigDecimal(f[0]),
                RegulationRef.of("Customs Act 1901 s159")));
        steps.add(new Step("TI", LocalizedText.of("運費及保險", "Transport and insurance"), List.of(Term.plus("TI_FOREIGN")), null, audPerUsd, false,
                "A$1 = US$0.9100", RoundingRule.NEAREST_CENT, null, false, true, new BigDecimal("118.30"), new BigDecimal(f[1]),
                RegulationRef.of("A New Tax System (Goods and Services Tax) Act 1999 s13-20")));
        steps.add(new Step("DUTY", LocalizedText.of("關稅", "Customs duty"), List.of(Term.plus("CV")), null, new BigDecimal(dutyRate), true,
                dutyText, RoundingRule.NEAREST_CENT, null, true, true, new BigDecimal(f[0]), new BigDecimal(f[2]),
                RegulationRef.of("Customs Tariff Act 1995 Sch 3")));
        steps.add(new Step("VOTI", LocalizedText.of("應稅進口價值", "Value of the taxable importation"),
                List.of(Term.plus("CV"), Term.plus("DUTY"), Term.plus("TI")), null, BigDecimal.ONE, false, "", RoundingRule.NONE, null,
                false, true, new BigDecimal(f[3]), new BigDecimal(f[3]), RegulationRef.of("GST Act s13-20")));
        steps.add(new Step("GST", LocalizedText.of("商品及服務稅", "GST"), List.of(Term.plus("VOTI")), null, new BigDecimal("0.10"), true,
                "10%", RoundingRule.NEAREST_CENT, null, true, true, new BigDecimal(f[3]), new BigDecimal(f[4]),
                RegulationRef.of("GST Act s13-20")));
        return steps;
    }

    private static Step twStep(String code, String zh, String en, List<String> terms, String rate, String amount, String base, String law) {
        BigDecimal r = new BigDecimal(rate);
        return new Step(code, LocalizedText.of(zh, en), terms.stream().map(Term::plus).toList(), null, r, true,
                r.movePointRight(2).stripTrailingZeros().toPlainString() + "%", RoundingRule.TRUNCATE_WHOLE, null, true, true,
                new BigDecimal(base), new BigDecimal(amount), RegulationRef.of(law));
    }

    private static List<DataVersion> twVersions() {
        return List.of(new DataVersion(LocalizedText.of("海關進口稅則", "Customs Import Tariff of the ROC"), "2018-01", LocalDate.of(2018, 1, 1),
                        "財政部關務署"),
                new DataVersion(LocalizedText.of("稅費計算規則(臺灣)", "Tax chain definition (Taiwan)"), "TW-2018.1", LocalDate.of(2018, 1, 1),
                        "tradedesk taxes/TW"));
    }

    /**
     * A generated Taiwan invoice of {@code count} lines (values and rates vary per line) with the
     * figures computed here in BigDecimal, independently of the worksheet's formulas: duty, commodity
     * tax on some lines, business tax truncated per line, the trade promotion fee on the shipment.
     */
    static TaxDocument largeTaiwanInvoice(int count) {
        String[] dutyRates = {"0.05", "0.075", "0.10", "0.175", "0.0", "0.025"};
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cvTotal = BigDecimal.ZERO;
        for (int i = 1; i <= count; i++) {
            BigDecimal cv = new BigDecimal(1000 + (i * 7919L) % 250000);
            BigDecimal rate = new BigDecimal(dutyRates[i % dutyRates.length]);
            BigDecimal duty = cv.multiply(rate).setScale(0, java.math.RoundingMode.DOWN);
            List<Step> steps = new ArrayList<>();
            steps.add(twStep("DUTY", "進口稅", "Import duty", List.of("CV"), rate.toPlainString(), duty.toPlainString(), cv.toPlainString(), "關稅法 §29"));
            BigDecimal ct = BigDecimal.ZERO;
            List<String> vatTerms = new ArrayList<>(List.of("CV", "DUTY"));
            if (i % 3 == 0) {
                ct = cv.add(duty).multiply(new BigDecimal("0.15")).setScale(0, java.math.RoundingMode.DOWN);
                steps.add(twStep("COMMODITY_TAX", "貨物稅", "Commodity tax", List.of("CV", "DUTY"), "0.15", ct.toPlainString(),
                        cv.add(duty).toPlainString(), "貨物稅條例"));
                vatTerms.add("COMMODITY_TAX");
            }
            BigDecimal vatBase = cv.add(duty).add(ct);
            BigDecimal vat = vatBase.multiply(new BigDecimal("0.05")).setScale(0, java.math.RoundingMode.DOWN);
            steps.add(twStep("BUSINESS_TAX", "營業稅", "Business tax", vatTerms, "0.05", vat.toPlainString(), vatBase.toPlainString(), "營業稅法 §20"));
            lines.add(new Line(i, "Item 品項 " + i, "8518.40.00", "CN", Map.of("CV", cv), steps));
            total = total.add(duty).add(ct).add(vat);
            cvTotal = cvTotal.add(cv);
        }
        BigDecimal fee = cvTotal.multiply(new BigDecimal("0.0004")).setScale(0, java.math.RoundingMode.DOWN);
        if (fee.compareTo(new BigDecimal("100")) <= 0) {
            fee = BigDecimal.ZERO;
        }
        Step feeStep = new Step("TRADE_PROMOTION_FEE", LocalizedText.of("推廣貿易服務費", "Trade promotion service fee"),
                List.of(Term.plus("CV")), null, new BigDecimal("0.0004"), true, "0.04%", RoundingRule.TRUNCATE_WHOLE,
                new BigDecimal("100"), true, true, cvTotal, fee, RegulationRef.of("推廣貿易服務費徵收辦法 §3"));
        Option general = new Option("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), lines, List.of(feeStep), total.add(fee));
        return new TaxDocument("Q-BIG-" + count, "大量進口股份有限公司", Locale.TRADITIONAL_CHINESE, "TW", LocalDate.of(2026, 11, 25),
                CurrencyCode.TWD, 0, List.of(new InputColumn("CV", CV_LABEL, 0)), List.of(general), "GENERAL", twVersions(), null);
    }
}
