package org.tradedesk.markets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.markets.IndicatorsView;
import org.tradedesk.markets.MarketIndicators;
import org.tradedesk.markets.domain.stats.Figure;
import org.tradedesk.markets.importing.CountryNames;
import org.tradedesk.platform.MessageTexts;

/** Market indicators of one product across every market and year of a dataset (issue 9), figures with their formula and basis. */
@RestController
@RequestMapping("/api/v1/markets")
@Tag(name = "Market research")
class MarketIndicatorApiController {

    private final MarketIndicators indicators;
    private final MessageSource messages;
    private final MessageTexts texts;

    MarketIndicatorApiController(MarketIndicators indicators, MessageSource messages, MessageTexts texts) {
        this.indicators = indicators;
        this.messages = messages;
        this.texts = texts;
    }

    /** A figure: its formula (message code and text in the caller's language), the value or null, and why it is null or what qualifies it. */
    record FigureJson(String formula, String formulaText, Double value, List<String> notes) {
    }

    record MarketJson(String code, String iso3, String name, boolean mirror, long years, FigureJson cagr, FigureJson trendGrowth,
                      List<Double> trendGrowthCi) {
    }

    /**
     * {@code quantityUnit} and {@code unitValueUnit} in the caller's language ("kg" / 「公斤」, "USD/kg" / 「美元／公斤」, the
     * net-weight stand-in worded), as {@code /series} gives them; {@code quantityUnitCode} the unit as stored (a Comtrade
     * abbreviation or code, a customs code), for machines only.
     */
    record RowJson(String code, String iso3, String name, int year, boolean mirror, BigDecimal value, Double quantity,
                   @io.swagger.v3.oas.annotations.media.Schema(description = MarketDatasetApiController.QUANTITY_UNIT) String quantityUnit,
                   @io.swagger.v3.oas.annotations.media.Schema(description = MarketDatasetApiController.QUANTITY_UNIT_CODE) String quantityUnitCode,
                   boolean preliminary, Integer partialToMonth, FigureJson unitValue,
                   @io.swagger.v3.oas.annotations.media.Schema(description = MarketDatasetApiController.UNIT_VALUE_UNIT) String unitValueUnit, FigureJson yoyGrowth,
                   FigureJson marketShare, FigureJson rca, FigureJson relativeTradeBalance, FigureJson shareOfPartner,
                   FigureJson tradeIntensity, FigureJson tradeComplementarity, List<String> notes) {
    }

    record IndicatorsJson(long dataset, String product, String flow, int from, int to, String partner, String basis, String rcaBasis,
                          String partnerBasis, String valuationBasis, String source, List<MarketJson> markets, List<RowJson> rows,
                          @io.swagger.v3.oas.annotations.media.Schema(description = "the data the figures are of: source, file, SHA-256 (first 12 digits), valuation basis, import date, data version (dataset id), in the caller's language")
                          String provenance) {
    }

    @GetMapping("/datasets/{id}/indicators")
    @Operation(summary = "Market indicators of one product across every market and year",
            description = "Per reporter (market) and year: value (trade with the World, partner 0; the sum of the partners when the "
                    + "dataset has no World rows — `basis` says which), quantity and its unit (quantityUnit and unitValueUnit in the "
                    + "caller's language; quantityUnitCode the unit as stored, for machines; changed on 2026-12-07: quantityUnit "
                    + "and unitValueUnit were the stored codes, quantityUnitText and unitValueUnitText are removed), unit value, YoY growth, market share "
                    + "(the reporter's share of all the dataset's reporters that year), RCA (Balassa: (x_ik/X_i)/(x_wk/X_w), X the total "
                    + "over all products from TOTAL rows or the codes of the file's shallowest level, w the reporters holding both; "
                    + "null with the reason when the dataset holds only this product or one reporter — `rcaBasis`), relative trade "
                    + "balance (X−M)/(X+M) where both flows are present; per market CAGR and log-linear trend growth with its 95 % "
                    + "interval over full, final years (no trend under 4 years). With `partner` (numeric code or ISO3, e.g. 490 "
                    + "for Taiwan): share of partner m_rp/m_rW (the market's imports of the product from the partner over its "
                    + "imports from the World; exports: the reporter's exports to the partner over its exports to the World — "
                    + "WITS partner share on one product), trade intensity index (WITS: (x_ij/X_it)/(x_wj/X_wt), w the "
                    + "reporters holding both rows; on imports i = the partner and j = the market, read from the importers' "
                    + "declarations), trade complementarity index (WITS: 100·(1 − Σ_k|m_k − x_k|/2) over the codes of the "
                    + "dataset's shallowest level: the market's imports against the partner's exports, or the reporter's "
                    + "exports against the partner's imports); each null with the reason when the dataset lacks its rows "
                    + "(no World rows, no row with the partner, one reporter, one product, the partner not reporting) — "
                    + "`partnerBasis`. Mirror rows (`mirror: true`): partners reporting "
                    + "nothing of the product (Taiwan as 490), estimated from the reporters' opposite flow. Every figure is "
                    + "{formula, formulaText, value, notes}: growth and shares are fractions (0.0937 = 9.37 %); value null means "
                    + "undefined, notes say why. Computed by DuckDB in one statement.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "the indicators (no rows when the product is not in the dataset)"),
                    @ApiResponse(responseCode = "400", description = "a parameter is not valid: problem detail with errors[].field"),
                    @ApiResponse(responseCode = "404", description = "no such dataset"),
                    @ApiResponse(responseCode = "409", description = "the dataset's import has not succeeded")})
    IndicatorsJson indicators(@PathVariable long id,
                              @Parameter(description = "HS code as in the file (a code absent from the file sums the one level beneath it)")
                              @RequestParam(required = false) String product,
                              @Parameter(description = "M (imports) or X (exports)") @RequestParam(required = false) String flow,
                              @Parameter(description = "partner of the share of partner, trade intensity and complementarity: "
                                      + "numeric code or ISO3 (490 = Taiwan); omitted: those three are null with the reason")
                              @RequestParam(required = false) String partner,
                              @Parameter(description = "first year (default: the dataset's first)") @RequestParam(required = false) Integer from,
                              @Parameter(description = "last year (default: the dataset's last)") @RequestParam(required = false) Integer to) {
        return json(indicators.indicators(id, product, flow, partner, from, to));
    }

    private IndicatorsJson json(IndicatorsView v) {
        Locale locale = LocaleContextHolder.getLocale();
        List<MarketJson> markets = v.markets().stream().map(m -> new MarketJson(m.code(), m.iso3(), name(m.code(), m.name(), locale), m.mirror(), m.years(),
                figure(m.cagr(), locale), figure(m.trendGrowth(), locale), m.trendGrowthCi())).toList();
        List<RowJson> rows = v.rows().stream().map(r -> new RowJson(r.code(), r.iso3(), name(r.code(), r.name(), locale), r.year(), r.mirror(), r.value(),
                r.quantity(), r.quantityUnit() == null ? null
                        : texts.render(org.tradedesk.markets.QuantityUnits.quantity(r.quantityUnit()), locale),
                org.tradedesk.markets.TradeRow.unitCode(r.quantityUnit()),
                r.preliminary(), r.partialToMonth(), figure(r.unitValue(), locale),
                r.unitValue().value() == null || r.quantityUnit() == null ? null
                        : texts.render(org.tradedesk.markets.QuantityUnits.unitValue(r.quantityUnit()), locale),
                figure(r.yoyGrowth(), locale), figure(r.marketShare(), locale), figure(r.rca(), locale),
                figure(r.relativeTradeBalance(), locale), figure(r.shareOfPartner(), locale), figure(r.tradeIntensity(), locale),
                figure(r.tradeComplementarity(), locale), texts.renderAll(r.notes(), locale))).toList();
        return new IndicatorsJson(v.dataset(), v.product(), v.flow().name(), v.from(), v.to(), v.partner(), texts.render(v.basis(), locale),
                texts.render(v.rcaBasis(), locale), texts.render(v.partnerBasis(), locale), v.valuationBasis(), v.source(), markets, rows,
                v.provenance() == null ? null : texts.render(v.provenance(), locale));
    }

    /** The market's name in the reader's language, as {@code /concentration} and the page name it; the file's name when the code is not known. */
    private static String name(String code, String fileName, Locale locale) {
        return CountryNames.known(code) ? CountryNames.name(code, locale) : fileName;
    }

    private FigureJson figure(Figure f, Locale locale) {
        return new FigureJson(f.formula(), messages.getMessage(f.formula(), null, f.formula(), locale), f.value(),
                texts.renderAll(f.notes(), locale));
    }

}
