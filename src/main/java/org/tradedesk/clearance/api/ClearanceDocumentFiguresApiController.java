package org.tradedesk.clearance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.clearance.ClearanceDocumentFigures;
import org.tradedesk.clearance.DocumentNotFound;
import org.tradedesk.clearance.TransactionId;
import org.tradedesk.clearance.domain.DocumentFigures;

@RestController
@RequestMapping("/api/v1/clearance/transactions/{id}/documents/{documentId}/figures")
@Tag(name = "Clearance document figures", description = "Key figures of a packing list, B/L, AWB, certificate of origin or permit "
        + "(packages, gross/net mass, quantity, shipper, consignee, issue and expiry dates, tariff codes covered) for the cross-document checks")
class ClearanceDocumentFiguresApiController {

    private final ClearanceDocumentFigures figures;
    ClearanceDocumentFiguresApiController(ClearanceDocumentFigures figures) {
        this.figures = figures;
    }

    record FiguresJson(@PositiveOrZero Integer packages, @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal grossMassKg,
            @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal netMassKg,
            @PositiveOrZero @Digits(integer = 13, fraction = 3) BigDecimal quantity, @Size(max = 300) String shipper,
            @Size(max = 300) String consignee, LocalDate issuedOn, LocalDate validUntil, @Size(max = 40) List<@Size(max = 14) String> tariffCodes) {

        static FiguresJson of(DocumentFigures f) {
            return new FiguresJson(f.packages(), f.grossMassKg(), f.netMassKg(), f.quantity(), f.shipper(), f.consignee(), f.issuedOn(),
                    f.validUntil(), f.tariffCodes());
        }

        DocumentFigures toFigures() {
            return new DocumentFigures(packages, grossMassKg, netMassKg, quantity, shipper, consignee, issuedOn, validUntil, tariffCodes);
        }
    }

    @GetMapping
    @Operation(summary = "The figures captured of the document (404 when none)")
    FiguresJson get(@PathVariable long id, @PathVariable long documentId) {
        DocumentFigures f = figures.figures(TransactionId.of(id)).get(documentId);
        if (f == null) {
            throw DocumentNotFound.forIds(id, documentId);
        }
        return FiguresJson.of(f);
    }

    @PutMapping
    @Operation(summary = "Capture (or replace) the figures; the checks at …/findings then compare them with the invoices")
    FiguresJson put(@PathVariable long id, @PathVariable long documentId, @Valid @RequestBody FiguresJson body) {
        return FiguresJson.of(figures.record(TransactionId.of(id), documentId, body.toFigures()));
    }
}
