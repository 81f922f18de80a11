package org.tradedesk.markets.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.markets.ConcentrationView;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;
import org.tradedesk.markets.SourceFormat;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * Market research pages: the datasets catalogue with provenance and the upload (the import runs as a job whose
 * progress bar htmx polls), a dataset's report, a series with its trend chart (Chart.js, drawn by
 * {@code /js/markets-series.js} from the data attributes: no inline script), the concentration table, and both
 * tables as XLSX.
 */
@Controller
class MarketPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MarketDatasets markets;
    private final MessageSource messages;
    private final org.tradedesk.markets.ResearchProjects projects;

    private final org.tradedesk.platform.MessageTexts texts;

    private final org.tradedesk.markets.importing.ComtradeFetcher fetcher;

    MarketPageController(MarketDatasets markets, MessageSource messages, org.tradedesk.markets.ResearchProjects projects,
                         org.tradedesk.platform.MessageTexts texts, org.tradedesk.markets.importing.ComtradeFetcher fetcher) {
        this.fetcher = fetcher;
        this.texts = texts;
        this.markets = markets;
        this.messages = messages;
        this.projects = projects;
    }

    @GetMapping("/markets")
    String catalogue(Model model) {
        model.addAttribute("datasets", markets.datasets());
        model.addAttribute("projects", projects.projects());
        model.addAttribute("formats", SourceFormat.values());
        // Comtrade fetches that stopped unfinished, each with its resume button (t2duck)
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("stoppedFetches", fetcher.stopped().stream().map(f -> new StoppedFetch(f.job().id(),
                text("markets.comtrade.stopped.query", locale, country(f.job().reporter(), locale), country(f.job().partner(), locale),
                        text("markets.flow." + f.job().flow(), locale), f.job().product(), String.valueOf(f.job().from()),
                        String.valueOf(f.job().to())), f.pagesDone(), f.job().pagesTotal(), f.stoppedAt(),
                org.tradedesk.markets.ComtradeFailures.text(f.job().failure(), messages, locale))).toList());
        return "markets/datasets";
    }

    /**
     * A Comtrade fetch that stopped unfinished, as the catalogue lists it: its query worded, pages done of all, when it stopped
     * and why, in the reader's language (null for one still marked running).
     */
    record StoppedFetch(long id, String query, int pagesDone, int pagesTotal, java.time.Instant stoppedAt, String why) {
    }

    /**
     * The page's resume of a Comtrade fetch that stopped unfinished: asks only for the pages not done, then shows the dataset
     * (its import's progress). A page that fails again (or an import that cannot be handed over) leads back to the catalogue
     * with the reason as a flash message in the reader's language, the fetch still listed to be resumed (t2fixK: it was the
     * error page).
     */
    @PostMapping("/markets/comtrade-fetches/{id}/resume")
    String resumeFetch(@PathVariable long id, Principal principal,
                       org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        org.tradedesk.markets.importing.ComtradeFetcher.Outcome o;
        try {
            o = fetcher.resume(id, principal.getName());
        } catch (org.tradedesk.shared.TradedeskException e) {
            if (e.kind() == org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND) {
                throw e;
            }
            Locale locale = LocaleContextHolder.getLocale();
            String why = e.messageText() != null ? texts.render(e.messageText(), locale)
                    : messages.getMessage(new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {e.messageCode()},
                    org.tradedesk.platform.Formats.readerArguments(e.arguments(), locale), e.messageCode()), locale);
            flash.addFlashAttribute("comtradeResumeFailed", why);
            return "redirect:/markets";
        }
        return "redirect:/markets/datasets/" + o.submitted().id() + (o.submitted().duplicate() ? "?duplicate" : "");
    }

    /**
     * The upload. A refusal (an empty file, a format that is no format, a full queue) answers the catalogue again with the
     * form kept (the format chosen) and the reason at the file field, 422 (409 for a full queue) — t2fixO: it was the bare
     * error page. A file not found again is the error page as ever.
     */
    @PostMapping("/markets/datasets")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String format, Principal principal,
                  Model model, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        DatasetView view;
        try {
            if (file.isEmpty()) {
                throw new org.tradedesk.markets.ParameterInvalid("file", "", "markets.query.reason.file-empty");
            }
            try (InputStream in = file.getInputStream()) {
                view = markets.importFile(file.getOriginalFilename(), in, SourceFormat.of(format), principal.getName(), false);
            }
        } catch (org.tradedesk.shared.TradedeskException e) {
            if (e.kind() == org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND || e.kind() == org.tradedesk.shared.TradedeskException.Kind.FAULT) {
                throw e;
            }
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute("uploadError", texts.render(org.tradedesk.markets.ParameterInvalid.text(e), locale));
            model.addAttribute("uploadFormat", format == null ? null : format.strip());
            response.setStatus(e.kind() == org.tradedesk.shared.TradedeskException.Kind.CONFLICT ? 409 : 422);
            return catalogue(model);
        }
        return "redirect:/markets/datasets/" + view.id() + (view.duplicate() ? "?duplicate" : "");
    }

    @GetMapping("/markets/datasets/{id}")
    String dataset(@PathVariable long id, @RequestParam(required = false) String duplicate, Model model) {
        DatasetView d = markets.dataset(id);
        model.addAttribute("dataset", d);
        model.addAttribute("failure", org.tradedesk.markets.ImportFailures.text(d, messages, LocaleContextHolder.getLocale()));
        model.addAttribute("duplicate", duplicate != null);
        return "markets/dataset";
    }

    /** The progress bar and, once finished, the counts: the fragment htmx swaps in every second. */
    @GetMapping("/markets/datasets/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        DatasetView d = markets.dataset(id);
        model.addAttribute("dataset", d);
        model.addAttribute("failure", org.tradedesk.markets.ImportFailures.text(d, messages, LocaleContextHolder.getLocale()));
        return "markets/dataset :: progress";
    }

    @GetMapping("/markets/datasets/{id}/series")
    String series(@PathVariable long id, @RequestParam String reporter, @RequestParam(required = false) String partner,
                  @RequestParam String flow, @RequestParam String product, @RequestParam(required = false) String frequency,
                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        // the dataset read once, for the page and the series (it was read twice)
        DatasetView dataset = markets.dataset(id);
        SeriesView series = markets.series(dataset, reporter, partner, flow, product, frequency, from, to);
        try {
            markets.explainEmpty(id, series, from, to);
        } catch (org.tradedesk.shared.TradedeskException e) {
            // t2fixS (review MINOR 3): why there are no points, as the API says it (DEU is not in the dataset), on the page with
            // its status, instead of an empty table and "no trend"
            model.addAttribute("emptyReason", texts.render(e.asText(), LocaleContextHolder.getLocale()));
            response.setStatus(e.kind() == org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND ? 404 : 400);
        }
        model.addAttribute("dataset", dataset);
        model.addAttribute("series", series);
        model.addAttribute("chart", JSON.writeValueAsString(chart(series)));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("reporterName", country(series.reporter(), locale));
        model.addAttribute("partnerName", country(series.partner(), locale));
        return "markets/series";
    }

    @GetMapping("/markets/datasets/{id}/concentration")
    String concentration(@PathVariable long id, @RequestParam Integer year, @RequestParam String flow, @RequestParam String product,
                         @RequestParam(required = false) String by, @RequestParam(required = false) String reporter, Model model) {
        model.addAttribute("dataset", markets.dataset(id));
        ConcentrationView c = markets.concentration(id, year, flow, product, by, reporter, null);
        model.addAttribute("concentration", c);
        model.addAttribute("reporter", reporter == null ? "" : reporter.strip());
        Locale locale = LocaleContextHolder.getLocale();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        c.shares().forEach(s -> names.put(s.code(), org.tradedesk.markets.importing.CountryNames.name(s.code(), locale)));
        model.addAttribute("names", names);
        return "markets/concentration";
    }

    @GetMapping("/markets/datasets/{id}/series.xlsx")
    ResponseEntity<byte[]> seriesXlsx(@PathVariable long id, @RequestParam String reporter, @RequestParam(required = false) String partner,
                                      @RequestParam String flow, @RequestParam String product,
                                      @RequestParam(required = false) String frequency, @RequestParam(required = false) Integer from,
                                      @RequestParam(required = false) Integer to) {
        SeriesView s = markets.series(id, reporter, partner, flow, product, frequency, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        XlsxWorkbook book = XlsxWorkbook.create().properties(text("markets.series.title", locale, s.product()), locale);
        XlsxSheet sheet = book.sheet(text("markets.series.sheet", locale)).columnWidths(12, 22, 16, 24, 16, 28);
        sheet.title(text("markets.series.heading", locale, country(s.reporter(), locale), country(s.partner(), locale),
                text("markets.flow." + s.flow(), locale), s.product()));
        sheet.header(text("markets.series.period", locale), text("markets.series.value", locale), text("markets.series.quantity", locale),
                text("markets.series.quantity-unit", locale), text("markets.series.unit-value-per", locale), text("markets.series.preliminary", locale));
        for (SeriesView.Point p : s.points()) {
            XlsxRow row = sheet.row().text(p.period()).amount(p.value(), 0);
            number(row, p.quantity());
            // the quantity's unit as imported, or the units that were not summed together
            row.text(p.unitsNote() != null ? texts.render(p.unitsNote(), locale) : p.quantityUnit() == null ? "" : texts.render(p.quantityUnitText(), locale));
            number(row, p.unitValue());
            row.text(p.flag() == null ? "" : texts.render(p.flag(), locale));
        }
        sheet.skip();
        sheet.row().text(text("markets.series.cagr", locale)).percent(fraction(s.cagr()), 2);
        sheet.row().text(text("markets.series.trend", locale)).percent(fraction(s.trendGrowth()), 2);
        if (s.trendGrowthCi() != null) {
            sheet.row().text(text("markets.series.ci", locale)).percent(fraction(s.trendGrowthCi().get(0)), 2)
                    .percent(fraction(s.trendGrowthCi().get(1)), 2);
        }
        // source, file, SHA-256, valuation basis, import date and data version: one line, as every figure of the module
        sheet.row().text(text("markets.dataset.source", locale)).text(texts.render(org.tradedesk.markets.Provenance.of(markets.dataset(id)), locale));
        return xlsx(book, "series-" + id + "-" + s.product() + ".xlsx");
    }

    @GetMapping("/markets/datasets/{id}/concentration.xlsx")
    ResponseEntity<byte[]> concentrationXlsx(@PathVariable long id, @RequestParam Integer year, @RequestParam String flow,
                                             @RequestParam String product, @RequestParam(required = false) String by,
                                             @RequestParam(required = false) String reporter) {
        ConcentrationView c = markets.concentration(id, year, flow, product, by, reporter, null);
        Locale locale = LocaleContextHolder.getLocale();
        XlsxWorkbook book = XlsxWorkbook.create().properties(text("markets.concentration.title", locale, c.product()), locale);
        XlsxSheet sheet = book.sheet(text("markets.concentration.sheet", locale)).columnWidths(10, 36, 22, 12);
        // the flow worded as on the page (Exports / 出口), never its code "X" (review t2fixF)
        sheet.title(text("markets.concentration.heading", locale, c.product(), c.year(), text("markets.flow." + c.flow(), locale)));
        sheet.header(text("markets.concentration.code", locale), text("markets.concentration.name", locale),
                text("markets.series.value", locale), text("markets.concentration.share", locale));
        for (ConcentrationView.Share s : c.shares()) {
            sheet.row().text(s.code()).text(org.tradedesk.markets.importing.CountryNames.name(s.code(), locale)).amount(s.value(), 0).percent(fraction(s.share()), 2);
        }
        sheet.skip();
        sheet.row().text("HHI").number(fraction(c.hhi()), XlsxFormat.number(4));
        XlsxRow normalised = sheet.row().text(text("markets.concentration.normalized", locale));
        if (c.normalizedHhi() == null && c.normalizedHhiNote() != null) {
            // one partner: the note the API gives (not defined for a single partner), never a blank cell
            normalised.text(texts.render(c.normalizedHhiNote(), locale));
        } else {
            normalised.number(fraction(c.normalizedHhi()), XlsxFormat.number(4));
        }
        sheet.skip();
        sheet.row().text(text("markets.dataset.source", locale)).text(texts.render(c.provenance(), locale));
        return xlsx(book, "concentration-" + id + "-" + c.product() + "-" + c.year() + ".xlsx");
    }

    /** A reporter or partner as the reader reads it: "美國 (842)", "世界 (0)"; an unknown code as itself. */
    static String country(String code, Locale locale) {
        // the code in the reader's brackets (t2fixS, review MINOR 8): 「中國（CHN）」 as everywhere else in Chinese, "China (CHN)"
        return org.tradedesk.markets.importing.CountryNames.known(code)
                ? org.tradedesk.markets.importing.CountryNames.name(code, locale)
                + ("zh".equals(locale.getLanguage()) ? "（" + code + "）" : " (" + code + ")") : code;
    }

    private static void number(XlsxRow row, Double value) {
        if (value == null) {
            row.blank();
        } else {
            row.amount(BigDecimal.valueOf(value), 2);
        }
    }

    private static BigDecimal fraction(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static ResponseEntity<byte[]> xlsx(XlsxWorkbook book, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(book.toBytes());
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** The chart's data: labels, values, the fitted trend and its 95 % band (from the growth interval, pivoting at the mean year). */
    record Chart(List<String> labels, List<Double> values, List<Double> trend, List<Double> low, List<Double> high,
                 List<Boolean> preliminary) {
    }

    static Chart chart(SeriesView s) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Boolean> preliminary = new ArrayList<>();
        List<double[]> used = new ArrayList<>();
        for (SeriesView.Point p : s.points()) {
            labels.add(p.period());
            values.add(p.value().doubleValue());
            boolean prelim = p.preliminary() || p.partialToMonth() != null;
            preliminary.add(prelim);
            if (!prelim && p.value().signum() > 0) {
                used.add(new double[] {time(p.period()), Math.log(p.value().doubleValue())});
            }
        }
        List<Double> trend = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        if (s.trendGrowth() != null && !used.isEmpty()) {
            double meanT = used.stream().mapToDouble(u -> u[0]).average().orElse(0);
            double meanLn = used.stream().mapToDouble(u -> u[1]).average().orElse(0);
            double b = Math.log1p(s.trendGrowth());
            double bLow = Math.log1p(s.trendGrowthCi().get(0));
            double bHigh = Math.log1p(s.trendGrowthCi().get(1));
            for (SeriesView.Point p : s.points()) {
                double dt = time(p.period()) - meanT;
                trend.add(Math.exp(meanLn + b * dt));
                double a = Math.exp(meanLn + bLow * dt);
                double c = Math.exp(meanLn + bHigh * dt);
                low.add(Math.min(a, c));
                high.add(Math.max(a, c));
            }
        }
        return new Chart(labels, values, trend, low, high, preliminary);
    }

    private static double time(String period) {
        return period.length() == 4 ? Integer.parseInt(period)
                : Integer.parseInt(period.substring(0, 4)) + (Integer.parseInt(period.substring(5)) - 1) / 12.0;
    }
}
