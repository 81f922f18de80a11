package org.tradedesk.clearance.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.platform.validation.DateWindow;

/** The hand capture of a packing list's, B/L's, AWB's, certificate's or permit's key figures. */
record FiguresForm(@PositiveOrZero Integer packages, @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal grossMassKg,
        @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal netMassKg,
        @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal quantity, @Size(max = 300) String shipper,
        @Size(max = 300) String consignee, @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
        @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @Size(max = 500) String tariffCodes) {

    static FiguresForm of(DocumentFigures f) {
        return f == null ? new FiguresForm(null, null, null, null, null, null, null, null, null)
                : new FiguresForm(f.packages(), f.grossMassKg(), f.netMassKg(), f.quantity(), f.shipper(), f.consignee(), f.issuedOn(),
                        f.validUntil(), String.join(", ", f.tariffCodes()));
    }

    DocumentFigures toFigures() {
        return new DocumentFigures(packages, grossMassKg, netMassKg, quantity, shipper, consignee, issuedOn, validUntil,
                tariffCodes == null ? List.of() : List.of(tariffCodes.split(",")));
    }
}
