package org.tradedesk.marketing.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/**
 * The budget lines of the latest version plus a few blank rows; a row with neither description nor
 * amount is left out. {@code version} is the lock version of the latest budget version as shown.
 */
record BudgetForm(
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal contingencyPercent,
        @Valid @Size(max = 100) List<Line> lines,
        Long version) {

    static final int BLANK_ROWS = 3;

    record Line(Long activityId, BudgetCategory category, @Size(max = 200) String description,
            @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @Size(max = 3) String currency,
            @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 10) BigDecimal rate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rateDate, @Size(max = 200) String rateSource) {

        boolean blank() {
            return (description == null || description.isBlank()) && amount == null;
        }
    }

    static BudgetForm of(BudgetVersion latest, String companyCurrency) {
        List<Line> lines = new ArrayList<>();
        if (latest != null) {
            for (BudgetLine l : latest.lines()) {
                boolean foreign = !l.amount().currency().value().equals(companyCurrency);
                lines.add(new Line(l.activityId(), l.category(), l.description(), plain(l.amount().amount()), l.amount().currency().value(),
                        foreign ? plain(l.rate()) : null, l.rateDate(), l.rateSource()));
            }
        }
        return new BudgetForm(latest == null ? BigDecimal.TEN : plain(latest.contingencyPercent()), lines,
                latest == null ? null : latest.version());
    }

    /** A stored figure as the user typed it: {@code 7.5000} → {@code 7.5}, {@code 10.0000} → {@code 10} (never 1E+1). */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** With blank rows at the end (again after an error), so the user always has room for new lines. */
    BudgetForm withBlankRowsIfNeeded(String companyCurrency) {
        List<Line> all = new ArrayList<>(lines == null ? List.of() : lines);
        all.removeIf(l -> l == null || l.blank());
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(new Line(null, BudgetCategory.OTHER, null, null, companyCurrency, null, null, null));
        }
        return new BudgetForm(contingencyPercent, all, version);
    }

    /** Each line's currency checked by name and row. */
    void checkCodes(org.springframework.validation.Errors errors) {
        for (int i = 0; lines != null && i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l == null || l.blank() || l.currency() == null || l.currency().isBlank()
                    || errors.hasFieldErrors("lines[" + i + "].currency")) {
                continue;
            }
            try {
                CurrencyCode.of(l.currency());
            } catch (org.tradedesk.shared.InvalidValueException e) {
                errors.rejectValue("lines[" + i + "].currency", "marketing.form.currency");
            }
        }
    }

    List<BudgetLine> toLines() {
        List<BudgetLine> out = new ArrayList<>();
        for (Line l : lines == null ? List.<Line>of() : lines) {
            if (l == null || l.blank()) {
                continue;
            }
            out.add(new BudgetLine(l.activityId(), l.category(), l.description(),
                    l.amount() == null || l.currency() == null || l.currency().isBlank() ? null
                            : Money.of(l.amount(), CurrencyCode.of(l.currency())),
                    l.rate(), l.rateDate(), l.rateSource()));
        }
        return out;
    }
}
