package org.tradedesk.markets;

import java.util.Locale;

/** The trade-statistics file formats the importers read; detected from the file's content unless the user names one. */
public enum SourceFormat {
    /** UN Comtrade (Comtrade Plus) v1, 47 columns: the portal download (quoted, trailing comma) and the API's CSV. */
    COMTRADE_V1,
    /** Legacy (pre-2023) Comtrade extract: {@code Year,Reporter Code,Trade Flow Code,...}. */
    COMTRADE_LEGACY,
    /** Taiwan customs statistics portal, GA30 綜合查詢 export. */
    TW_GA30,
    /** World Bank WITS API response in SDMX-JSON. */
    WITS_SDMX,
    /** Any CSV or XLSX table read with a column mapping the user saved ({@link ColumnMapping}); never detected. */
    GENERIC_MAPPED;

    /** Accepts {@code comtrade_v1}, {@code comtrade-v1}, {@code COMTRADE_V1}...; null for a blank name. */
    public static SourceFormat of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SourceFormat f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        // a parameter problem like any other: errors[] names the field and its label (review)
        throw new ParameterInvalid("format", name, "markets.query.reason.unknown-format", "COMTRADE_V1, COMTRADE_LEGACY, TW_GA30, WITS_SDMX");
    }
}
