package org.tradedesk.markets.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.markets.ResearchProjects;

/**
 * Records a decision on a project page: the figures to score on (dataset, flow, product, years, weights, typed tariffs
 * per product and market {@code 8542 CHN=0; 8542 KOR=8}, sensitivity) and the markets chosen, one a line as
 * {@code KOR: reason} (the reason may be empty; the decision check then says so). A rate typed without its product
 * ({@code KOR=8}) is the project's product when it has one only; with several, the product must be named (t2fixJ: one
 * rate per market stood for every product of the project).
 */
record DecisionForm(
        @NotNull Long dataset,
        @Pattern(regexp = "[MXmx]?") String flow,
        @Size(max = 11) @Pattern(regexp = "[0-9]*") String product,
        @DecimalMin("1900") @DecimalMax("2100") Integer from,
        @DecimalMin("1900") @DecimalMax("2100") Integer to,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double demandSize,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double demandGrowth,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double supplierConcentration,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double unitValue,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double tariff,
        @DecimalMin("0") @DecimalMax(MAX_WEIGHT) Double ourShare,
        @Pattern(regexp = "(HIGHER_IS_BETTER|LOWER_IS_BETTER)?") String ourShareDirection,
        @Pattern(regexp = "[0-9A-Za-z]{0,3}") String partner,
        @Size(max = 1000) @Pattern(regexp = TYPED_RATES) String tariffs,
        @DecimalMin("0") @DecimalMax("1") Double sensitivity,
        @NotBlank @Size(max = 20000) @Pattern(regexp = "(?s)(\\s*[A-Za-z]{3}\\s*(:[^\\n]*)?\\n?)*\\s*") String choices,
        @Pattern(regexp = "[A-Za-z]{0,2}") String origin,
        @Pattern(regexp = "([0-9]{4}-[0-9]{2}-[0-9]{2})?") String tariffDate,
        @Size(max = 1000) @Pattern(regexp = "(\\s*[A-Za-z]{3}\\s*=\\s*[0-9][0-9.]{1,13}(-[0-9])?\\s*[;,\\n]?)*\\s*") String tariffCodes,
        @Size(max = 5000) @Pattern(regexp = "(?s)(\\s*[A-Za-z]{3}\\s*:[^\\n]*\\n?)*\\s*") String tariffReasons,
        @Size(max = 1000) @Pattern(regexp = TARIFF_AVERAGES) String tariffAverages) {

    /**
     * The tariff datasets chosen per market, {@code USA=3} entries (t2fixR: the API only took them): one select per market on
     * the page, all named {@code tariffAverages}, whose values the binder joins with commas; an empty choice is none.
     */
    static final String TARIFF_AVERAGES = "\\s*([A-Za-z]{3}\\s*=\\s*[0-9]{1,18})?\\s*([;,\\n]\\s*([A-Za-z]{3}\\s*=\\s*[0-9]{1,18})?\\s*)*";

    /** The tariff dataset chosen per market (market in capitals → tariff dataset id), in the order given. */
    Map<String, Long> averages() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (tariffAverages != null) {
            for (String pair : tariffAverages.split("[;,\\n]+")) {
                String[] kv = pair.split("=");
                if (kv.length == 2 && kv[1].strip().matches("[0-9]{1,18}")) {
                    out.put(kv[0].strip().toUpperCase(java.util.Locale.ROOT), Long.valueOf(kv[1].strip()));
                }
            }
        }
        return out;
    }

    /** The id chosen for {@code market} as the select's value ({@code USA=3}), "" for none: the page selects it again. */
    public String averageChoice(String market) {
        Long id = averages().get(market);
        return id == null ? "" : market + "=" + id;
    }

    /** The largest weight (the scoring's {@code MarketScoring.MAX_WEIGHT}): a weight counts only in proportion to the others. */
    static final String MAX_WEIGHT = "1000000";

    /** {@code [product] MARKET=rate} entries: an HS code (digits, dots), an ISO3 market and a rate in percent. */
    static final String TYPED_RATES = "(\\s*([0-9][0-9.]{1,13}\\s+)?[A-Za-z]{3}\\s*=\\s*-?[0-9]+(\\.[0-9]+)?\\s*[;,\\n]?)*\\s*";

    private static final java.util.regex.Pattern TYPED_RATE = java.util.regex.Pattern.compile(
            "\\s*(?:([0-9][0-9.]{1,13})\\s+)?([A-Za-z]{3})\\s*=\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    /** A rate typed by the user for one product in one market, as typed ({@code product} null when left out). */
    record TypedRate(String product, String market, String rate) {
    }

    static DecisionForm empty(Long dataset) {
        return new DecisionForm(dataset, "M", null, null, null, 40.0, 40.0, null, null, 20.0, null, "HIGHER_IS_BETTER", null, null, 0.2, null, null, null, null, null,
                null);
    }

    Map<String, Double> weights() {
        Map<String, Double> w = new LinkedHashMap<>();
        put(w, "DEMAND_SIZE", demandSize);
        put(w, "DEMAND_GROWTH", demandGrowth);
        put(w, "SUPPLIER_CONCENTRATION", supplierConcentration);
        put(w, "UNIT_VALUE", unitValue);
        put(w, "OUR_SHARE", ourShare);
        put(w, "TARIFF", tariff);
        return w;
    }

    private static void put(Map<String, Double> w, String k, Double v) {
        if (v != null && v > 0) {
            w.put(k, v);
        }
    }

    /** The typed rates as entered, one per product and market, in their order; entries that do not read are left out. */
    List<TypedRate> typedRates() {
        List<TypedRate> out = new ArrayList<>();
        if (tariffs != null) {
            for (String pair : tariffs.split("[;,\\n]+")) {
                java.util.regex.Matcher m = TYPED_RATE.matcher(pair);
                if (m.matches()) {
                    out.add(new TypedRate(m.group(1) == null ? null : m.group(1).replace(".", ""),
                            m.group(2).toUpperCase(java.util.Locale.ROOT), m.group(3)));
                }
            }
        }
        return out;
    }

    /**
     * The typed rates of the product scored, by market: an entry of that product (or of a heading above it), or without a
     * product when the project has one product only. The form's own problems go to {@code problems}, each at the market's
     * tariff field: a rate without its product in a project of several, a product not of the project, the same pair twice.
     * A rate's bounds are the scoring's to check ({@link ResearchProjects#typedRateProblem}, t2fixR: the form checked them
     * too): the rates returned go to the scoring as typed; a rate that is not scored (another product's, or a heading's
     * under a rate of its sub-heading) is checked here by the same rule, since the scoring never sees it.
     */
    Map<String, Double> tariffRates(List<String> hsCodes, String scored, List<org.tradedesk.markets.ParameterInvalid> problems) {
        List<String> codes = hsCodes.stream().map(c -> c.replace(".", "")).toList();
        Map<String, Double> t = new LinkedHashMap<>();
        Map<String, Integer> matched = new java.util.HashMap<>();
        Map<String, TypedRate> scoredRate = new java.util.HashMap<>();
        List<TypedRate> read = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TypedRate r : typedRates()) {
            String field = "tariffs." + r.market();
            String product = r.product() == null && codes.size() == 1 ? codes.get(0) : r.product();
            if (product == null) {
                problems.add(new org.tradedesk.markets.ParameterInvalid(field, r.market() + "=" + r.rate(),
                        "markets.query.reason.tariff-product-required", String.join(", ", codes), codes.get(0) + " " + r.market() + "=" + r.rate()));
                continue;
            }
            if (!codes.contains(product)) {
                problems.add(new org.tradedesk.markets.ParameterInvalid(field, product, "markets.query.reason.tariff-not-a-product",
                        String.join(", ", codes)));
                continue;
            }
            if (!seen.add(product + " " + r.market())) {
                problems.add(new org.tradedesk.markets.ParameterInvalid(field, product + " " + r.market(), "markets.query.reason.tariff-twice"));
                continue;
            }
            read.add(r);
            String s = scored == null ? "" : scored.replace(".", "");
            // the product scored, or the nearest heading above it (a rate typed for 8542 holds for 854231 unless one is typed for it)
            if (s.startsWith(product) && product.length() > matched.getOrDefault(r.market(), -1)) {
                matched.put(r.market(), product.length());
                scoredRate.put(r.market(), r);
                t.put(r.market(), new java.math.BigDecimal(r.rate()).doubleValue());
            }
        }
        for (TypedRate r : read) {
            if (scoredRate.get(r.market()) != r) {
                org.tradedesk.markets.ParameterInvalid p = ResearchProjects.typedRateProblem(r.market(), new java.math.BigDecimal(r.rate()).doubleValue());
                if (p != null) {
                    problems.add(p);
                }
            }
        }
        return t;
    }

    /** A number as a reader reads it: as typed up to 15 digits, else in a few significant digits (1E+308). */
    static String shown(java.math.BigDecimal v) {
        java.math.BigDecimal plain = v.stripTrailingZeros();
        return plain.precision() - plain.scale() <= 15 ? plain.toPlainString() : plain.round(new java.math.MathContext(6)).toString();
    }

    List<ResearchProjects.Choice> chosen() {
        List<ResearchProjects.Choice> out = new ArrayList<>();
        for (String line : ProjectForm.lines(choices)) {
            int colon = line.indexOf(':');
            String market = (colon < 0 ? line : line.substring(0, colon)).trim();
            String reason = colon < 0 ? "" : line.substring(colon + 1).trim();
            out.add(new ResearchProjects.Choice(market, reason));
        }
        return out;
    }

    /**
     * The scoring asked for; {@code hsCodes} the project's products (the typed rates are per product and market). The form's
     * own problems (the typed rates' products, the tariff date) go to {@code problems}, which {@code decide} names with the
     * choices' and the scoring's, at once (t2fixO; t2fixR: the form no longer merged them itself). A rate or date refused is
     * left out of the request.
     */
    ResearchProjects.ScoringRequest scoring(List<String> hsCodes, List<org.tradedesk.markets.ParameterInvalid> problems) {
        if (hsCodes == null || hsCodes.isEmpty()) {
            // t2fixM R9: a project is created with one product at least, but a record without any was a 500 (hsCodes.get(0))
            throw ResearchProjects.noProducts();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        if (tariffCodes != null) {
            for (String pair : tariffCodes.split("[;,\\n]+")) {
                String[] kv = pair.split("=");
                if (kv.length == 2) {
                    codes.put(kv[0].trim().toUpperCase(java.util.Locale.ROOT), kv[1].trim());
                }
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String line : ProjectForm.lines(tariffReasons)) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                reasons.put(line.substring(0, colon).trim().toUpperCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String scored = product == null || product.isBlank() ? hsCodes.get(0) : product.strip();
        Map<String, Double> rates = tariffRates(hsCodes, scored, problems);
        java.time.LocalDate day = org.tradedesk.markets.ParameterInvalid.collect(problems, () -> date(tariffDate));
        return new ResearchProjects.ScoringRequest(dataset, flow, product, from, to, weights(), rates, sensitivity,
                origin == null || origin.isBlank() ? null : origin.strip(), day, codes, reasons,
                partner == null || partner.isBlank() ? null : partner.strip(), ResearchProjectPageController.directions(weights(), ourShareDirection),
                averages().isEmpty() ? null : averages());
    }

    /** A {@code yyyy-mm-dd} date of the tariff, null when blank; a bad one is a worded refusal naming the field. */
    static java.time.LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.tradedesk.markets.ParameterInvalid("tariffDate", text, "markets.query.reason.not-a-date");
        }
    }
}
