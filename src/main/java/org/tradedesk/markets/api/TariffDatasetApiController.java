package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
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
import org.tradedesk.markets.ResearchReports;
import org.tradedesk.markets.TariffAverage;
import org.tradedesk.markets.TariffDatasetView;
import org.tradedesk.markets.TariffDatasets;

/**
 * Tariff-line datasets (issue 9, t2fixN): a market's tariff file imported for the market the caller declares, and the average
 * it gives for a product and year, which the research scoring takes for a market when asked ({@code tariffAverages}).
 */
@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Market research", description = "T2: tariff-line datasets and the average they give")
class TariffDatasetApiController {

    private final TariffDatasets tariffs;
    private final ResearchReports reports;
    private final MessageSource messages;

    TariffDatasetApiController(TariffDatasets tariffs, ResearchReports reports, MessageSource messages) {
        this.tariffs = tariffs;
        this.reports = reports;
        this.messages = messages;
    }


    record TariffDatasetJson(long id, String market, String fileName, String sha256, int rowsRead, int rowsKept, int rowsRejected,
                             List<MarketDatasetApiController.RejectionJson> rejections, Integer firstYear, Integer lastYear, String createdBy, Instant createdAt,
                             boolean duplicate) {
    }

    record AverageJson(long tariffDataset, String market, String product, int year, Integer askedYear, int lines, double ratePercent,
                       String fileName, String sha256, String source, String basis) {
    }

    @PostMapping(path = "/tariff-datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a market's tariff-line file",
            description = "A CSV of tariff lines by year with their MFN ad valorem rate, found by the column names Year, HS Code and "
                    + "MFN Duty Rate (%) (Description optional; e.g. usa_tariffs_HS8542_2013_2025.csv). The file does not name its "
                    + "country: `market` (ISO alpha-3, required) declares it and is stored with the dataset. Rows that cannot be "
                    + "read (a year, a code, a rate that is no number: a specific duty) are rejected with their reasons, the others "
                    + "kept. 201 with the counts; the same file for the same market again gives the earlier dataset, 200, "
                    + "duplicate=true. A file without those columns: 400 naming line 1.",
            responses = {@ApiResponse(responseCode = "201", description = "imported"),
                    @ApiResponse(responseCode = "200", description = "the same file was imported for the market before"),
                    @ApiResponse(responseCode = "400", description = "refused: problem detail naming the field or the line")})
    ResponseEntity<TariffDatasetJson> upload(@RequestPart("file") MultipartFile file,
                                             @Parameter(description = "the market (ISO alpha-3) whose tariff lines the file holds")
                                             @RequestParam(required = false) String market, Principal principal) throws IOException {
        TariffDatasetView view;
        try (InputStream in = file.getInputStream()) {
            view = tariffs.importFile(file.getOriginalFilename(), in, market, principal == null ? null : principal.getName());
        }
        return ResponseEntity.status(view.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/markets/tariff-datasets/" + view.id())).body(json(view));
    }

    @GetMapping("/tariff-datasets")
    @Operation(summary = "Tariff-line datasets, newest first (at most 200)")
    List<TariffDatasetJson> datasets() {
        return tariffs.datasets().stream().map(this::json).toList();
    }

    @GetMapping("/tariff-datasets/{id}")
    @Operation(summary = "A tariff-line dataset: its market, file, SHA-256, rows read / kept / rejected and years")
    TariffDatasetJson dataset(@PathVariable long id) {
        return json(tariffs.dataset(id));
    }

    @GetMapping("/tariff-datasets/{id}/average")
    @Operation(summary = "The average the dataset gives: the simple average of the MFN rates of a product's tariff lines in a year",
            description = "product: HS digits (the lines whose code begins with them); year: the year (default the latest the file "
                    + "holds); a year the file holds no line of the product in takes the latest earlier one (year and askedYear "
                    + "differ). basis says it in the caller's language: simple average of N lines, file, year.")
    AverageJson average(@PathVariable long id, @RequestParam(required = false) String product,
                        @RequestParam(required = false) Integer year) {
        TariffAverage a = tariffs.average(id, product, year);
        Locale locale = LocaleContextHolder.getLocale();
        return new AverageJson(a.tariffDataset(), a.market(), a.product(), a.year(), a.askedYear(), a.lines(), a.ratePercent(),
                a.fileName(), a.sha256(), "DATASET_AVERAGE", reports.averageReference(a, locale));
    }

    private TariffDatasetJson json(TariffDatasetView v) {
        Locale locale = LocaleContextHolder.getLocale();
        return new TariffDatasetJson(v.id(), v.market(), v.fileName(), v.sha256(), v.rowsRead(), v.rowsKept(), v.rowsRejected(),
                v.rejections().stream().map(r -> MarketDatasetApiController.RejectionJson.of(r, messages, locale)).toList(),
                v.firstYear(), v.lastYear(), v.createdBy(), v.createdAt(), v.duplicate());
    }
}
