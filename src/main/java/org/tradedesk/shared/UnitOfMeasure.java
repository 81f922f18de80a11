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
    public enum Dimension {
        MASS("kg"), VOLUME("L"), ALCOHOL("LAL"), COUNT("No"), PAIRS("pr"), LENGTH("m"), AREA("m2");

        private final String baseSymbol;

        Dimension(String baseSymbol) {
            this.baseSymbol = baseSymbol;
        }

        /** The unit a quantity of this dimension is counted in (kg, L, LAL…): a symbol, the same in every language. */
        public String baseSymbol() {
            return baseSymbol;
        }

        /** The unit {@link #baseSymbol()} names (kg, L, LAL, pieces): what a quantity of this dimension is counted in. */
        public UnitOfMeasure baseUnit() {
            for (UnitOfMeasure u : UnitOfMeasure.values()) {
                if (u.dimension() == this && u.symbol().equals(baseSymbol)) {
                    return u;
                }
            }
            throw new IllegalStateException("no base unit for " + this);
        }
    }

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

    /** Where the aliases are: one {@code alias<TAB>UNIT<TAB>source} a line, {@code #} comments. */
    static final String ALIASES = "/reference-data/units/units-of-measure.tsv";

    /**
     * Reads a unit as tariffs, invoices and statistics print it: the symbols of the Australian and
     * Taiwanese tariffs ({@code kg}, {@code L}, {@code No}, {@code pr}, {@code 公斤}, {@code 台},
     * {@code 輛}, {@code 雙}), the UN/ECE Recommendation 20 codes ({@code KGM}, {@code LTR},
     * {@code H87}, {@code C62}, {@code SET}, {@code PRQ}...) and common invoice forms ({@code pcs}).
     * The aliases are data ({@value #ALIASES}); full-width letters and spaces do not matter.
     */
    public static UnitOfMeasure parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("shared.unit.invalid", MessageText.of("shared.unit.required"), "a unit is required");
        }
        UnitOfMeasure unit = Aliases.MAP.get(key(text));
        if (unit == null) {
            throw new InvalidValueException("shared.unit.invalid", MessageText.of("shared.unit.unknown", MessageText.Arg.literal(text.trim())), "unknown unit of measure: " + text.trim()
                    + "; give a UN/ECE Rec. 20 code (KGM, LTR, H87, SET, PRQ...) or the unit as the tariff prints it (kg, L, No, pr, 公斤, 台, 雙...)");
        }
        return unit;
    }

    /** Whether {@code text} names a unit {@link #parse} reads. */
    public static boolean isKnown(String text) {
        return text != null && Aliases.MAP.containsKey(key(text));
    }

    static String key(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** The alias table, read once on first use. */
    private static final class Aliases {
        static final java.util.Map<String, UnitOfMeasure> MAP = load();

        private static java.util.Map<String, UnitOfMeasure> load() {
            java.util.Map<String, UnitOfMeasure> map = new java.util.HashMap<>();
            try (java.io.InputStream in = UnitOfMeasure.class.getResourceAsStream(ALIASES)) {
                if (in == null) {
                    throw new IllegalStateException("the unit aliases " + ALIASES + " are missing from the application");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    UnitOfMeasure previous = map.put(key(f[0]), UnitOfMeasure.valueOf(f[1].trim()));
                    if (previous != null) {
                        throw new IllegalStateException("unit alias given twice in " + ALIASES + ": " + f[0]);
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Map.copyOf(map);
        }
    }
}
