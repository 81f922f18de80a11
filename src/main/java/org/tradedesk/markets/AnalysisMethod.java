package org.tradedesk.markets;

/** The analysis methods of O2.2.1 / P2.2.5 shown on pages and in reports; the cause-and-effect ones are marked. */
public enum AnalysisMethod {
    TREND(false), SEASONAL(false), FORECAST(false), BREAK(true), INTERVENTION(true), DID(true), LAGGED(true), CONCENTRATION(false);

    private final boolean causeAndEffect;

    AnalysisMethod(boolean causeAndEffect) {
        this.causeAndEffect = causeAndEffect;
    }

    /** Before/after, difference-in-differences, structural break and lagged association: the cause-and-effect section. */
    public boolean causeAndEffect() {
        return causeAndEffect;
    }

    public String code() {
        return "markets.analysis.method." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
