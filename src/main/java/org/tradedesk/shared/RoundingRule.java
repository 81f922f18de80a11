package org.tradedesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A named rounding rule, as the law states it: how many decimals and which way. The name is what
 * a worksheet prints next to the figure (e.g. "truncate to whole NT$").
 */
public record RoundingRule(String code, int scale, RoundingMode mode) {

    /** Taiwan customs: each tax amount truncated to whole NT$ (reproduces every published assessment). */
    public static final RoundingRule TRUNCATE_WHOLE = new RoundingRule("TRUNCATE_0", 0, RoundingMode.DOWN);
    /** Amounts in cents, nearest cent, half up. */
    public static final RoundingRule NEAREST_CENT = new RoundingRule("HALF_UP_2", 2, RoundingMode.HALF_UP);
    /** Truncate to cents. */
    public static final RoundingRule TRUNCATE_CENT = new RoundingRule("TRUNCATE_2", 2, RoundingMode.DOWN);
    /** Australian litres of alcohol: truncated to one decimal place. */
    public static final RoundingRule TRUNCATE_ONE_DECIMAL = new RoundingRule("TRUNCATE_1", 1, RoundingMode.DOWN);
    /** No rounding at this step: the full value is carried on. */
    public static final RoundingRule NONE = new RoundingRule("NONE", -1, RoundingMode.UNNECESSARY);

    public RoundingRule {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mode, "mode");
    }

    public BigDecimal apply(BigDecimal value) {
        if (scale < 0) {
            return value;
        }
        return value.setScale(scale, mode);
    }

    /** Parses the codes used in definition files: NONE, TRUNCATE_0, HALF_UP_2, HALF_EVEN_2, CEILING_0... */
    public static RoundingRule parse(String code) {
        if (code == null || code.isBlank() || code.equals("NONE")) {
            return NONE;
        }
        int underscore = code.lastIndexOf('_');
        if (underscore < 0) {
            throw new InvalidValueException("shared.rounding.invalid", "unknown rounding rule: " + code);
        }
        String modeName = code.substring(0, underscore);
        int scale;
        try {
            scale = Integer.parseInt(code.substring(underscore + 1));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("shared.rounding.invalid", "unknown rounding rule: " + code);
        }
        RoundingMode mode = switch (modeName) {
            case "TRUNCATE", "DOWN" -> RoundingMode.DOWN;
            case "HALF_UP" -> RoundingMode.HALF_UP;
            case "HALF_EVEN" -> RoundingMode.HALF_EVEN;
            case "CEILING", "UP" -> RoundingMode.UP;
            case "FLOOR" -> RoundingMode.FLOOR;
            default -> throw new InvalidValueException("shared.rounding.invalid", "unknown rounding rule: " + code);
        };
        return new RoundingRule(code, scale, mode);
    }
}
