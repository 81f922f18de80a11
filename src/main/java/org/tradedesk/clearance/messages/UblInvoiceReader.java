package org.tradedesk.clearance.messages;

import javax.xml.stream.XMLStreamReader;

/**
 * UBL 2.1 Invoice (OASIS, as profiled by EN 16931). Reads the header (number, date, currency, parties with
 * their country, delivery terms, the invoice total without tax = BT-109 {@code TaxExclusiveAmount} (else BT-112 with tax), shipment
 * gross weight and handling units) and each {@code InvoiceLine} (item name, HS classification when the
 * list is {@code HS}, origin, quantity and unit, price, line amount, hazardous item UN number and class).
 */
final class UblInvoiceReader {

    static final String NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";

    private UblInvoiceReader() {
    }

    static CapturedInvoice read(byte[] content) {
        InvoiceBuilder inv = new InvoiceBuilder();
        SecureXml.walk(content, new SecureXml.Handler() {
            LineBuilder line;
            String classificationList;
            String quantityUnit;
            String weightUnit;

            @Override
            public void start(String path, XMLStreamReader r) {
                switch (path) {
                    case "/Invoice/InvoiceLine" -> line = inv.newLine(SecureXml.where(r, path));
                    case "/Invoice/InvoiceLine/Item/CommodityClassification/ItemClassificationCode" ->
                            classificationList = r.getAttributeValue(null, "listID");
                    case "/Invoice/InvoiceLine/InvoicedQuantity" -> quantityUnit = r.getAttributeValue(null, "unitCode");
                    case "/Invoice/Delivery/Shipment/GrossWeightMeasure" -> weightUnit = r.getAttributeValue(null, "unitCode");
                    default -> {
                    }
                }
            }

            @Override
            public void end(String path, String text, String where) {
                if (path.startsWith("/Invoice/InvoiceLine/")) {
                    line(path.substring("/Invoice/InvoiceLine/".length()), text, where);
                    return;
                }
                switch (path) {
                    case "/Invoice/ID" -> inv.invoiceNumber = Values.blankToNull(text);
                    case "/Invoice/IssueDate" -> inv.issueDate = Values.date(text, "IssueDate", where);
                    case "/Invoice/DocumentCurrencyCode" -> inv.currency = Values.blankToNull(text);
                    case "/Invoice/AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName" -> inv.sellerName = Values.blankToNull(text);
                    case "/Invoice/AccountingSupplierParty/Party/PartyName/Name" -> {
                        if (inv.sellerName == null) {
                            inv.sellerName = Values.blankToNull(text);
                        }
                    }
                    case "/Invoice/AccountingSupplierParty/Party/PostalAddress/Country/IdentificationCode" -> inv.sellerCountry = Values.blankToNull(text);
                    case "/Invoice/AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName" -> inv.buyerName = Values.blankToNull(text);
                    case "/Invoice/AccountingCustomerParty/Party/PartyName/Name" -> {
                        if (inv.buyerName == null) {
                            inv.buyerName = Values.blankToNull(text);
                        }
                    }
                    case "/Invoice/AccountingCustomerParty/Party/PostalAddress/Country/IdentificationCode" -> inv.buyerCountry = Values.blankToNull(text);
                    case "/Invoice/DeliveryTerms/ID" -> inv.incoterm = Values.blankToNull(text);
                    case "/Invoice/DeliveryTerms/DeliveryLocation/Address/CityName" -> inv.incotermPlace = Values.blankToNull(text);
                    // the goods' value for customs is without VAT/GST: BT-109 when given, else BT-112 (total with tax)
                    case "/Invoice/LegalMonetaryTotal/TaxExclusiveAmount" -> inv.totalAmount = Values.decimal(text, "TaxExclusiveAmount", where);
                    case "/Invoice/LegalMonetaryTotal/TaxInclusiveAmount" -> {
                        if (inv.totalAmount == null) {
                            inv.totalAmount = Values.decimal(text, "TaxInclusiveAmount", where);
                        }
                    }
                    case "/Invoice/Delivery/Shipment/GrossWeightMeasure" -> {
                        if ("KGM".equals(weightUnit)) {
                            inv.grossMassKg = Values.decimal(text, "GrossWeightMeasure", where);
                        }
                    }
                    case "/Invoice/Delivery/Shipment/TotalTransportHandlingUnitQuantity" ->
                            inv.packages = Values.integer(text, "TotalTransportHandlingUnitQuantity", where);
                    default -> {
                    }
                }
            }

            private void line(String p, String text, String where) {
                switch (p) {
                    case "ID" -> line.lineNumber = Values.integer(text, "InvoiceLine/ID", where);
                    case "InvoicedQuantity" -> {
                        line.quantity = Values.decimal(text, "InvoicedQuantity", where);
                        line.unitCode = Values.blankToNull(quantityUnit);
                    }
                    case "LineExtensionAmount" -> line.amount = Values.decimal(text, "LineExtensionAmount", where);
                    case "Item/Name" -> line.description = Values.blankToNull(text);
                    case "Item/Description" -> {
                        if (line.description == null) {
                            line.description = Values.blankToNull(text);
                        }
                    }
                    case "Item/CommodityClassification/ItemClassificationCode" -> {
                        if ("HS".equals(classificationList)) {
                            line.tariffCode = Values.blankToNull(text);
                        }
                    }
                    case "Item/OriginCountry/IdentificationCode" -> line.originCountry = Values.blankToNull(text);
                    case "Item/HazardousItem/UNDGCode" -> line.unNumber = Values.blankToNull(text);
                    case "Item/HazardousItem/HazardClassID" -> line.dangerousGoodsClass = Values.blankToNull(text);
                    case "Price/PriceAmount" -> line.unitPrice = Values.decimal(text, "PriceAmount", where);
                    default -> {
                    }
                }
            }
        });
        return inv.build("UBL", false);
    }
}
