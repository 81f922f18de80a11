package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.ExportParticulars;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Element;

/**
 * Taiwan's single-window export declaration (出口報單, t4exp) as XML on the WCO Data Model, written beside the import one
 * ({@link TaiwanDeclarationXml}, NX5105) with the same element names where the two share a datum.
 *
 * <p><b>Message id, not confirmed.</b> The desk holds no field list of the export declaration (only the import's
 * {@code N5135_fields.tsv} and the responses'). Its message id is taken as {@code N5203}, from one public source only: a
 * bonded-warehouse system's code (PclmsL1U.java, package idv.heimlich, public GitHub) that maps the declaration message types
 * it receives to their release messages — 5105/NX5105 (import) to 5116/N5116 and 5203/N5203 (export) to 5204/N5204. It is not
 * confirmed against the customs' own message guide (關港貿單一窗口 訊息建置指引): README, clearance section. The declaration
 * type 報單類別 {@code G5} (國貨出口) is likewise the desk's reading, to confirm.
 *
 * <p>Elements: {@code /Declaration} AcceptanceDateTime (an8), FunctionCode (9/4), ID (報單號碼 an14), TypeCode G5, VersionID,
 * Agent (ID, Name), BorderTransportMeans (DepartureDateTime = 出口日期, TypeCode Rec. 19), Consignment
 * (BorderTransportMeans/JourneyID, TransportContractDocument/ID), Exporter (ID = 統一編號, Name), GoodsShipment with
 * tw_InvoiceAmount, tw_TotalGrossMassMeasure, Consignee (Name, CountryCode), Consignment (TotalPackageQuantity,
 * LoadingLocation/ID 裝貨港, UnloadingLocation/ID 目的港), Destination/CountryCode (目的地國家), CurrencyExchange,
 * CustomsValuation (freight, insurance, tw_TotalDutyTaxFeeAmount = the fee), tw_FOBValueAmount (離岸價格 in TWD; a {@code tw_}
 * name of ours: the WCO DM has no header FOB element), one DutyTaxFee for 推廣貿易服務費 (TypeCode 71, its base the FOB value
 * in AdValoremTaxBaseAmount and its amount in Payment/PaymentAmount) — no 進口稅, no 營業稅 (zero rated) and no 貨物稅 — then
 * the GovernmentAgencyGoodsItem (StatisticalValueAmount = the item's FOB value in TWD, Commodity Description and
 * Classification/ID 11 characters, GoodsMeasure, Origin) and TradeTerms.
 */
public final class TaiwanExportDeclarationXml {

    /** The single-window message id taken for the export declaration: NOT confirmed (see the class note). */
    public static final String MESSAGE_ID = "N5203";
    /** 報單類別 國貨出口 (the desk's reading, to confirm). */
    static final String TYPE_CODE = "G5";

    private static final DateTimeFormatter AN8 = DateTimeFormatter.BASIC_ISO_DATE;

    private TaiwanExportDeclarationXml() {
    }

    public static byte[] write(DeclarationMessage d) {
        if (!"TW".equals(d.jurisdiction()) || !d.forExport() || !DeclarationValidation.lodgeable(DeclarationValidation.validate(d))) {
            throw new IllegalArgumentException("declaration " + d.reference() + " v" + d.version() + " is not a lodgeable TW export");
        }
        DeclarationText.require(d, DeclarationText.Repertoire.XML);
        ExportParticulars e = d.export();
        XmlOut x = new XmlOut();
        x.open("Declaration");
        x.el("AcceptanceDateTime", d.declarationDate().format(AN8));
        x.el("FunctionCode", d.functionCode().code());
        x.el("ID", d.reference());
        x.el("TypeCode", TYPE_CODE);
        x.el("VersionID", d.version());
        if (d.declarant() != null) {
            x.open("Agent").el("ID", d.declarant().id()).el("Name", d.declarant().name()).close();
        }
        x.open("BorderTransportMeans").el("DepartureDateTime", e.exportDate() == null ? null : e.exportDate().format(AN8))
                .el("TypeCode", d.transportMode().rec19()).close();
        if (d.transport() != null) {
            x.open("Consignment");
            x.open("BorderTransportMeans").el("JourneyID", d.transport().journeyId()).close();
            x.open("TransportContractDocument").el("ID", d.transport().transportDocumentNumber()).close();
            x.close();
        }
        if (d.exporter() != null) {
            x.open("Exporter").el("ID", d.exporter().id()).el("Name", d.exporter().name()).close();
        }
        x.open("GoodsShipment");
        x.el("SequenceNumeric", 1);
        x.el("tw_InvoiceAmount", TaiwanDeclarationXml.n(d.invoiceTotal(), 2));
        x.el("tw_TotalGrossMassMeasure", TaiwanDeclarationXml.n(d.grossMassKg(), 6));
        x.el("tw_FOBValueAmount", TaiwanDeclarationXml.n(d.customsValueTotal(), 2));
        if (e.consignee() != null) {
            x.open("Consignee").el("Name", e.consignee().name()).el("CountryCode", e.consignee().country()).close();
        }
        x.open("Consignment").el("TotalPackageQuantity", d.packages());
        if (d.loadingPort() != null) {
            x.open("LoadingLocation").el("ID", d.loadingPort()).close();
        }
        if (d.dischargePort() != null) {
            x.open("UnloadingLocation").el("ID", d.dischargePort()).close();
        }
        x.close();
        x.open("Destination").el("CountryCode", e.destinationCountry()).close();
        x.open("CurrencyExchange").el("CurrencyTypeCode", d.currency()).el("RateNumeric", d.exchangeRate()).close();
        x.open("CustomsValuation").el("ExitToEntryChargeAmount", TaiwanDeclarationXml.n(d.insurance(), 2))
                .el("FreightChargeAmount", TaiwanDeclarationXml.n(d.freight(), 2))
                .el("tw_TotalDutyTaxFeeAmount", TaiwanDeclarationXml.n(d.dutiesAndTaxesTotal(), 0)).close();
        if (d.dutiesAndTaxesTotal() != null && d.dutiesAndTaxesTotal().signum() > 0) {
            x.open("DutyTaxFee").el("AdValoremTaxBaseAmount", TaiwanDeclarationXml.n(d.customsValueTotal(), 2))
                    .el("TypeCode", TaiwanCodes.taxCode(DeclarationValidation.TPF));
            x.open("Payment").el("PaymentAmount", TaiwanDeclarationXml.n(d.dutiesAndTaxesTotal(), 0)).close();
            x.close();
        }
        for (DeclarationItem it : d.items()) {
            x.open("GovernmentAgencyGoodsItem");
            x.el("SequenceNumeric", it.sequence());
            x.el("StatisticalValueAmount", TaiwanDeclarationXml.n(it.customsValue(), 0));
            x.open("Commodity");
            x.el("Description", it.description());
            x.open("Classification").el("ID", it.tariffCode()).close();
            x.close();
            x.open("GoodsMeasure").el("NetWeightMeasure", TaiwanDeclarationXml.n(it.netMassKg(), 6))
                    .el("TariffQuantity", TaiwanDeclarationXml.n(it.quantity(), 4)).el("tw_UnitCode", it.unitCode()).close();
            x.open("Origin").el("CountryCode", it.originCountry()).close();
            x.close();
        }
        x.open("TradeTerms").el("ConditionCode", d.incoterm().name()).close();
        x.close();
        x.close();
        return x.bytes();
    }

    /** Reads the XML back into the export declaration it carries (not carried: the item invoice amount, the parties' countries but the consignee's). */
    public static DeclarationMessage read(byte[] content) {
        Element root = DeclarationXmlReading.root(content);
        DeclarationXmlReading.requireDeclaration(root, root, "root");
        String p = "/Declaration";
        Element agent = CustomsResponses.child(root, "Agent");
        Element btm = CustomsResponses.child(root, "BorderTransportMeans");
        Element rootConsignment = CustomsResponses.child(root, "Consignment");
        Element exporter = CustomsResponses.child(root, "Exporter");
        Element gs = CustomsResponses.child(root, "GoodsShipment");
        Element consignment = CustomsResponses.child(gs, "Consignment");
        Element consignee = CustomsResponses.child(gs, "Consignee");
        Element fx = CustomsResponses.child(gs, "CurrencyExchange");
        Element valuation = CustomsResponses.child(gs, "CustomsValuation");
        List<Element> goods = DeclarationXmlReading.goodsItems(gs, p);
        List<DeclarationItem> items = new ArrayList<>();
        for (Element g : goods) {
            String ip = p + "/GoodsShipment/GovernmentAgencyGoodsItem[" + (items.size() + 1) + "]";
            Element commodity = CustomsResponses.child(g, "Commodity");
            Element measure = CustomsResponses.child(g, "GoodsMeasure");
            items.add(new DeclarationItem(Values.integer(CustomsResponses.text(g, "SequenceNumeric"), "SequenceNumeric", ip),
                    CustomsResponses.text(commodity, "Description"),
                    CustomsResponses.text(CustomsResponses.child(commodity, "Classification"), "ID"), null,
                    CustomsResponses.text(CustomsResponses.child(g, "Origin"), "CountryCode"), null,
                    Values.decimal(CustomsResponses.text(measure, "TariffQuantity"), "TariffQuantity", ip),
                    CustomsResponses.text(measure, "tw_UnitCode"),
                    Values.decimal(CustomsResponses.text(measure, "NetWeightMeasure"), "NetWeightMeasure", ip), null,
                    Values.decimal(CustomsResponses.text(g, "StatisticalValueAmount"), "StatisticalValueAmount", ip), List.of()));
        }
        String mode = CustomsResponses.text(btm, "TypeCode");
        Integer version = Values.integer(CustomsResponses.text(root, "VersionID"), "VersionID", p + "/VersionID");
        String journey = CustomsResponses.text(CustomsResponses.child(rootConsignment, "BorderTransportMeans"), "JourneyID");
        String document = CustomsResponses.text(CustomsResponses.child(rootConsignment, "TransportContractDocument"), "ID");
        return new DeclarationMessage("TW", CustomsResponses.text(root, "ID"), version == null ? 1 : version,
                Values.functionCode(CustomsResponses.text(root, "FunctionCode"), p + "/FunctionCode"),
                Values.date(CustomsResponses.text(root, "AcceptanceDateTime"), "AcceptanceDateTime", p + "/AcceptanceDateTime"),
                agent == null ? null : new Party(CustomsResponses.text(agent, "ID"), CustomsResponses.text(agent, "Name"), null),
                null,
                exporter == null ? null : new Party(CustomsResponses.text(exporter, "ID"), CustomsResponses.text(exporter, "Name"), null),
                DeclarationMessage.TransportMode.ofRec19(mode),
                CustomsResponses.text(CustomsResponses.child(consignment, "LoadingLocation"), "ID"),
                CustomsResponses.text(CustomsResponses.child(consignment, "UnloadingLocation"), "ID"), null,
                Values.incoterm(CustomsResponses.text(CustomsResponses.child(gs, "TradeTerms"), "ConditionCode"),
                        p + "/GoodsShipment/TradeTerms/ConditionCode"), "FOB", CustomsResponses.text(fx, "CurrencyTypeCode"),
                Values.decimal(CustomsResponses.text(fx, "RateNumeric"), "RateNumeric", p), "TWD",
                Values.decimal(CustomsResponses.text(gs, "tw_InvoiceAmount"), "tw_InvoiceAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "FreightChargeAmount"), "FreightChargeAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "ExitToEntryChargeAmount"), "ExitToEntryChargeAmount", p),
                Values.decimal(CustomsResponses.text(gs, "tw_FOBValueAmount"), "tw_FOBValueAmount", p),
                Values.decimal(CustomsResponses.text(valuation, "tw_TotalDutyTaxFeeAmount"), "tw_TotalDutyTaxFeeAmount", p),
                Values.integer(CustomsResponses.text(consignment, "TotalPackageQuantity"), "TotalPackageQuantity", p),
                Values.decimal(CustomsResponses.text(gs, "tw_TotalGrossMassMeasure"), "tw_TotalGrossMassMeasure", p), items, null,
                journey == null && document == null ? null : new DeclarationMessage.Transport(document, journey),
                new ExportParticulars(Values.date(CustomsResponses.text(btm, "DepartureDateTime"), "DepartureDateTime",
                        p + "/BorderTransportMeans/DepartureDateTime"),
                        CustomsResponses.text(CustomsResponses.child(gs, "Destination"), "CountryCode"),
                        consignee == null ? null : new Party(null, CustomsResponses.text(consignee, "Name"),
                                CustomsResponses.text(consignee, "CountryCode"))));
    }
}
