package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TaiwanParticulars;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Element;

/**
 * The Taiwan single-window import declaration (NX5105, 進口報單) as XML following the WCO Data Model based
 * element paths of the customs' declaration schemas (the paths of {@code N5135_fields.tsv}, the declaration
 * field list we hold): {@code /Declaration} with AcceptanceDateTime (an8), FunctionCode (9/4), ID (報單號碼
 * an14), TypeCode, Agent/ID, BorderTransportMeans/ArrivalDateTime, Importer, and one GoodsShipment with
 * tw_InvoiceAmount, tw_TotalGrossMassMeasure, Consignment (TotalPackageQuantity, tw_InvoiceAmount = total
 * customs value in TWD, LoadingLocation), CurrencyExchange, CustomsValuation (freight, insurance),
 * DutyTaxFee totals by type, Supplier, TradeTerms and its GovernmentAgencyGoodsItem (Commodity with
 * Description, Classification/ID of 11 characters, DutyTaxFee/AdValoremTaxBaseAmount = customs value,
 * tw_DutyTaxFeeAmount/tw_TaxRateNumeric = duty rate, tw_DutyOtherTaxFee for the other taxes; GoodsMeasure;
 * Origin).
 *
 * <p>Taiwan's own particulars ({@link DeclarationMessage.TaiwanParticulars}, review F5): Consignment (JourneyID 航次,
 * GoodsLocation/ID 卸存地點, TransportContractDocument/ID 主提單號碼), DutyTaxFee/tw_DutyMethodCode, Packaging/TypeCode 件數單位,
 * Importer (Name = the English name, tw_ChineseName, tw_TypeCode, Address/Line) and RepresentativePerson/Name 專責報關人員代號;
 * tax types as the customs' 稅費代號 ({@link TaiwanCodes}, to confirm); rates as fractions (進口稅率 n..6,5).
 *
 * <p>Limits, stated: the element order and names are those of the field list, not validated against the
 * customs XSD (not redistributable); no namespace; not carried: Agent/RoleCode and tw_SubBoxID, the house bill
 * (分提單號碼), the item's 納稅辦法代碼, the express carrier group (TaiwanFieldListTest lists them). Four WCO Data Model elements outside the field list carry
 * what the list has no place for: {@code VersionID}, {@code Agent/Name}, {@code CurrencyExchange/RateNumeric}
 *, for a preference claimed, the item's {@code Commodity/DutyTaxFee/DutyRegimeCode} and each item's duty or
 * tax amount as {@code Payment/PaymentAmount} inside its {@code tw_DutyTaxFeeAmount} / {@code tw_DutyOtherTaxFee} (so the
 * header totals can be traced to the items). Every number is written in its field's format ({@code n..16,2},
 * {@code n..14}…; validation refuses what does not fit). Not carried, so not read back: the item invoice amount, the exporter's
 * country, the discharge port; express and air share transport code 4.
 */
public final class TaiwanDeclarationXml {

    private static final DateTimeFormatter AN8 = DateTimeFormatter.BASIC_ISO_DATE;

    private TaiwanDeclarationXml() {
    }

    public static byte[] write(DeclarationMessage d) {
        if (!"TW".equals(d.jurisdiction()) || !DeclarationValidation.lodgeable(DeclarationValidation.validate(d))) {
            throw new IllegalArgumentException("declaration " + d.reference() + " v" + d.version() + " is not lodgeable in TW");
        }
        // UTF-8 XML 1.0 carries Chinese and any other character but the control ones it forbids: those are refused here,
        // never written into a message no parser reads back (the service names the field first)
        DeclarationText.require(d, DeclarationText.Repertoire.XML);
        XmlOut x = new XmlOut();
        TaiwanParticulars tw = d.taiwan() == null ? TaiwanParticulars.none() : d.taiwan();
        x.open("Declaration");
        x.el("AcceptanceDateTime", d.declarationDate().format(AN8));
        x.el("FunctionCode", d.functionCode().code());
        x.el("ID", d.reference());
        x.el("TypeCode", "G1");
        x.el("VersionID", d.version());
        if (d.declarant() != null) {
            x.open("Agent").el("ID", d.declarant().id()).el("Name", d.declarant().name()).close();
        }
        x.open("BorderTransportMeans").el("ArrivalDateTime", d.arrivalDate() == null ? null : d.arrivalDate().format(AN8))
                .el("TypeCode", d.transportMode().rec19()).close();
        // the shipment's transport particulars (field list: Consignment/BorderTransportMeans/JourneyID 航次, GoodsLocation/ID
        // 卸存地點代碼, TransportContractDocument/ID 主提單號碼 — each mandatory; validation refused a declaration without them)
        x.open("Consignment");
        x.open("BorderTransportMeans").el("JourneyID", tw.journeyId()).close();
        x.open("GoodsLocation").el("ID", tw.goodsLocationId()).close();
        x.open("TransportContractDocument").el("ID", tw.transportDocumentId()).close();
        x.close();
        x.open("DutyTaxFee").el("tw_DutyMethodCode", tw.dutyMethodCode()).close();
        x.open("GoodsShipment");
        x.el("SequenceNumeric", 1);
        x.el("tw_InvoiceAmount", n(d.invoiceTotal(), 2));
        x.el("tw_TotalGrossMassMeasure", n(d.grossMassKg(), 6));
        x.open("Consignment").el("TotalPackageQuantity", d.packages()).el("tw_InvoiceAmount", n(d.customsValueTotal(), 2));
        if (d.loadingPort() != null) {
            x.open("LoadingLocation").el("ID", d.loadingPort()).close();
        }
        x.open("Packaging").el("TypeCode", tw.packageTypeCode()).close();
        x.close();
        x.open("CurrencyExchange").el("CurrencyTypeCode", d.currency()).el("RateNumeric", d.exchangeRate()).close();
        x.open("CustomsValuation").el("ExitToEntryChargeAmount", n(d.insurance(), 2)).el("FreightChargeAmount", n(d.freight(), 2))
                .el("tw_TotalDutyTaxFeeAmount", n(d.dutiesAndTaxesTotal(), 0)).close();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        d.items().forEach(it -> it.dutiesAndTaxes().forEach(t -> totals.merge(t.type(), t.amount(), BigDecimal::add)));
        // the trade promotion fee is the declaration's, on its total 完稅價格 (issue 8 F8), not its items' shares added up
        totals.computeIfPresent(DeclarationValidation.TPF, (k, v) -> DeclarationValidation.perDeclarationFee(d.items()));
        // The header's amount per tax type goes where Taiwan's field list (N5135_fields.tsv, line 65) puts it:
        // GoodsShipment/DutyTaxFee/AdValoremTaxBaseAmount, WCOID116, labelled 稅費金額 (the amount, not a base) — the customs'
        // schema reuses the element; the WCO DM's own place for an amount (Payment/PaymentAmount) is used by the WCO message
        // (WcoDeclarationXml), where AdValoremTaxBaseAmount carries the base. The total is the sum of these (issue 8).
        // TypeCode is the customs' 稅費代號 (an..3, TaiwanCodes), never the desk's own type name.
        totals.forEach((type, amount) -> x.open("DutyTaxFee").el("AdValoremTaxBaseAmount", n(amount, 0))
                .el("TypeCode", TaiwanCodes.taxCode(type)).close());
        for (DeclarationItem it : d.items()) {
            x.open("GovernmentAgencyGoodsItem");
            x.el("SequenceNumeric", it.sequence());
            x.open("Commodity");
            x.el("Description", it.description());
            x.open("Classification").el("ID", it.tariffCode()).close();
            x.open("DutyTaxFee").el("AdValoremTaxBaseAmount", n(it.customsValue(), 0)).el("DutyRegimeCode", it.preferenceClaimed()).close();
            for (DutyTax t : it.dutiesAndTaxes()) {
                // a rate as a fraction (10 % → 0.1): 進口稅率 is n..6,5 in the field list, one digit before the point, so
                // it cannot hold a percentage of 10 or more; 其他稅費率 (n..10,5) is written the same way (to confirm)
                if ("DUTY".equals(t.type())) {
                    x.open("tw_DutyTaxFeeAmount").el("tw_TaxRateNumeric", fraction(t.rate()));
                } else {
                    x.open("tw_DutyOtherTaxFee").el("tw_TaxRateNumeric", fraction(t.rate())).el("tw_TypeCode", TaiwanCodes.taxCode(t.type()));
                }
                // the item's own amount (WCO DM DutyTaxFee/Payment/PaymentAmount, as the WCO message carries it per item):
                // the header's totals per type and 稅費合計 are these added up, so each can be traced to its items
                x.open("Payment").el("PaymentAmount", n(t.amount(), 0)).close();
                x.close();
            }
            x.close();
            x.open("GoodsMeasure").el("NetWeightMeasure", n(it.netMassKg(), 6)).el("TariffQuantity", n(it.quantity(), 4)).el("tw_UnitCode", it.unitCode()).close();
            x.open("Origin").el("CountryCode", it.originCountry()).close();
            x.close();
        }
        if (d.exporter() != null) {
            x.open("Supplier").el("Name", d.exporter().name()).close();
        }
        x.open("TradeTerms").el("ConditionCode", d.incoterm().name()).close();
        x.close();
        if (d.importer() != null) {
            // Name is the English name (英文名稱, an..80); the Chinese name has its own element (tw_ChineseName, an..70)
            x.open("Importer").el("ID", d.importer().id()).el("Name", d.importer().name()).el("tw_ChineseName", tw.importerChineseName())
                    .el("tw_TypeCode", tw.importerTypeCode());
            x.open("Address").el("Line", tw.importerAddress()).close();
            x.close();
        }
        x.open("RepresentativePerson").el("Name", tw.representativeId()).close();
        x.close();
        return x.bytes();
    }

    /**
     * A number in its field's format {@code n..N,D} (up to N digits, up to D of them decimals), one way for every value:
     * a whole number whole, never an exponent (t4fixU 4: Consignment/tw_InvoiceAmount was "472500.0" next to a "130979"
     * and a "810425.00"); other decimals within D as given. Validation has refused a value that does not fit
     * ({@link DeclarationValidation#fits}), so only zeros are dropped: 472500.0 → 472500, 631500.0000 → 631500, 84.600 kept.
     */
    static BigDecimal n(BigDecimal v, int decimals) {
        if (v == null) {
            return null;
        }
        BigDecimal fitted = v.scale() > decimals ? v.setScale(decimals, java.math.RoundingMode.UNNECESSARY) : v;
        // a whole number is written whole in every field (no "472500.0" beside a "130979"); other decimals as given
        return fitted.scale() > 0 && fitted.remainder(BigDecimal.ONE).signum() == 0 ? fitted.setScale(0) : fitted;
    }

    /** A percentage as the fraction the field list's rate fields hold (5 → 0.05); null stays null. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }

    /** Reads the XML back into a declaration holding what the message carries (see the class note). */
    public static DeclarationMessage read(byte[] content) {
        Element root = DeclarationXmlReading.root(content);
        DeclarationXmlReading.requireDeclaration(root, root, "root");
        Element agent = CustomsResponses.child(root, "Agent");
        Element btm = CustomsResponses.child(root, "BorderTransportMeans");
        Element gs = CustomsResponses.child(root, "GoodsShipment");
        Element consignment = CustomsResponses.child(gs, "Consignment");
        Element fx = CustomsResponses.child(gs, "CurrencyExchange");
        Element valuation = CustomsResponses.child(gs, "CustomsValuation");
        Element importer = CustomsResponses.child(root, "Importer");
        Element supplier = CustomsResponses.child(gs, "Supplier");
        Element rootConsignment = CustomsResponses.child(root, "Consignment");
        TaiwanParticulars tw = new TaiwanParticulars(
                CustomsResponses.text(CustomsResponses.child(rootConsignment, "TransportContractDocument"), "ID"),
                CustomsResponses.text(CustomsResponses.child(rootConsignment, "BorderTransportMeans"), "JourneyID"),
                CustomsResponses.text(CustomsResponses.child(rootConsignment, "GoodsLocation"), "ID"),
                CustomsResponses.text(CustomsResponses.child(consignment, "Packaging"), "TypeCode"),
                CustomsResponses.text(CustomsResponses.child(root, "RepresentativePerson"), "Name"),
                CustomsResponses.text(importer, "tw_TypeCode"), CustomsResponses.text(importer, "tw_ChineseName"),
                CustomsResponses.text(CustomsResponses.child(importer, "Address"), "Line"),
                CustomsResponses.text(CustomsResponses.child(root, "DutyTaxFee"), "tw_DutyMethodCode"));
        String p = "/Declaration";
        List<DeclarationItem> items = new ArrayList<>();
        List<Element> goods = DeclarationXmlReading.goodsItems(gs, p);
        for (Element g : goods) {
            String ip = p + "/GoodsShipment/GovernmentAgencyGoodsItem[" + (items.size() + 1) + "]";
            Element commodity = CustomsResponses.child(g, "Commodity");
            Element measure = CustomsResponses.child(g, "GoodsMeasure");
            Element cduty = CustomsResponses.child(commodity, "DutyTaxFee");
            List<DutyTax> taxes = new ArrayList<>();
            Element duty = CustomsResponses.child(commodity, "tw_DutyTaxFeeAmount");
            if (duty != null) {
                taxes.add(new DutyTax("DUTY", percent(Values.decimal(CustomsResponses.text(duty, "tw_TaxRateNumeric"), "tw_TaxRateNumeric", ip)), null,
                        Values.decimal(CustomsResponses.text(CustomsResponses.child(duty, "Payment"), "PaymentAmount"), "PaymentAmount", ip)));
            }
            for (Element o : CustomsResponses.children(commodity, "tw_DutyOtherTaxFee")) {
                taxes.add(new DutyTax(TaiwanCodes.taxType(CustomsResponses.text(o, "tw_TypeCode")),
                        percent(Values.decimal(CustomsResponses.text(o, "tw_TaxRateNumeric"), "tw_TaxRateNumeric", ip)), null,
                        Values.decimal(CustomsResponses.text(CustomsResponses.child(o, "Payment"), "PaymentAmount"), "PaymentAmount", ip)));
            }
            items.add(new DeclarationItem(Values.integer(CustomsResponses.text(g, "SequenceNumeric"), "SequenceNumeric", ip),
                    CustomsResponses.text(commodity, "Description"),
                    CustomsResponses.text(CustomsResponses.child(commodity, "Classification"), "ID"), null,
                    CustomsResponses.text(CustomsResponses.child(g, "Origin"), "CountryCode"),
                    CustomsResponses.text(cduty, "DutyRegimeCode"),
                    Values.decimal(CustomsResponses.text(measure, "TariffQuantity"), "TariffQuantity", ip),
                    CustomsResponses.text(measure, "tw_UnitCode"),
                    Values.decimal(CustomsResponses.text(measure, "NetWeightMeasure"), "NetWeightMeasure", ip),
                    null,
                    Values.decimal(CustomsResponses.text(cduty, "AdValoremTaxBaseAmount"), "AdValoremTaxBaseAmount", ip), taxes));
        }
        String mode = CustomsResponses.text(btm, "TypeCode");
        String arrival = CustomsResponses.text(btm, "ArrivalDateTime");
        String incoterm = CustomsResponses.text(CustomsResponses.child(gs, "TradeTerms"), "ConditionCode");
        Integer version = Values.integer(CustomsResponses.text(root, "VersionID"), "VersionID", p + "/VersionID");
        return new DeclarationMessage("TW", CustomsResponses.text(root, "ID"), version == null ? 1 : version,
                Values.functionCode(CustomsResponses.text(root, "FunctionCode"), p + "/FunctionCode"),
                Values.date(CustomsResponses.text(root, "AcceptanceDateTime"), "AcceptanceDateTime", p + "/AcceptanceDateTime"),
                agent == null ? null : new Party(CustomsResponses.text(agent, "ID"), CustomsResponses.text(agent, "Name"), null),
                importer == null ? null : new Party(CustomsResponses.text(importer, "ID"), CustomsResponses.text(importer, "Name"), null),
                supplier == null ? null : new Party(null, CustomsResponses.text(supplier, "Name"), null),
                DeclarationMessage.TransportMode.ofRec19(mode),
                CustomsResponses.text(CustomsResponses.child(consignment, "LoadingLocation"), "ID"), null,
                Values.date(arrival, "ArrivalDateTime", p + "/BorderTransportMeans/ArrivalDateTime"),
                Values.incoterm(incoterm, p + "/GoodsShipment/TradeTerms/ConditionCode"), "CIF", CustomsResponses.text(fx, "CurrencyTypeCode"),
                Values.decimal(CustomsResponses.text(fx, "RateNumeric"), "RateNumeric", p), "TWD",
                Values.decimal(CustomsResponses.text(gs, "tw_InvoiceAmount"), "tw_InvoiceAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "FreightChargeAmount"), "FreightChargeAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "ExitToEntryChargeAmount"), "ExitToEntryChargeAmount", p),
                Values.decimal(CustomsResponses.text(consignment, "tw_InvoiceAmount"), "Consignment/tw_InvoiceAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "tw_TotalDutyTaxFeeAmount"), "tw_TotalDutyTaxFeeAmount", p),
                Values.integer(CustomsResponses.text(consignment, "TotalPackageQuantity"), "TotalPackageQuantity", p),
                Values.decimal(CustomsResponses.text(gs, "tw_TotalGrossMassMeasure"), "tw_TotalGrossMassMeasure", p), items, tw);
    }
}
