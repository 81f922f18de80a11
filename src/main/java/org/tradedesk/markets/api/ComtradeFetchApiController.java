package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.importing.ComtradeClient;
import org.tradedesk.markets.importing.ComtradeCountries;
import org.tradedesk.markets.importing.ComtradeFetcher;
import org.tradedesk.markets.ParameterInvalid;

/** Live fetch from the UN Comtrade API into a dataset (the key and the limits are the server's settings). */
@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Market research")
class ComtradeFetchApiController {

    private final ComtradeFetcher fetcher;
    private final MarketDatasets markets;

    private final org.springframework.context.MessageSource messages;

    ComtradeFetchApiController(ComtradeFetcher fetcher, MarketDatasets markets, org.springframework.context.MessageSource messages) {
        this.fetcher = fetcher;
        this.markets = markets;
        this.messages = messages;
    }

    /** Reporter and partner as Comtrade numbers (156, 0 = World) or ISO3 (CHN); flow M or X; HS code; years. */
    record FetchRequest(String frequency, String reporter, String partner, String flow, String product, Integer from, Integer to) {
    }

    record FetchJson(long dataset, String status, boolean duplicate, int records, int calls, String url, long fetch, int pages) {
    }

    record PageJson(int page, String periods, int records) {
    }

    /** {@code failureCode} and {@code failure}: why the fetch stopped, its message code and its text in the caller's language. */
    record JobJson(long fetch, String status, int pagesTotal, Long dataset, java.util.List<PageJson> pagesDone, String failureCode,
                   String failure) {
    }

    @PostMapping("/comtrade-fetches")
    @Operation(summary = "Fetch trade statistics from the UN Comtrade API into a dataset",
            description = "Calls the public preview endpoint (no key) or the keyed data endpoint (tradedesk.markets.comtrade.key) "
                    + "page by page (years per call, spaced by the rate limit, retried on 429/5xx/timeouts), writes the records as "
                    + "the API's CSV and imports it as a background job (poll GET /datasets/{id}). Bounded in time, bytes and "
                    + "records; the service unreachable, refusing the key or answering an error: 409 problem detail, nothing stored.",
            responses = {@ApiResponse(responseCode = "202", description = "fetched, import queued"),
                    @ApiResponse(responseCode = "200", description = "the same records were imported before"),
                    @ApiResponse(responseCode = "400", description = "a query field is not valid"),
                    @ApiResponse(responseCode = "409", description = "Comtrade did not give the records")})
    ResponseEntity<FetchJson> fetch(@RequestBody FetchRequest r, Principal principal) {
        if (r == null) {
            throw new ParameterInvalid("reporter", "", "markets.query.reason.required");
        }
        String frequency = r.frequency() == null || r.frequency().isBlank() ? "A" : r.frequency().trim().toUpperCase(Locale.ROOT);
        String flow = r.flow() == null ? "" : r.flow().trim().toUpperCase(Locale.ROOT);
        // every bad field at once, in the order of the request (review t2fixF: five bad fields named only the reporter)
        java.util.List<ParameterInvalid> problems = new java.util.ArrayList<>();
        String reporter = ParameterInvalid.collect(problems, () -> numeric("reporter", r.reporter()));
        String partner = r.partner() == null || r.partner().isBlank() ? ComtradeCountries.WORLD
                : ParameterInvalid.collect(problems, () -> numeric("partner", r.partner()));
        if (r.from() == null) {
            problems.add(new ParameterInvalid("from", "", "markets.query.reason.required"));
        }
        if (r.to() == null) {
            problems.add(new ParameterInvalid("to", "", "markets.query.reason.required"));
        }
        String product = r.product() == null ? "" : r.product().trim().replace(".", "");
        // the other fields checked as the client checks them, the ones already refused above standing in as valid
        int from = r.from() != null ? r.from() : r.to() != null && r.to() >= 1962 && r.to() <= 2100 ? r.to() : 2000;
        int to = r.to() != null ? r.to() : from >= 1962 && from <= 2100 ? from : 2000;
        ComtradeClient.Query checked = new ComtradeClient.Query(frequency, reporter == null ? ComtradeCountries.WORLD : reporter,
                partner == null ? ComtradeCountries.WORLD : partner, flow, product, from, to);
        problems.addAll(ComtradeClient.problems(checked));
        ParameterInvalid.throwAll(problems);
        ComtradeClient.Query query = new ComtradeClient.Query(frequency, reporter, partner, flow, product, r.from(), r.to());
        return answer(fetcher.fetch(query, principal.getName()));
    }

    @PostMapping("/comtrade-fetches/{id}/resume")
    @Operation(summary = "Resume a Comtrade fetch that failed part-way",
            description = "Asks only for the pages the fetch has not done (the pages done are kept with the fetch), then imports the "
                    + "records of all its pages once into one dataset. A fetch done before answers its dataset (200, duplicate).",
            responses = {@ApiResponse(responseCode = "202", description = "fetched, import queued"),
                    @ApiResponse(responseCode = "200", description = "the same records were imported before"),
                    @ApiResponse(responseCode = "404", description = "no such fetch"),
                    @ApiResponse(responseCode = "409", description = "Comtrade did not give the remaining pages (the pages done are kept)")})
    ResponseEntity<FetchJson> resume(@org.springframework.web.bind.annotation.PathVariable long id, Principal principal) {
        return answer(fetcher.resume(id, principal.getName()));
    }

    @org.springframework.web.bind.annotation.GetMapping("/comtrade-fetches/{id}")
    @Operation(summary = "A Comtrade fetch: its state and the pages (periods) it has done")
    JobJson job(@org.springframework.web.bind.annotation.PathVariable long id) {
        var job = fetcher.job(id);
        return new JobJson(job.id(), job.status(), job.pagesTotal(), job.datasetId(),
                fetcher.pagesDone(id).stream().map(p -> new PageJson(p.pageNo(), p.periods(), p.records())).toList(),
                job.failure() == null ? null : job.failure().code(),
                org.tradedesk.markets.ComtradeFailures.text(job.failure(), messages,
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<FetchJson> answer(ComtradeFetcher.Outcome o) {
        DatasetView view = markets.dataset(o.submitted().id());
        FetchJson body = new FetchJson(view.id(), view.status().name(), o.submitted().duplicate(), o.fetched().records(), o.fetched().calls(),
                o.fetched().firstUrl(), o.fetch(), o.pages());
        return ResponseEntity.status(o.submitted().duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/markets/datasets/" + view.id())).body(body);
    }

    private static String numeric(String field, String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (c.matches("[A-Z]{3}")) {
            String n = ComtradeCountries.code(c);
            if (n == null) {
                throw invalid(field, code);
            }
            return n;
        }
        if (!c.matches("[0-9]{1,4}")) {
            throw invalid(field, code);
        }
        if (!ComtradeCountries.known(c)) {
            // t2fixN: a number of the right shape that the Comtrade country list does not know (999) is named, not fetched
            throw new ParameterInvalid(field, code.trim(), "markets.query.reason.country-unknown");
        }
        return c;
    }

    private static ParameterInvalid invalid(String field, String value) {
        return new ParameterInvalid(field, value, "markets.query.reason.comtrade-country");
    }
}
