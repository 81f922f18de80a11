package org.tradedesk.shared;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Units that tariffs and statistics count in. Each unit has a dimension and a factor to the
 * dimension's base unit (kg for mass, L for volume), so specific duties convert exactly.
 */
public enum UnitOfMeasure {
    KG("kg", Dimension.MASS, "1"),
    G("g", Dimension.MASS, "0.001"),
    KG100("100 kg", Dimension.MASS, "100"),
    TONNE("t", Dimension.MASS, "1000"),
    L("L", Dimension.VOLUME, "1"),
    ML("ml", Dimension.VOLUME, "0.001"),
    HL("hl", Dimension.VOLUME, "100"),
    M3("m3", Dimension.VOLUME, "1000"),
    LAL("LAL", Dimension.ALCOHOL, "1"),
    PIECE("No", Dimension.COUNT, "1"),
    THOUSAND("1000", Dimension.COUNT, "1000"),
    PAIR("pr", Dimension.PAIRS, "1"),
    DOZEN("dz", Dimension.COUNT, "12"),
    M("m", Dimension.LENGTH, "1"),
    M2("m2", Dimension.AREA, "1");

    /** What a unit measures; units convert only within one dimension. */
    public enum Dimension { MASS, VOLUME, ALCOHOL, COUNT, PAIRS, LENGTH, AREA }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal toBase;

    UnitOfMeasure(String symbol, Dimension dimension, String toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = new BigDecimal(toBase);
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many base units (kg, L, pieces) one of this unit is. */
    public BigDecimal toBase() {
        return toBase;
    }

    /** Reads the symbols used in tariffs: kg, 100 kg, L, l, hl, LAL, No, u, pcs, t, 1000... */
    public static UnitOfMeasure parse(String text) {
        if (text == null) {
            throw new InvalidValueException("shared.unit.invalid", "a unit is required");
        }
        String t = text.trim().replace(" ", "").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "kg", "kgm", "kgs" -> KG;
            case "g", "grm" -> G;
            case "100kg", "dtn", "qtl" -> KG100;
            case "t", "tne", "tonne", "ton" -> TONNE;
            case "l", "ltr", "litre", "liter" -> L;
            case "ml" -> ML;
            case "hl", "hlt" -> HL;
            case "m3", "mtq" -> M3;
            case "lal", "lpa", "lofalcohol", "litreofalcohol" -> LAL;
            case "no", "u", "pce", "pcs", "piece", "unit", "nar", "each" -> PIECE;
            case "1000", "1000u", "mil", "1000pcs" -> THOUSAND;
            case "pr", "pair", "pairs", "npr" -> PAIR;
            case "dz", "dozen", "dzn" -> DOZEN;
            case "m", "mtr" -> M;
            case "m2", "mtk" -> M2;
            default -> throw new InvalidValueException("shared.unit.invalid", "unknown unit of measure: " + text);
        };
    }
}
