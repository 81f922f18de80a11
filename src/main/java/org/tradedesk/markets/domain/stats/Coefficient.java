package org.tradedesk.markets.domain.stats;

/**
 * One estimated effect with its classical standard error, t statistic and two-sided p-value; {@code name}
 * is the message code of what it measures (e.g. {@code markets.stats.its.level-change}).
 */
public record Coefficient(String name, double estimate, double standardError, double tValue, double pValue,
                          double confidenceLow, double confidenceHigh) {

    static Coefficient from(String name, Ols ols, int j, double confidence) {
        double tq = Ols.tQuantile(confidence, ols.residualDf());
        return new Coefficient(name, ols.coefficient(j), ols.standardError(j), ols.tValue(j), ols.pValue(j),
                ols.coefficient(j) - tq * ols.standardError(j), ols.coefficient(j) + tq * ols.standardError(j));
    }
}
