package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.markets.ConcentrationView;
import org.tradedesk.markets.DatasetStatus;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;

/** Trade-statistics datasets and their indicators for integrations; errors are RFC 9457 problem details in the caller's language. */
@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Market research", description = "T2: trade-statistics datasets (Comtrade, Taiwan GA30, WITS) and indicators")
class MarketDatasetApiController {

    private final MarketDatasets markets;
    private final MessageSource messages;
    private final org.tradedesk.platform.MessageTexts texts;

    MarketDatasetApiController(MarketDatasets markets, MessageSource messages, org.tradedesk.platform.MessageTexts texts) {
        this.markets = markets;
        this.messages = messages;
        this.texts = texts;
    }

    /** A rejected row: line, message code, the file's words, and the reason worded in the caller's language. */
    record RejectionJson(long line, String code, String detail, String reason) {

        /** A rejected row with its stored code and arguments worded in the caller's language (trade and tariff datasets). */
        static RejectionJson of(org.tradedesk.markets.Rejection r, org.springframework.context.MessageSource messages, Locale locale) {
            return new RejectionJson(r.line(), r.code(), r.detail(),
                    messages.getMessage(r.code(), new Object[] {r.line(), r.detail()}, r.code(), locale));
        }
    }

    /** The import's answer and a dataset's provenance. */
    record DatasetJson(long id, String fileName, String sha256, long fileSize, SourceFormat format, String source, String encoding,
                       DatasetStatus status, int progress, Long rowsRead, Long rowsKept, Long rowsRejected, String units,
                       String unitsText, String valuationBasis, String preliminaryPeriods, Integer firstYear, Integer lastYear,
                       String createdBy, Instant createdAt, Instant finishedAt, String ownerInstance, Instant heartbeatAt,
                       boolean duplicate, String failureCode, String failure, List<RejectionJson> rejections, String delimiter) {
    }

    @PostMapping(path = "/datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a trade-statistics file",
            description = "Formats (detected from the content unless `format` names one): COMTRADE_V1 (portal or API CSV, 47 "
                    + "columns), COMTRADE_LEGACY, TW_GA30 (Big5 or UTF-8), WITS_SDMX. A file up to 2 MiB is imported within the "
                    + "request: 201 with the counts and the rejected rows (line, code, reason); a larger one is queued as a "
                    + "background job: 202, poll GET /datasets/{id} for status and progress. The same file again (same SHA-256) "
                    + "gives the earlier dataset with duplicate=true and 200, importing nothing. A file that is not trade "
                    + "statistics or is cut off: 400 naming the line and the problem, nothing stored.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "imported"),
                    @ApiResponse(responseCode = "202", description = "queued as a background job"),
                    @ApiResponse(responseCode = "200", description = "the same file was imported before"),
                    @ApiResponse(responseCode = "400", description = "refused: problem detail with code and line",
                            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.springframework.http.ProblemDetail.class))),
                    @ApiResponse(responseCode = "409", description = "another import holds this instance's one import turn past "
                            + "tradedesk.markets.import-wait (code markets.import.busy), or 20 background jobs already wait "
                            + "(code markets.import.queue-full): nothing stored, send it again",
                            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.springframework.http.ProblemDetail.class)))})
    ResponseEntity<DatasetJson> upload(@RequestPart("file") MultipartFile file,
                                       @Parameter(description = "COMTRADE_V1, COMTRADE_LEGACY, TW_GA30 or WITS_SDMX; detected when absent")
                                       @RequestParam(required = false) String format, Principal principal) throws IOException {
        if (file.isEmpty()) {
            throw new org.tradedesk.markets.ParameterInvalid("file", "", "markets.query.reason.file-empty");
        }
        DatasetView view;
        try (InputStream in = file.getInputStream()) {
            view = markets.importFile(file.getOriginalFilename(), in, SourceFormat.of(format), principal == null ? null : principal.getName(),
                    true);
        }
        HttpStatus status = view.duplicate() ? HttpStatus.OK : view.running() ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        return ResponseEntity.status(status).location(URI.create("/api/v1/markets/datasets/" + view.id())).body(json(view));
    }

    @GetMapping("/datasets")
    @Operation(summary = "Datasets with their provenance, newest first (at most 200)")
    List<DatasetJson> datasets() {
        return markets.datasets().stream().map(this::json).toList();
    }

    @GetMapping("/datasets/{id}")
    @Operation(summary = "A dataset's provenance, import status and progress, and its rejected rows (the first 1000)")
    DatasetJson dataset(@PathVariable long id) {
        return json(markets.dataset(id));
    }

    @GetMapping("/datasets/{id}/series")
    @Operation(summary = "A series with CAGR and log-linear trend growth (95 % interval)",
            description = "reporter: ISO3 or the file's numeric code; partner: 0/World (default) or a code; flow M or X; product: "
                    + "the code as in the file (a code absent from the file sums the one level beneath it, never several levels); "
                    + "frequency A (default) or M; from/to: years. Growth figures are fractions (0.0937 = 9.37 %) over full, final "
                    + "periods only: preliminary and partial periods are flagged in points and left out. No trend under 4 years. "
                    + "unitValue is null where the quantity is empty or 0. quantityUnit (the quantity's unit) and unitValueUnit (the "
                    + "unit value's) are in the caller's language (kg / 公斤, USD/kg / 美元／公斤, the net-weight stand-in \"kg (net "
                    + "weight)\" worded); quantityUnitCode is the unit as stored (a Comtrade abbreviation or code; netWgt for the net weight), for machines only; a "
                    + "period whose rows carry several units lists them in mixedUnits (worded; mixedUnitCodes as stored) and "
                    + "has no quantity or unit value (units are never summed together). Changed on 2026-12-07: quantityUnit, "
                    + "unitValueUnit and mixedUnits were the stored codes; the codes are now in quantityUnitCode and mixedUnitCodes, "
                    + "and quantityUnitText and unitValueUnitText are removed. A reporter or product that is not in the dataset at all is a "
                    + "404 naming it; a known reporter and product with no rows for the partner, flow or years is a 200 with no points.",
            // the body is written through MessageTextJson.Rendered: the document describes what it holds
            responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "the series",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SeriesJson.class))))
    org.tradedesk.platform.MessageTextJson.Rendered series(@PathVariable long id, @RequestParam(required = false) String reporter,
                      @RequestParam(required = false) String partner, @RequestParam(required = false) String flow,
                      @RequestParam(required = false) String product, @RequestParam(required = false) String frequency,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        // units worded and productNote with its text in the caller's language
        Locale locale = LocaleContextHolder.getLocale();
        // t2fixO: a year that is no number (from=99999999999) is named with the other problems, not alone before them
        List<org.tradedesk.markets.ParameterInvalid> problems = new java.util.ArrayList<>();
        Integer fromYear = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> year("from", from));
        Integer toYear = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> year("to", to));
        return org.tradedesk.platform.MessageTextJson.rendered(json(markets.seriesInDataset(id, reporter, partner, flow, product, frequency,
                fromYear, toYear, problems), locale), locale, texts);
    }

    /** A year parameter as typed: digits (too many: out of range), else not a whole number; null when not given. */
    static Integer year(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String t = value.strip();
        if (t.matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(t);
        }
        if (t.matches("-?[0-9]+")) {
            throw new org.tradedesk.markets.ParameterInvalid(field, value, "markets.query.reason.year-range", "1900", "2100");
        }
        throw new org.tradedesk.markets.ParameterInvalid(field, value, "markets.query.reason.not-a-whole-number");
    }

    /**
     * One period of {@code /series}: {@code quantityUnit}, {@code unitValueUnit} and {@code mixedUnits} in the caller's language
     * ("kg" / 「公斤」, "USD/kg" / 「美元／公斤」, "kg (net weight)" / 「公斤（淨重）」), as {@code /indicators} gives them;
     * {@code quantityUnitCode} and {@code mixedUnitCodes} the units as stored (a Comtrade abbreviation or code), for machines only.
     */
    record PointJson(String period, BigDecimal value, Double quantity,
                     @io.swagger.v3.oas.annotations.media.Schema(description = QUANTITY_UNIT) String quantityUnit,
                     @io.swagger.v3.oas.annotations.media.Schema(description = QUANTITY_UNIT_CODE) String quantityUnitCode, Double unitValue,
                     @io.swagger.v3.oas.annotations.media.Schema(description = UNIT_VALUE_UNIT) String unitValueUnit,
                     @io.swagger.v3.oas.annotations.media.Schema(description = MIXED_UNITS) List<String> mixedUnits,
                     @io.swagger.v3.oas.annotations.media.Schema(description = MIXED_UNIT_CODES) List<String> mixedUnitCodes, boolean preliminary,
                     Integer partialToMonth) {
    }

    /** The OpenAPI descriptions of the unit fields of {@code /series} and {@code /indicators} (changed on 2026-12-07). */
    static final String QUANTITY_UNIT = "The quantity's unit as worded text in the caller's language (\"kg\" / 公斤, \"kg (net "
            + "weight)\" / 公斤（淨重）); null when there is no quantity. Changed on 2026-12-07: it held the stored code before; "
            + "the code is in quantityUnitCode (the field quantityUnitText is removed).";
    static final String QUANTITY_UNIT_CODE = "The quantity's unit as stored (a Comtrade abbreviation or code, a UN/ECE Rec. 20 "
            + "code such as KGM), for machines only; since 2026-12-07 (before, this code was in quantityUnit).";
    static final String UNIT_VALUE_UNIT = "The unit value's unit as worded text in the caller's language (\"USD/kg\" / 美元／公斤, "
            + "\"USD per kg (net weight)\"); null when there is no unit value. Changed on 2026-12-07: it held USD/<stored code> "
            + "before (the field unitValueUnitText is removed); the stored code is in quantityUnitCode.";
    static final String MIXED_UNITS = "The units of a period whose rows carry several (nothing summed), as worded text in the caller's "
            + "language; empty otherwise. Changed on 2026-12-07: it held the stored codes before; they are in mixedUnitCodes.";
    static final String MIXED_UNIT_CODES = "mixedUnits as stored (Comtrade abbreviations or codes), for machines only; since "
            + "2026-12-07 (before, these codes were in mixedUnits).";

    record SeriesJson(long dataset, String reporter, String partner, org.tradedesk.markets.Flow flow, String product,
                      org.tradedesk.markets.Frequency frequency, List<PointJson> points, Double cagr, Double trendGrowth,
                      List<Double> trendGrowthCi, String valuationBasis, String units, String source,
                      org.tradedesk.shared.MessageText productNote) {
    }

    private SeriesJson json(org.tradedesk.markets.SeriesView v, Locale locale) {
        List<PointJson> points = v.points().stream().map(p -> new PointJson(p.period(), p.value(), p.quantity(),
                p.quantityUnit() == null ? null : texts.render(org.tradedesk.markets.QuantityUnits.quantity(p.quantityUnit()), locale),
                org.tradedesk.markets.TradeRow.unitCode(p.quantityUnit()), p.unitValue(), p.unitValue() == null || p.quantityUnit() == null ? null
                        : texts.render(org.tradedesk.markets.QuantityUnits.unitValue(p.quantityUnit()), locale),
                p.mixedUnits().stream().map(u -> texts.render(org.tradedesk.markets.QuantityUnits.quantity(u), locale)).toList(),
                p.mixedUnits().stream().map(org.tradedesk.markets.TradeRow::unitCode).toList(), p.preliminary(), p.partialToMonth())).toList();
        return new SeriesJson(v.dataset(), v.reporter(), v.partner(), v.flow(), v.product(), v.frequency(), points, v.cagr(),
                v.trendGrowth(), v.trendGrowthCi(), v.valuationBasis(), v.units(), v.source(), v.productNote());
    }

    @GetMapping("/datasets/{id}/concentration")
    @Operation(summary = "Shares, HHI and normalised HHI by partner or by reporter",
            description = "HHI = Σ share² with shares as fractions (0–1); normalised = (HHI − 1/N)/(1 − 1/N), null for one partner "
                    + "with normalizedHhiNote saying why. World (0) and "
                    + "aggregates (areas without an ISO code) are left out; Taiwan (490) is in. by=partner may fix the reporter "
                    + "(reporter=); by=reporter fixes the partner (partner=, default World).")
    org.tradedesk.platform.MessageTextJson.Rendered concentration(@PathVariable long id, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String flow, @RequestParam(required = false) String product,
                                    @RequestParam(required = false) String by, @RequestParam(required = false) String reporter,
                                    @RequestParam(required = false) String partner) {
        Locale locale = LocaleContextHolder.getLocale();
        // normalizedHhiNote (one partner: not defined) with its text in the caller's language
        return org.tradedesk.platform.MessageTextJson.rendered(markets.concentration(id, year, flow, product, by, reporter, partner)
                .named(locale), locale, texts);
    }

    private DatasetJson json(DatasetView v) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RejectionJson> rejections = v.rejections().stream().map(r -> RejectionJson.of(r, messages, locale)).toList();
        // the stored code and arguments worded in the caller's language (an old row's exception text never shown)
        String failure = org.tradedesk.markets.ImportFailures.text(v, messages, locale);
        String unitsText = v.units() == null ? null : messages.getMessage("markets.units." + v.units(), null, v.units(), locale);
        // the encoding and the delimiter of a mapped table each in its own field ("UTF-8" and ";", never "UTF-8, ;")
        return new DatasetJson(v.id(), v.fileName(), v.sha256(), v.fileSize(), v.format(), v.source(),
                org.tradedesk.markets.FileEncoding.encoding(v.encoding()), v.status(),
                v.progress(), v.rowsRead(), v.rowsKept(), v.rowsRejected(), v.units(), unitsText, v.valuationBasis(), v.preliminary(),
                v.firstYear(), v.lastYear(), v.createdBy(), v.createdAt(), v.finishedAt(), v.ownerInstance(), v.heartbeatAt(),
                v.duplicate(), v.messageCode(), failure, rejections, org.tradedesk.markets.FileEncoding.delimiter(v.encoding()));
    }

}
