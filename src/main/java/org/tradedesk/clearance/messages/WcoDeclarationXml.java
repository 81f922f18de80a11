package org.tradedesk.clearance.messages;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.clearance.messages.DeclarationMessage.TransportMode;
import org.tradedesk.shared.MessageText;
import org.w3c.dom.Element;

/**
 * A generic WCO Data Model 3.6 import declaration, with the element names, namespaces and nesting of the
 * UK customs' DMS sample ({@code hmrc_wco_dms36_import_declaration_valid.xml}): {@code md:MetaData}
 * (version 3.6, type DEC-DMS, responsible country) → {@code Declaration} (AcceptanceDateTime as
 * {@code udt:DateTimeString formatCode="102"}, FunctionCode, FunctionalReferenceID, TypeCode {@code IM},
 * VersionID, InvoiceAmount, TotalPackageQuantity, CurrencyExchange, Declarant, Exporter) → GoodsShipment
 * (Consignment with ArrivalTransportMeans and LoadingLocation, CustomsValuation/FreightChargeAmount,
 * Importer, TradeTerms) → GovernmentAgencyGoodsItem (SequenceNumeric, CustomsValueAmount, Commodity with
 * Description, Classification {@code TSP} tariff and {@code STA} statistical code, DutyTaxFee with
 * AdValoremTaxBaseAmount, DutyRegimeCode (preference), TaxRateNumeric, TypeCode and Payment/TaxAssessedAmount — the
 * duty or tax assessed; PaymentAmount, the sum paid, is read back only from declarations written before this was aligned —,
 * GoodsMeasure, Origin). Not carried: insurance, the item invoice amount, the discharge port, per-party
 * addresses beyond the country.
 *
 * <p>An export declaration (t4exp) is the same structure with TypeCode {@code EX}, DepartureTransportMeans in place of
 * ArrivalTransportMeans, GoodsShipment/Consignee and Destination/CountryCode, each item's FOB value as
 * StatisticalValueAmount and no DutyTaxFee (no duty or tax on an export; Taiwan's 推廣貿易服務費 is carried by the Taiwan
 * message, per declaration, not here). Not carried: the export date.
 */
public final class WcoDeclarationXml {

    static final String MD = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";
    static final String DEC = "urn:wco:datamodel:WCO:DEC-DMS:2";
    static final String UDT = "urn:wco:datamodel:WCO:Declaration_DS:DMS:2";
    private static final DateTimeFormatter D102 = DateTimeFormatter.BASIC_ISO_DATE;

    private WcoDeclarationXml() {
    }

    public static byte[] write(DeclarationMessage d) {
        if (!DeclarationValidation.lodgeable(DeclarationValidation.validate(d))) {
            throw new IllegalArgumentException("declaration " + d.reference() + " v" + d.version() + " is not lodgeable");
        }
        DeclarationText.require(d, DeclarationText.Repertoire.XML);
        String local = d.localCurrency();
        XmlOut x = new XmlOut();
        x.open("md", "MetaData", MD).namespace("md", MD).namespace(null, DEC).namespace("udt", UDT);
        x.el("md", "WCODataModelVersionCode", MD, "3.6", null, null);
        x.el("md", "WCOTypeName", MD, "DEC-DMS", null, null);
        x.el("md", "ResponsibleCountryCode", MD, d.jurisdiction(), null, null);
        x.open("Declaration");
        x.open("AcceptanceDateTime").el("udt", "DateTimeString", UDT, d.declarationDate().format(D102), "formatCode", "102").close();
        x.el("FunctionCode", d.functionCode().code());
        x.el("FunctionalReferenceID", d.reference());
        // IM an import, EX an export declaration (the UK DMS's declaration type codes, WCO DM 1/1; t4exp)
        x.el("TypeCode", d.forExport() ? "EX" : "IM");
        x.el("VersionID", d.version());
        x.el("InvoiceAmount", d.invoiceTotal(), "currencyID", d.currency());
        x.el("TotalPackageQuantity", d.packages());
        x.open("CurrencyExchange").el("CurrencyTypeCode", d.currency()).el("RateNumeric", d.exchangeRate()).close();
        party(x, "Declarant", d.declarant());
        party(x, "Exporter", d.exporter());
        x.open("GoodsShipment");
        x.el("TransactionNatureCode", 1);
        x.open("Consignment");
        x.open(d.forExport() ? "DepartureTransportMeans" : "ArrivalTransportMeans").el("TypeCode", d.transportMode().rec19()).close();
        if (d.loadingPort() != null) {
            x.open("LoadingLocation").el("ID", d.loadingPort()).close();
        }
        x.close();
        if (d.forExport()) {
            // an export: the consignee abroad and the country of destination (WCO DM GoodsShipment/Consignee, Destination)
            party(x, "Consignee", d.export().consignee());
            x.open("Destination").el("CountryCode", d.export().destinationCountry()).close();
        }
        if (d.freight() != null) {
            x.open("CustomsValuation").el("FreightChargeAmount", d.freight(), "currencyID", d.currency()).close();
        }
        for (DeclarationItem it : d.items()) {
            x.open("GovernmentAgencyGoodsItem");
            x.el("SequenceNumeric", it.sequence());
            // an export's item value is its FOB (statistical) value, WCO DM StatisticalValueAmount; an import's its customs value
            x.el(d.forExport() ? "StatisticalValueAmount" : "CustomsValueAmount", minor(it.customsValue(), local), "currencyID", local);
            x.open("Commodity");
            x.el("Description", it.description());
            x.open("Classification").el("ID", it.tariffCode()).el("IdentificationTypeCode", "TSP").close();
            if (it.statisticalCode() != null) {
                x.open("Classification").el("ID", it.statisticalCode()).el("IdentificationTypeCode", "STA").close();
            }
            for (DutyTax t : it.dutiesAndTaxes()) {
                x.open("DutyTaxFee").el("AdValoremTaxBaseAmount", minor(t.base(), local), "currencyID", local).el("DutyRegimeCode", it.preferenceClaimed())
                        .el("TaxRateNumeric", t.rate()).el("TypeCode", t.type());
                // the amount of the duty or tax assessed: WCO DM DutyTaxFee/Payment/TaxAssessedAmount (as the DMS declarations of
                // HMRC CDS and the Australian ICS carry it); PaymentAmount is the sum actually paid, which a declaration does not know
                x.open("Payment").el("TaxAssessedAmount", minor(t.amount(), local), "currencyID", local).close();
                x.close();
            }
            if (it.dutiesAndTaxes().isEmpty() && it.preferenceClaimed() != null) {
                x.open("DutyTaxFee").el("DutyRegimeCode", it.preferenceClaimed()).close();
            }
            x.close();
            x.open("GoodsMeasure").el("NetNetWeightMeasure", it.netMassKg(), "unitCode", "KGM")
                    .el("TariffQuantity", it.quantity(), "unitCode", it.unitCode()).close();
            x.open("Origin").el("CountryCode", it.originCountry()).close();
            x.close();
        }
        party(x, "Importer", d.importer());
        x.open("TradeTerms").el("ConditionCode", d.incoterm().name()).close();
        x.close();
        x.close();
        x.close();
        return x.bytes();
    }

    private static void party(XmlOut x, String role, Party p) {
        if (p == null) {
            return;
        }
        x.open(role).el("Name", p.name()).el("ID", p.id());
        if (p.country() != null) {
            x.open("Address").el("CountryCode", p.country()).close();
        }
        x.close();
    }

    /** Reads a WCO DM declaration in this structure back (also the HMRC sample's header and items). */
    public static DeclarationMessage read(byte[] content) {
        Element root = DeclarationXmlReading.root(content);
        Element dec = "MetaData".equals(root.getLocalName()) ? CustomsResponses.child(root, "Declaration") : root;
        DeclarationXmlReading.requireDeclaration(dec, root, "no Declaration");
        String p = "/MetaData/Declaration";
        Element gs = CustomsResponses.child(dec, "GoodsShipment");
        Element consignment = CustomsResponses.child(gs, "Consignment");
        Element fx = CustomsResponses.child(dec, "CurrencyExchange");
        List<Element> goods = DeclarationXmlReading.goodsItems(gs, p);
        List<DeclarationItem> items = new ArrayList<>();
        String localCurrency = null;
        for (Element g : goods) {
            String ip = p + "/GoodsShipment/GovernmentAgencyGoodsItem[" + (items.size() + 1) + "]";
            Element commodity = CustomsResponses.child(g, "Commodity");
            String tariff = null;
            String stat = null;
            for (Element c : CustomsResponses.children(commodity, "Classification")) {
                if ("STA".equals(CustomsResponses.text(c, "IdentificationTypeCode"))) {
                    stat = CustomsResponses.text(c, "ID");
                } else if (tariff == null) {
                    tariff = CustomsResponses.text(c, "ID");
                }
            }
            String preference = null;
            List<DutyTax> taxes = new ArrayList<>();
            for (Element t : CustomsResponses.children(commodity, "DutyTaxFee")) {
                preference = preference == null ? CustomsResponses.text(t, "DutyRegimeCode") : preference;
                if (CustomsResponses.child(t, "TypeCode") != null) {
                    taxes.add(new DutyTax(CustomsResponses.text(t, "TypeCode"), Values.decimal(CustomsResponses.text(t, "TaxRateNumeric"), "TaxRateNumeric", ip),
                            Values.decimal(CustomsResponses.text(t, "AdValoremTaxBaseAmount"), "AdValoremTaxBaseAmount", ip),
                            assessed(CustomsResponses.child(t, "Payment"), ip)));
                }
            }
            Element value = CustomsResponses.child(g, "CustomsValueAmount");
            if (value == null) {
                value = CustomsResponses.child(g, "StatisticalValueAmount");
            }
            if (value != null && localCurrency == null) {
                localCurrency = Values.blankToNull(value.getAttribute("currencyID"));
            }
            Element measure = CustomsResponses.child(g, "GoodsMeasure");
            Element quantity = CustomsResponses.child(measure, "TariffQuantity");
            items.add(new DeclarationItem(Values.integer(CustomsResponses.text(g, "SequenceNumeric"), "SequenceNumeric", ip),
                    CustomsResponses.text(commodity, "Description"), tariff, stat, CustomsResponses.text(CustomsResponses.child(g, "Origin"), "CountryCode"),
                    preference, Values.decimal(CustomsResponses.text(measure, "TariffQuantity"), "TariffQuantity", ip),
                    quantity == null ? null : Values.blankToNull(quantity.getAttribute("unitCode")),
                    Values.decimal(CustomsResponses.text(measure, "NetNetWeightMeasure"), "NetNetWeightMeasure", ip), null,
                    Values.decimal(value == null ? null : value.getTextContent().strip(), value == null ? "CustomsValueAmount" : value.getLocalName(), ip),
                    taxes));
        }
        BigDecimal values = items.stream().map(DeclarationItem::customsValue).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal duties = items.stream().flatMap(i -> i.dutiesAndTaxes().stream()).map(DutyTax::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Element date = CustomsResponses.child(CustomsResponses.child(dec, "AcceptanceDateTime"), "DateTimeString");
        boolean export = "EX".equals(CustomsResponses.text(dec, "TypeCode"));
        String mode = CustomsResponses.text(CustomsResponses.child(consignment, export ? "DepartureTransportMeans" : "ArrivalTransportMeans"), "TypeCode");
        String incoterm = CustomsResponses.text(CustomsResponses.child(gs, "TradeTerms"), "ConditionCode");
        String function = CustomsResponses.text(dec, "FunctionCode");
        Integer version = Values.integer(CustomsResponses.text(dec, "VersionID"), "VersionID", p);
        Element invoice = CustomsResponses.child(dec, "InvoiceAmount");
        Element responsible = CustomsResponses.child(root, "ResponsibleCountryCode");
        DeclarationMessage.ExportParticulars exportParticulars = !export ? null : new DeclarationMessage.ExportParticulars(null,
                CustomsResponses.text(CustomsResponses.child(gs, "Destination"), "CountryCode"), party(CustomsResponses.child(gs, "Consignee")));
        return new DeclarationMessage(responsible == null ? null : Values.blankToNull(responsible.getTextContent()),
                CustomsResponses.text(dec, "FunctionalReferenceID"), version == null ? 1 : version,
                "4".equals(function) ? FunctionCode.AMENDMENT : FunctionCode.ORIGINAL,
                date == null ? null : Values.date(date.getTextContent().strip().substring(0, Math.min(8, date.getTextContent().strip().length())),
                        "AcceptanceDateTime", p + "/AcceptanceDateTime"),
                party(CustomsResponses.child(dec, "Declarant")), party(CustomsResponses.child(gs, "Importer")), party(CustomsResponses.child(dec, "Exporter")),
                DeclarationMessage.TransportMode.ofRec19(mode),
                CustomsResponses.text(CustomsResponses.child(consignment, "LoadingLocation"), "ID"), null, null,
                Values.incoterm(incoterm, p + "/GoodsShipment/TradeTerms/ConditionCode"), null,
                CustomsResponses.text(fx, "CurrencyTypeCode") != null ? CustomsResponses.text(fx, "CurrencyTypeCode")
                        : invoice == null ? null : Values.blankToNull(invoice.getAttribute("currencyID")),
                Values.decimal(CustomsResponses.text(fx, "RateNumeric"), "RateNumeric", p), localCurrency,
                Values.decimal(CustomsResponses.text(dec, "InvoiceAmount"), "InvoiceAmount", p),
                Values.decimal(CustomsResponses.text(CustomsResponses.child(gs, "CustomsValuation"), "FreightChargeAmount"), "FreightChargeAmount", p),
                null, values, duties, Values.integer(CustomsResponses.text(dec, "TotalPackageQuantity"), "TotalPackageQuantity", p), null, items,
                null, null, exportParticulars);
    }

    private static Party party(Element e) {
        if (e == null) {
            return null;
        }
        return new Party(CustomsResponses.text(e, "ID"), CustomsResponses.text(e, "Name"),
                CustomsResponses.text(CustomsResponses.child(e, "Address"), "CountryCode"));
    }

    /**
     * The amount assessed of one DutyTaxFee: its Payment's TaxAssessedAmount (WCO DM); a declaration written before the
     * element was aligned gave it as PaymentAmount, still read.
     */
    private static java.math.BigDecimal assessed(Element payment, String where) {
        String assessed = CustomsResponses.text(payment, "TaxAssessedAmount");
        return assessed != null ? Values.decimal(assessed, "TaxAssessedAmount", where)
                : Values.decimal(CustomsResponses.text(payment, "PaymentAmount"), "PaymentAmount", where);
    }

    /**
     * An amount in {@code currency} written to the currency's minor unit (re-review F10: a base of TWD 146250.000 carried the
     * engine's working scale). The figures come from the engine already rounded where the law rounds them; this only writes
     * them at the currency's scale (HALF_UP for any working decimals beyond it, as the declaration's amounts are shown).
     */
    static java.math.BigDecimal minor(java.math.BigDecimal amount, String currency) {
        if (amount == null || currency == null) {
            return amount;
        }
        try {
            return amount.setScale(org.tradedesk.shared.CurrencyCode.of(currency).isoFractionDigits(), java.math.RoundingMode.HALF_UP);
        } catch (RuntimeException unknownCurrency) {
            return amount;
        }
    }
}
