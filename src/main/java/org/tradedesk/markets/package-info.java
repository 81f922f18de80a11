/**
 * T2 international market research (國際市場調查): trade statistics imported from the files analysts
 * download (UN Comtrade v1 and legacy CSV, Taiwan customs GA30, WITS SDMX-JSON), kept with their
 * provenance, stored for analysis in an embedded DuckDB, and turned into indicators (series with CAGR
 * and log-linear trend growth, concentration). The root package is the module's API: the
 * {@link org.tradedesk.markets.MarketDatasets} facade and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Markets",
        allowedDependencies = {"shared", "platform", "identity", "reporting", "tariff", "taxes"})
package org.tradedesk.markets;
