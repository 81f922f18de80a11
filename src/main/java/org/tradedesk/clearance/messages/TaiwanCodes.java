package org.tradedesk.clearance.messages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Taiwan's single-window code for each duty, tax and fee the declaration carries (稅費代號, WCOID113, an..3, field list
 * {@code N5135_fields.tsv}; the same codes in an item's 其他稅費代碼 {@code tw_DutyOtherTaxFee/tw_TypeCode}). The declaration
 * model names the taxes by the desk's own types ({@code DUTY}, {@code VAT}…, see {@link DeclarationMessage.DutyTax}); only
 * the message carries the customs' codes.
 *
 * <p><b>To confirm.</b> The field list gives the code's format, not its values, and the project holds no copy of the customs'
 * code table (關港貿單一窗口 代碼表「稅費代號」). The two-digit values below are the desk's reading, not checked against that
 * table: they must be confirmed before a real lodgement (README, clearance section). A tax with no code here is refused by
 * validation ({@code tw-tax-code}), never written with the desk's own name.
 */
final class TaiwanCodes {

    /** The desk's type → the customs' 稅費代號 (to confirm; see the class note). */
    static final Map<String, String> TAX_CODES;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DUTY", "11");      // 進口稅（關稅）
        m.put("ADD", "13");       // 反傾銷稅
        m.put("CVD", "14");       // 平衡稅
        m.put("COMMODITY", "31"); // 貨物稅
        m.put("VAT", "41");       // 營業稅
        m.put("ATT", "61");       // 菸酒稅
        m.put("HWS", "62");       // 健康福利捐
        m.put("TPF", "71");       // 推廣貿易服務費
        m.put("SGT", "81");       // 特種貨物及勞務稅
        TAX_CODES = java.util.Collections.unmodifiableMap(m);
    }

    private TaiwanCodes() {
    }

    /** The customs' code of a desk tax type; null when the table has none. */
    static String taxCode(String type) {
        return type == null ? null : TAX_CODES.get(type);
    }

    /** The desk's tax type of a customs code read back; the code itself when the table has no such code. */
    static String taxType(String code) {
        return TAX_CODES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst().orElse(code);
    }
}
