package org.tradedesk.markets;

/**
 * A market's tariff as the average a tariff-line dataset gives (issue 9: "for a market whose schedule is not loaded, ... the
 * average the dataset gives, marked as such"): the simple average of the MFN ad valorem rates of the product's tariff lines
 * (the lines whose code begins with the product's digits; the most detailed codes only, each once) in one year, with its provenance — the tariff dataset, its file and
 * SHA-256, the market declared at its import, the year and how many lines. {@code askedYear} the year the scoring asked for
 * (the market's scored year); {@code year} differs from it when the file holds no line of the product that year and the
 * latest earlier year was taken. A statistic (percent), not an amount of money.
 */
public record TariffAverage(long tariffDataset, String market, String fileName, String sha256, String product, int year, int lines,
                            double ratePercent, Integer askedYear) {

    /** The provenance in one plain line, as stored with the scoring: "simple average of 4 most detailed lines, file F, year 2024". */
    public String reference() {
        return "simple average of " + lines + " most detailed lines, file " + fileName + ", year " + year + " (tariff dataset " + tariffDataset
                + ", SHA-256 " + (sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()))) + ")";
    }
}
