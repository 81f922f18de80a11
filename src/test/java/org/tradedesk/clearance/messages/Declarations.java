package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TransportMode;
import org.tradedesk.shared.Incoterm;

/** Declarations for the tests: figures chosen by hand (USD invoice, AUD 1.5360 per USD; TWD 32.150 per USD). */
final class Declarations {

    static final EdifactEnvelope ENVELOPE = new EdifactEnvelope("TRADEDESK01", "AUCUSTOMS", "TD2026120601", LocalDateTime.of(2026, 12, 6, 9, 30));

    private Declarations() {
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    /** Three items; customs value = invoice amount × 1.5360 rounded to cents; duty 5 % / free; GST 10 % of the value of the taxable importation. */
    static DeclarationMessage australian() {
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "Lithium-ion batteries, 3.7 V, for laptops", "85076000", "10", "CN", null, bd("100"), "EA",
                        bd("25.500"), bd("1240.00"), bd("1904.64"), List.of(
                                new DutyTax("CUD", bd("5"), bd("1904.64"), bd("95.23")),
                                new DutyTax("GST", bd("10"), bd("2049.87"), bd("204.99")))),
                new DeclarationItem(2, "Men's cotton T-shirts, knitted", "61091000", "27", "CN", "ChAFTA", bd("1200"), "EA",
                        bd("240.000"), bd("3720.00"), bd("5713.92"), List.of(
                                new DutyTax("CUD", bd("0"), bd("5713.92"), bd("0.00")),
                                new DutyTax("GST", bd("10"), bd("5863.92"), bd("586.39")))),
                new DeclarationItem(3, "Stainless steel vacuum bottles 500 ml; with lid", "96170010", "01", "TW", null, bd("500"), "EA",
                        bd("150.000"), bd("2100.00"), bd("3225.60"), List.of(
                                new DutyTax("CUD", bd("5"), bd("3225.60"), bd("161.28")),
                                new DutyTax("GST", bd("10"), bd("3471.88"), bd("347.19")))));
        return new DeclarationMessage("AU", "TDAU26120601", 1, FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 6),
                new Party("53004085616", "Harbour Customs Brokers Pty Ltd", "AU"),
                new Party("51824753556", "Southern Cross Outdoor Pty Ltd", "AU"),
                new Party(null, "Kaohsiung Thermal Ware Co., Ltd.", "TW"),
                TransportMode.SEA, "TWKHH", "AUMEL", LocalDate.of(2026, 12, 4), Incoterm.FOB, "FOB", "USD", bd("1.5360"), "AUD",
                bd("7060.00"), bd("950.00"), bd("45.00"), bd("10844.16"), bd("1395.08"), 42, bd("455.000"), items);
    }

    /** {@code n} items, each valid, for the 999-item benchmark and limits. */
    static DeclarationMessage australianWithItems(int n) {
        DeclarationMessage base = australian();
        List<DeclarationItem> items = new ArrayList<>(n);
        BigDecimal values = BigDecimal.ZERO;
        BigDecimal duties = BigDecimal.ZERO;
        for (int i = 1; i <= n; i++) {
            BigDecimal value = bd("100.00").add(BigDecimal.valueOf(i));
            BigDecimal duty = value.multiply(bd("0.05")).setScale(2, java.math.RoundingMode.HALF_UP);
            items.add(new DeclarationItem(i, "Item " + i + " spare part, steel", "84829100", "20", "CN", null, bd("10"), "EA",
                    bd("1.5"), bd("65.10"), value, List.of(new DutyTax("CUD", bd("5"), value, duty))));
            values = values.add(value);
            duties = duties.add(duty);
        }
        return new DeclarationMessage("AU", base.reference(), 1, FunctionCode.ORIGINAL, base.declarationDate(), base.declarant(),
                base.importer(), base.exporter(), base.transportMode(), base.loadingPort(), base.dischargePort(), base.arrivalDate(),
                base.incoterm(), "FOB", "USD", base.exchangeRate(), "AUD", null, null, null, values, duties, null, null, items);
    }

    /** Taiwan, CIF valued, TWD 32.150 per USD; customs value = CIF × 32.150 rounded to the dollar; duty and 5 % VAT (營業稅). */
    static DeclarationMessage taiwan() {
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "藍牙喇叭 Bluetooth speakers", "85182200006", null, "CN", null, bd("120"), "SET",
                        bd("84.600"), bd("1842.00"), bd("61204"), List.of(
                                new DutyTax("DUTY", bd("0"), bd("61204"), bd("0")),
                                new DutyTax("VAT", bd("5"), bd("61204"), bd("3060")))),
                new DeclarationItem(2, "不鏽鋼保溫瓶 Stainless steel vacuum bottles", "96170010004", null, "VN", "ECFA", bd("500"), "PCE",
                        bd("150.000"), bd("2100.00"), bd("69775"), List.of(
                                new DutyTax("DUTY", bd("10"), bd("69775"), bd("6978")),
                                new DutyTax("VAT", bd("5"), bd("76753"), bd("3838")))));
        return new DeclarationMessage("TW", "AA15AB12345678", 1, FunctionCode.ORIGINAL, LocalDate.of(2026, 12, 6),
                new Party("A12", "海港報關行 Harbour Customs Brokerage", "TW"),
                new Party("12345678", "Formosa Outdoor Co., Ltd.", "TW"),
                new Party(null, "Shenzhen Audio Co.", "CN"),
                TransportMode.SEA, "CNSZX", "TWKEL", LocalDate.of(2026, 12, 4), Incoterm.CIF, "CIF", "USD", bd("32.150"), "TWD",
                bd("3942.00"), null, null, bd("130979"), bd("13876"), 17, bd("260.000"), items, taiwanParticulars());
    }

    /** Taiwan's particulars of the sea shipment above (master B/L, voyage, goods location, cartons, broker, importer). */
    static DeclarationMessage.TaiwanParticulars taiwanParticulars() {
        return new DeclarationMessage.TaiwanParticulars("YMLU W123456789", "0123N", "002A5010", "CTN", "10321", "1",
                "福爾摩沙戶外用品股份有限公司", "No. 88, Sec. 2, Zhongzheng Rd., Keelung City", "1");
    }

    /** The same declaration without Taiwan's particulars (as every Taiwan declaration was before review F5). */
    static DeclarationMessage taiwanWithoutParticulars() {
        DeclarationMessage d = taiwan();
        return new DeclarationMessage(d.jurisdiction(), d.reference(), d.version(), d.functionCode(), d.declarationDate(), d.declarant(),
                d.importer(), d.exporter(), d.transportMode(), d.loadingPort(), d.dischargePort(), d.arrivalDate(), d.incoterm(),
                d.valuationBasis(), d.currency(), d.exchangeRate(), d.localCurrency(), d.invoiceTotal(), d.freight(), d.insurance(),
                d.customsValueTotal(), d.dutiesAndTaxesTotal(), d.packages(), d.grossMassKg(), d.items());
    }
}
