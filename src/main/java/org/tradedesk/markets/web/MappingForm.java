package org.tradedesk.markets.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradedesk.markets.ColumnMapping;

/** The column mapping form: the held upload's token, the mapping's name, the header row, a header per field, the separators. */
record MappingForm(@NotBlank String token,
                   @NotBlank @Size(max = 80) String name,
                   @NotNull @Min(1) @Max(ColumnMapping.MAX_HEADER_ROW) Integer headerRow,
                   @NotBlank @Size(max = 200) String reporter,
                   @Size(max = 200) String partner,
                   @NotBlank @Size(max = 200) String product,
                   @NotBlank @Size(max = 200) String period,
                   @NotBlank @Size(max = 200) String flow,
                   @NotBlank @Size(max = 200) String value,
                   @Size(max = 200) String quantity,
                   @Size(max = 200) String unit,
                   @NotBlank @Pattern(regexp = "[.,]") String decimalSeparator,
                   @Pattern(regexp = "|none|,|\\.|space|'") String thousandsSeparator,
                   @Pattern(regexp = "|auto|,|;|tab|\\|") String delimiter) {

    static MappingForm of(String token, ColumnMapping m) {
        return new MappingForm(token, m.name(), m.headerRow(), m.reporter(), m.partner(), m.product(), m.period(), m.flow(), m.value(),
                m.quantity(), m.unit(), m.decimalSeparator(), m.thousandsSeparator(), m.delimiter() == null ? "auto" : m.delimiter());
    }

    ColumnMapping toMapping() {
        return new ColumnMapping(name.strip(), headerRow, blankless(reporter), blankless(partner), blankless(product), blankless(period),
                blankless(flow), blankless(value), blankless(quantity), blankless(unit), decimalSeparator,
                thousandsSeparator == null || thousandsSeparator.isEmpty() ? "none" : thousandsSeparator,
                delimiter == null || delimiter.isBlank() || delimiter.equals("auto") ? null : delimiter);
    }

    private static String blankless(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
