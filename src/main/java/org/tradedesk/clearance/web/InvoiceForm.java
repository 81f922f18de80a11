package org.tradedesk.clearance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.platform.validation.Amount;
import org.tradedesk.platform.validation.DateWindow;

/**
 * The invoice hand-capture form (header and lines), as typed; {@code version} is the document's version when
 * correcting captured data. Country, tariff-code and dangerous-goods formats are checked by the module's rule
 * ({@code CapturedInvoiceCheck}) and come back at their fields.
 */
record InvoiceForm(
        @Size(max = 40) String invoiceNumber,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate,
        @Size(max = 3) String currency,
        @Size(max = 300) String sellerName,
        @Size(max = 2) String sellerCountry,
        @Size(max = 300) String buyerName,
        @Size(max = 2) String buyerCountry,
        @Size(max = 20) String incoterm, // not max 3: "FOBB" is named "not an Incoterms 2020 rule" by the capture check (r-t4c F7)
        @Size(max = 100) String incotermPlace,
        @PositiveOrZero @Amount BigDecimal totalAmount,
        @PositiveOrZero @Amount BigDecimal grossMassKg,
        @PositiveOrZero Integer packages,
        @Size(max = 200) List<@Valid @NotNull LineForm> lines,
        Long version) {

    InvoiceForm {
        lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    record LineForm(
            @NotBlank @Size(max = 500) String description,
            @Size(max = 20) String tariffCode,
            @Size(max = 2) String originCountry,
            @PositiveOrZero @Amount BigDecimal quantity,
            @Size(max = 10) String unitCode,
            @PositiveOrZero @Amount BigDecimal netMassKg,
            @PositiveOrZero @Amount BigDecimal grossMassKg,
            @PositiveOrZero @Amount BigDecimal unitPrice,
            @PositiveOrZero @Amount BigDecimal amount,
            @Size(max = 6) String unNumber,
            @Size(max = 4) String dangerousGoodsClass,
            @Size(max = 3) String packingGroup,
            @PositiveOrZero @Amount BigDecimal litres,
            @PositiveOrZero @jakarta.validation.constraints.DecimalMax("100") BigDecimal alcoholByVolume) {

        /** {@code litres} and {@code alcoholByVolume} (%vol): what the tax engine needs for 菸酒稅 (review of issue 8, 3). */
        LineForm(String description, String tariffCode, String originCountry, BigDecimal quantity, String unitCode, BigDecimal netMassKg,
                BigDecimal grossMassKg, BigDecimal unitPrice, BigDecimal amount, String unNumber, String dangerousGoodsClass,
                String packingGroup) {
            this(description, tariffCode, originCountry, quantity, unitCode, netMassKg, grossMassKg, unitPrice, amount, unNumber,
                    dangerousGoodsClass, packingGroup, null, null);
        }

        static LineForm blank() {
            return new LineForm(null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    static InvoiceForm blank() {
        return new InvoiceForm(null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(LineForm.blank()), null);
    }

    static InvoiceForm of(CapturedInvoice c, long version) {
        List<LineForm> lines = c.lines().stream().map(l -> new LineForm(l.description(), l.tariffCode(), l.originCountry(),
                l.quantity(), l.unitCode(), l.netMassKg(), l.grossMassKg(), l.unitPrice(), l.amount(), l.unNumber(),
                l.dangerousGoodsClass(), l.packingGroup(), l.litres(), l.alcoholByVolume())).toList();
        return new InvoiceForm(c.invoiceNumber(), c.issueDate(), c.currency(), c.sellerName(), c.sellerCountry(), c.buyerName(),
                c.buyerCountry(), c.incoterm(), c.incotermPlace(), c.totalAmount(), c.grossMassKg(), c.packages(),
                lines.isEmpty() ? List.of(LineForm.blank()) : lines, version);
    }

    InvoiceForm withLine() {
        List<LineForm> more = new ArrayList<>(lines);
        more.add(LineForm.blank());
        return new InvoiceForm(invoiceNumber, issueDate, currency, sellerName, sellerCountry, buyerName, buyerCountry, incoterm,
                incotermPlace, totalAmount, grossMassKg, packages, more, version);
    }

    CapturedInvoice toCaptured() {
        List<CapturedLine> captured = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineForm l = lines.get(i);
            captured.add(new CapturedLine(i + 1, text(l.description()), text(l.tariffCode()), upper(l.originCountry()), l.quantity(),
                    text(l.unitCode()), l.netMassKg(), l.grossMassKg(), l.unitPrice(), l.amount(), text(l.unNumber()),
                    text(l.dangerousGoodsClass()), upper(l.packingGroup()), l.litres(), l.alcoholByVolume()));
        }
        return new CapturedInvoice("MANUAL", false, text(invoiceNumber), issueDate, upper(currency), text(sellerName),
                upper(sellerCountry), text(buyerName), upper(buyerCountry), upper(incoterm), text(incotermPlace), totalAmount,
                grossMassKg, packages, captured);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String t = text(value);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }
}
