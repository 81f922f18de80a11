package org.tradedesk.clearance.messages;

import javax.xml.stream.XMLStreamReader;

/**
 * UN/CEFACT Cross-Industry Invoice (D16B, as profiled by EN 16931): header (document id and date, seller and
 * buyer with country, delivery terms, currency, the total without tax = BT-109, else the grand total BT-112) and each
 * {@code IncludedSupplyChainTradeLineItem} (name, HS classification when {@code listID="HS"}, origin,
 * billed quantity and unit, net price, line total).
 */
final class CiiInvoiceReader {

    static final String NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final String TX = "/CrossIndustryInvoice/SupplyChainTradeTransaction";
    private static final String LINE = TX + "/IncludedSupplyChainTradeLineItem";
    private static final String AGREEMENT = TX + "/ApplicableHeaderTradeAgreement";
    private static final String SETTLEMENT = TX + "/ApplicableHeaderTradeSettlement";

    private CiiInvoiceReader() {
    }

    static CapturedInvoice read(byte[] content) {
        InvoiceBuilder inv = new InvoiceBuilder();
        SecureXml.walk(content, new SecureXml.Handler() {
            LineBuilder line;
            String classificationList;
            String quantityUnit;

            @Override
            public void start(String path, XMLStreamReader r) {
                switch (path) {
                    case LINE -> line = inv.newLine(SecureXml.where(r, path));
                    case LINE + "/SpecifiedTradeProduct/DesignatedProductClassification/ClassCode" ->
                            classificationList = r.getAttributeValue(null, "listID");
                    case LINE + "/SpecifiedLineTradeDelivery/BilledQuantity" -> quantityUnit = r.getAttributeValue(null, "unitCode");
                    default -> {
                    }
                }
            }

            @Override
            public void end(String path, String text, String where) {
                if (path.startsWith(LINE + "/")) {
                    line(path.substring(LINE.length() + 1), text, where);
                    return;
                }
                switch (path) {
                    case "/CrossIndustryInvoice/ExchangedDocument/ID" -> inv.invoiceNumber = Values.blankToNull(text);
                    case "/CrossIndustryInvoice/ExchangedDocument/IssueDateTime/DateTimeString" ->
                            inv.issueDate = Values.date(text, "IssueDateTime", where);
                    case AGREEMENT + "/SellerTradeParty/Name" -> inv.sellerName = Values.blankToNull(text);
                    case AGREEMENT + "/SellerTradeParty/PostalTradeAddress/CountryID" -> inv.sellerCountry = Values.blankToNull(text);
                    case AGREEMENT + "/BuyerTradeParty/Name" -> inv.buyerName = Values.blankToNull(text);
                    case AGREEMENT + "/BuyerTradeParty/PostalTradeAddress/CountryID" -> inv.buyerCountry = Values.blankToNull(text);
                    case AGREEMENT + "/ApplicableTradeDeliveryTerms/DeliveryTypeCode" -> inv.incoterm = Values.blankToNull(text);
                    case SETTLEMENT + "/InvoiceCurrencyCode" -> inv.currency = Values.blankToNull(text);
                    // without VAT/GST for customs: BT-109 when given, else the grand total BT-112
                    case SETTLEMENT + "/SpecifiedTradeSettlementHeaderMonetarySummation/TaxBasisTotalAmount" ->
                            inv.totalAmount = Values.decimal(text, "TaxBasisTotalAmount", where);
                    case SETTLEMENT + "/SpecifiedTradeSettlementHeaderMonetarySummation/GrandTotalAmount" -> {
                        if (inv.totalAmount == null) {
                            inv.totalAmount = Values.decimal(text, "GrandTotalAmount", where);
                        }
                    }
                    default -> {
                    }
                }
            }

            private void line(String p, String text, String where) {
                switch (p) {
                    case "AssociatedDocumentLineDocument/LineID" -> line.lineNumber = Values.integer(text, "LineID", where);
                    case "SpecifiedTradeProduct/Name" -> line.description = Values.blankToNull(text);
                    case "SpecifiedTradeProduct/DesignatedProductClassification/ClassCode" -> {
                        if ("HS".equals(classificationList)) {
                            line.tariffCode = Values.blankToNull(text);
                        }
                    }
                    case "SpecifiedTradeProduct/OriginTradeCountry/ID" -> line.originCountry = Values.blankToNull(text);
                    case "SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount" ->
                            line.unitPrice = Values.decimal(text, "NetPriceProductTradePrice", where);
                    case "SpecifiedLineTradeDelivery/BilledQuantity" -> {
                        line.quantity = Values.decimal(text, "BilledQuantity", where);
                        line.unitCode = Values.blankToNull(quantityUnit);
                    }
                    case "SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount" ->
                            line.amount = Values.decimal(text, "LineTotalAmount", where);
                    default -> {
                    }
                }
            }
        });
        return inv.build("CII", false);
    }
}
