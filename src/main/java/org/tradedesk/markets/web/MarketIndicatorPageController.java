package org.tradedesk.markets.web;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.tradedesk.markets.IndicatorsView;
import org.tradedesk.markets.MarketIndicators;
import org.tradedesk.markets.domain.stats.Figure;
import org.tradedesk.markets.importing.CountryNames;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;

/** The market indicators of one product across every market and year (issue 9): a table and its XLSX export. */
@Controller
class MarketIndicatorPageController {

    private final MarketIndicators indicators;
    private final MessageSource messages;
    private final MessageTexts texts;

    MarketIndicatorPageController(MarketIndicators indicators, MessageSource messages, MessageTexts texts) {
        this.indicators = indicators;
        this.messages = messages;
        this.texts = texts;
    }

    /** A figure as shown: its value (null: undefined) and the reasons or qualifications in the reader's language. */
    record Shown(Double value, String why) {
    }

    record Line(String market, String code, int year, boolean mirror, BigDecimal value, Double quantity, String unit, Shown unitValue,
                Shown yoy, Shown share, Shown rca, Shown balance, Shown partnerShare, Shown intensity, Shown complementarity, String notes) {
    }

    record Growth(String market, String code, boolean mirror, long years, Shown cagr, Shown trend, List<Double> ci) {
    }

    /** The quantity's unit in the reader's language ("kg (net weight)" for the net-weight stand-in); null when none. */
    private String unit(String unit, Locale locale) {
        return unit == null ? null : texts.render(org.tradedesk.markets.QuantityUnits.quantity(unit), locale);
    }

    @GetMapping("/markets/datasets/{id}/indicators")
    String page(@PathVariable long id, @RequestParam(required = false) String product, @RequestParam(required = false) String flow,
                @RequestParam(required = false) String partner, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        IndicatorsView v = indicators.indicators(id, product, flow, partner, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        // the indicators read the dataset; the page takes its id from them instead of reading it a second time
        model.addAttribute("view", v);
        model.addAttribute("basis", texts.render(v.basis(), locale));
        model.addAttribute("rcaBasis", texts.render(v.rcaBasis(), locale));
        model.addAttribute("partnerBasis", texts.render(v.partnerBasis(), locale));
        model.addAttribute("provenance", texts.render(v.provenance(), locale));
        model.addAttribute("growth", v.markets().stream().map(m -> new Growth(name(m.code(), locale), m.code(), m.mirror(), m.years(),
                shown(m.cagr(), locale), shown(m.trendGrowth(), locale), m.trendGrowthCi())).toList());
        model.addAttribute("lines", v.rows().stream().map(r -> new Line(name(r.code(), locale), r.code(), r.year(), r.mirror(), r.value(),
                r.quantity(), unit(r.quantityUnit(), locale), shown(r.unitValue(), locale), shown(r.yoyGrowth(), locale), shown(r.marketShare(), locale),
                shown(r.rca(), locale), shown(r.relativeTradeBalance(), locale), shown(r.shareOfPartner(), locale),
                shown(r.tradeIntensity(), locale), shown(r.tradeComplementarity(), locale),
                String.join(" ", texts.renderAll(r.notes(), locale))))
                .toList());
        model.addAttribute("unitValueHeader", unitValueHeader(v, locale));
        return "markets/indicators";
    }

    /**
     * The unit value's heading with its unit, on the page and in the XLSX alike (t2fixR: the sheet said "Unit value (USD)"): USD
     * per the quantity's unit when every row's unit value is in one unit ("Unit value (USD/kg)", 「單價（美元／公斤）」); rows in
     * several units: "USD per unit", each row's unit beside its quantity (t2fixO).
     */
    private String unitValueHeader(IndicatorsView v, Locale locale) {
        java.util.Set<String> units = v.rows().stream().filter(r -> r.unitValue() != null && r.unitValue().value() != null
                && r.quantityUnit() != null).map(IndicatorsView.Row::quantityUnit).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return units.size() == 1
                ? texts.render(org.tradedesk.shared.MessageText.of("markets.indicators.unit-value-in",
                        org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.markets.QuantityUnits.unitValue(units.iterator().next()))), locale)
                : text("markets.series.unit-value-per", locale);
    }

    @GetMapping("/markets/datasets/{id}/indicators.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) String product,
                                @RequestParam(required = false) String flow, @RequestParam(required = false) String partner,
                                @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        IndicatorsView v = indicators.indicators(id, product, flow, partner, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        XlsxWorkbook book = XlsxWorkbook.create().properties(text("markets.indicators.title", locale, v.product()), locale);
        XlsxSheet sheet = book.sheet(text("markets.indicators.sheet", locale)).columnWidths(26, 8, 20, 14, 10, 14, 10, 10, 10, 10, 10, 10, 12, 50);
        sheet.title(text("markets.indicators.heading", locale, v.product(), text("markets.flow." + v.flow(), locale), v.from(), v.to()));
        sheet.header(text("markets.indicators.market", locale), text("markets.indicators.year", locale), text("markets.series.value", locale),
                text("markets.series.quantity", locale), text("markets.indicators.unit", locale), unitValueHeader(v, locale),
                text("markets.indicators.yoy", locale), text("markets.indicators.share", locale), text("markets.indicators.rca", locale),
                text("markets.indicators.balance", locale), text("markets.indicators.partner-share", locale),
                text("markets.indicators.intensity", locale), text("markets.indicators.complementarity", locale),
                text("markets.indicators.notes", locale));
        for (IndicatorsView.Row r : v.rows()) {
            XlsxRow row = sheet.row().text(name(r.code(), locale) + (r.mirror() ? " *" : "")).number(java.math.BigDecimal.valueOf(r.year()), org.tradedesk.reporting.XlsxFormat.number(0))
                    .amount(r.value(), 0);
            decimal(row, r.quantity(), 0);
            row.text(r.quantityUnit() == null ? "" : unit(r.quantityUnit(), locale));
            decimal(row, r.unitValue().value(), 2);
            percent(row, r.yoyGrowth());
            percent(row, r.marketShare());
            decimal(row, r.rca().value(), 3);
            decimal(row, r.relativeTradeBalance().value(), 3);
            percent(row, r.shareOfPartner());
            decimal(row, r.tradeIntensity().value(), 3);
            decimal(row, r.tradeComplementarity().value(), 2);
            row.text(String.join(" ", texts.renderAll(r.notes(), locale)));
        }
        sheet.skip();
        sheet.header(text("markets.indicators.market", locale), text("markets.indicators.years", locale), text("markets.series.cagr", locale),
                text("markets.series.trend", locale), text("markets.series.ci", locale), "");
        for (IndicatorsView.Market m : v.markets()) {
            XlsxRow row = sheet.row().text(name(m.code(), locale) + (m.mirror() ? " *" : "")).text(Long.toString(m.years()));
            percent(row, m.cagr());
            percent(row, m.trendGrowth());
            if (m.trendGrowthCi() != null) {
                row.percent(BigDecimal.valueOf(m.trendGrowthCi().get(0)), 2).percent(BigDecimal.valueOf(m.trendGrowthCi().get(1)), 2);
            }
        }
        sheet.skip();
        sheet.row().text(text("markets.indicators.mirror-mark", locale));
        sheet.row().text(texts.render(v.basis(), locale));
        sheet.row().text(texts.render(v.rcaBasis(), locale));
        sheet.row().text(texts.render(v.partnerBasis(), locale));
        // why a partner figure is not given, once per reason (the cells are blank)
        for (String why : v.rows().stream().flatMap(r -> java.util.stream.Stream.of(r.shareOfPartner(), r.tradeIntensity(),
                r.tradeComplementarity())).filter(x -> !x.defined()).map(x -> String.join(" ", texts.renderAll(x.notes(), locale)))
                .distinct().limit(20).toList()) {
            sheet.row().text(why);
        }
        // source, file, SHA-256, valuation basis ("not stated in the file" when it is blank), import date and data version
        sheet.row().text(text("markets.dataset.source", locale)).text(texts.render(v.provenance(), locale));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indicators-" + id + "-" + v.product() + "-" + v.flow()
                                + (v.partner() == null ? "" : "-" + v.partner()) + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(book.toBytes());
    }

    private Shown shown(Figure f, Locale locale) {
        return new Shown(f.value(), String.join(" ", texts.renderAll(f.notes(), locale)));
    }

    private static String name(String code, Locale locale) {
        return CountryNames.known(code) ? CountryNames.name(code, locale) + " (" + code + ")" : code;
    }

    private static void decimal(XlsxRow row, Double value, int scale) {
        if (value == null) {
            row.blank();
        } else {
            row.number(BigDecimal.valueOf(value), XlsxFormat.number(scale));
        }
    }

    private static void percent(XlsxRow row, Figure f) {
        if (f.value() == null) {
            row.blank();
        } else {
            row.percent(BigDecimal.valueOf(f.value()), 2);
        }
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
