package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.clearance.messages.DeclarationFinding.Severity;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Compares the amounts of a duty notice (N5110/N5111, CUSRES with TAX groups) with the figures of the declaration it
 * answers: each tax type customs assessed against the items' figures of that type (for Taiwan's shipment taxes also the
 * same rule on the summed bases, {@link DeclarationValidation#shipmentRuleTotal}), and the notice's total against the
 * declaration's duties-and-taxes total. Every difference is a finding (a warning: the notice stands, the coordinator
 * decides whether to pay, amend or ask for review).
 */
public final class DutyNoticeCheck {

    private DutyNoticeCheck() {
    }

    /** The tax types named in the bundles ({@code clearance.tax-type.*}); another type is shown by its code. */
    private static final Set<String> NAMED_TYPES = Set.of("DUTY", "CUD", "VAT", "GST", "TPF", "COMMODITY", "ADD", "CVD", "ATT", "HWS",
            "SGT", "WET", "LCT", "EEC");

    /** A tax type in the reader's language (DUTY → 關稅 / duty), an unknown one by its code. */
    public static Arg taxType(String type) {
        if (type != null && !NAMED_TYPES.contains(type)) {
            // a customs 稅費代號 (41, 71…) is named as the tax it stands for (TaiwanCodes, the table the writer uses)
            type = TaiwanCodes.taxType(type.strip());
        }
        return type != null && NAMED_TYPES.contains(type) ? Arg.code("clearance.tax-type." + type) : Arg.literal(String.valueOf(type));
    }

    public static List<DeclarationFinding> compare(CustomsResponse notice, DeclarationMessage declared) {
        List<DeclarationFinding> out = new ArrayList<>();
        if (notice == null || declared == null || notice.duties().isEmpty() && notice.dutiesTotal() == null) {
            return out;
        }
        String currency = notice.currency() != null ? notice.currency() : declared.localCurrency() == null ? "" : declared.localCurrency();
        Map<String, BigDecimal> assessed = new LinkedHashMap<>();
        notice.duties().forEach(d -> assessed.merge(d.type(), d.amount(), BigDecimal::add));
        Set<String> types = new LinkedHashSet<>(assessed.keySet());
        List<BigDecimal> typeDifferences = new ArrayList<>();
        declared.items().forEach(it -> it.dutiesAndTaxes().forEach(t -> types.add(t.type())));
        for (String type : types) {
            BigDecimal customs = assessed.getOrDefault(type, BigDecimal.ZERO);
            BigDecimal items = BigDecimal.ZERO;
            List<DeclarationItem> ofType = new ArrayList<>();
            for (DeclarationItem it : declared.items()) {
                List<DutyTax> own = it.dutiesAndTaxes().stream().filter(t -> t.type().equals(type)).toList();
                for (DutyTax t : own) {
                    items = t.amount() == null ? items : items.add(t.amount());
                }
                ofType.add(new DeclarationItem(it.sequence(), it.description(), it.tariffCode(), it.statisticalCode(), it.originCountry(),
                        it.preferenceClaimed(), it.quantity(), it.unitCode(), it.netMassKg(), it.invoiceAmount(), it.customsValue(), own));
            }
            boolean same = customs.compareTo(items) == 0 || "TW".equals(declared.jurisdiction())
                    && DeclarationValidation.TW_SHIPMENT_TAXES.contains(type)
                    && customs.compareTo(DeclarationValidation.shipmentRuleTotal(ofType)) == 0;
            if (!same) {
                typeDifferences.add(customs.subtract(items));
                out.add(new DeclarationFinding(Severity.WARNING, "duty-notice-type", "dutiesAndTaxes." + type,
                        MessageText.of("clearance.response.duty-difference", taxType(type),
                                org.tradedesk.clearance.domain.MoneyCodes.taxAmount(customs, currency),
                                org.tradedesk.clearance.domain.MoneyCodes.taxAmount(items, currency))));
            }
        }
        BigDecimal total = notice.dutiesTotal() != null ? notice.dutiesTotal()
                : assessed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean sameTotal = declared.dutiesAndTaxesTotal() == null || total.compareTo(declared.dutiesAndTaxesTotal()) == 0
                || "TW".equals(declared.jurisdiction()) && total.compareTo(DeclarationValidation.shipmentRuleTotal(declared.items())) == 0;
        // t4fixAE 3: one tax type differing by exactly what the total differs by is one difference, said once (a CUSRES with
        // one TAX group listed its difference twice, as the type's and as the total's). A total that differs by another
        // amount is its own finding.
        boolean sameDifference = declared.dutiesAndTaxesTotal() != null && typeDifferences.size() == 1
                && typeDifferences.get(0).compareTo(total.subtract(declared.dutiesAndTaxesTotal())) == 0;
        if (!sameTotal && !sameDifference) {
            out.add(new DeclarationFinding(Severity.WARNING, "duty-notice-total", "header.dutiesAndTaxesTotal",
                    MessageText.of("clearance.response.duty-total-difference",
                            // whole NT$ as the law collects them, one formatter (t4fixT 3: "TWD 26,335.00")
                            org.tradedesk.clearance.domain.MoneyCodes.taxAmount(total, currency),
                            org.tradedesk.clearance.domain.MoneyCodes.taxAmount(declared.dutiesAndTaxesTotal(), currency))));
        }
        return out;
    }
}
