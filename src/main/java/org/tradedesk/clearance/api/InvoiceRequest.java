package org.tradedesk.clearance.api;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An invoice typed by hand (or corrected): the fields of {@link CapturedInvoice} a person gives, every one optional
 * but the lines' descriptions; lines are numbered in their order. What is given is checked field by field.
 */
record InvoiceRequest(String invoiceNumber, LocalDate issueDate, String currency, String sellerName, String sellerCountry,
        String buyerName, String buyerCountry, String incoterm, String incotermPlace,
        @JsonDeserialize(using = CapturedDecimal.class) BigDecimal totalAmount,
        @JsonDeserialize(using = CapturedDecimal.class) BigDecimal grossMassKg, Integer packages, List<@Valid Line> lines) {

    /**
     * The figures within the product's bounds ({@code platform.validation.Bounds}), as the invoice form (issue 8) — checked
     * by {@link org.tradedesk.clearance.domain.CapturedInvoiceCheck} with every other field, read by {@link CapturedDecimal}
     * (t4fixQ 4: the bounds of every body and an {@code @Amount} here answered a number too large alone, the other fields'
     * problems in a later round).
     */
    record Line(String description, String tariffCode, String originCountry,
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal quantity, String unitCode,
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal netMassKg,
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal grossMassKg,
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal unitPrice,
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal amount, String unNumber,
            String dangerousGoodsClass, String packingGroup,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The line's volume in litres (菸酒稅 of wine, beer, spirits)")
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal litres,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The line's alcoholic strength in %vol (13 = 13 %)")
            @JsonDeserialize(using = CapturedDecimal.class) BigDecimal alcoholByVolume) {

        Line(String description, String tariffCode, String originCountry, BigDecimal quantity, String unitCode, BigDecimal netMassKg,
                BigDecimal grossMassKg, BigDecimal unitPrice, BigDecimal amount, String unNumber, String dangerousGoodsClass,
                String packingGroup) {
            this(description, tariffCode, originCountry, quantity, unitCode, netMassKg, grossMassKg, unitPrice, amount, unNumber,
                    dangerousGoodsClass, packingGroup, null, null);
        }
    }

    CapturedInvoice toCaptured() {
        List<CapturedLine> captured = new ArrayList<>();
        List<Line> given = lines == null ? List.of() : lines;
        for (int i = 0; i < given.size(); i++) {
            Line l = given.get(i) == null ? new Line(null, null, null, null, null, null, null, null, null, null, null, null) : given.get(i);
            captured.add(new CapturedLine(i + 1, l.description(), l.tariffCode(), l.originCountry(), l.quantity(), l.unitCode(),
                    l.netMassKg(), l.grossMassKg(), l.unitPrice(), l.amount(), l.unNumber(), l.dangerousGoodsClass(),
                    l.packingGroup(), l.litres(), l.alcoholByVolume()));
        }
        return new CapturedInvoice("MANUAL", false, invoiceNumber, issueDate, currency, sellerName, sellerCountry, buyerName,
                buyerCountry, incoterm, incotermPlace, totalAmount, grossMassKg, packages, captured);
    }
}
