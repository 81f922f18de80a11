package org.tradedesk.taxes.documents;

import java.util.Locale;
import org.tradedesk.taxes.CalculationId;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of a saved calculation's worksheet and advice letter, in {@code lang} (zh-TW or en),
 * else in the client's preferred language, else in the request's.
 */
@RestController
@RequestMapping("/api/v1/tax/calculations/saved/{id}")
class TaxDocumentsApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CalculationDocuments documents;

    TaxDocumentsApiController(CalculationDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/worksheet.xlsx")
    @Operation(summary = "Worksheet (O1.2.1) as XLSX with live formulas, one sheet per option compared")
    ResponseEntity<byte[]> worksheetXlsx(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return file(documents.worksheetXlsx(id, locale(lang)), XLSX, "worksheet-" + id + ".xlsx");
    }

    @GetMapping("/worksheet.pdf")
    @Operation(summary = "Worksheet (O1.2.1) as PDF")
    ResponseEntity<byte[]> worksheetPdf(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return file(documents.worksheetPdf(id, locale(lang)), MediaType.APPLICATION_PDF, "worksheet-" + id + ".pdf");
    }

    @GetMapping("/advice-letter.pdf")
    @Operation(summary = "Advice letter (T1.3) as PDF in the client's language")
    ResponseEntity<byte[]> letterPdf(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return file(documents.adviceLetterPdf(id, locale(lang)), MediaType.APPLICATION_PDF, "advice-" + id + ".pdf");
    }

    @GetMapping(path = "/advice-letter", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "Advice letter (T1.3) as HTML")
    String letterHtml(@PathVariable CalculationId id, @RequestParam(required = false) String lang) {
        return documents.adviceLetterHtml(id, locale(lang));
    }

    /** The language asked for, or null: the client's preferred language then decides. */
    private static Locale locale(String lang) {
        return lang == null || lang.isBlank() ? null : Locale.forLanguageTag(lang);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
