package org.tradedesk.marketing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.CampaignDetails;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.MarketDecisionRef;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;

/** The campaign form; {@code version} is the version the user started from (required to update). */
record CampaignForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) String market,
        @NotBlank @Size(max = 14) String product,
        @Size(max = 64) String decisionId,
        @Size(max = 500) String decisionSummary,
        @NotBlank @Size(max = 4000) String objectives,
        @Size(max = 4000) String strategy,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
        @NotBlank @Size(max = 100) String owner,
        @NotBlank @Size(max = 3) String companyCurrency,
        Long version) {

    static CampaignForm empty(String owner) {
        return new CampaignForm(null, null, null, null, null, null, null, null, null, owner, "TWD", null);
    }

    static CampaignForm of(CampaignView c) {
        return new CampaignForm(c.name(), c.market(), c.product(), c.decisionId(), c.decisionSummary(), c.objectives(), c.strategy(),
                c.start(), c.end(), c.owner(), c.companyCurrency(), c.version());
    }

    /** Codes checked by name, so the message says what a valid one looks like (Bean Validation would say only "invalid format"). */
    void checkCodes(org.springframework.validation.Errors errors) {
        if (market != null && !market.isBlank() && !market.strip().matches("[A-Za-z]{2}") && !errors.hasFieldErrors("market")) {
            errors.rejectValue("market", "marketing.form.country");
        } else if (market != null && market.strip().matches("[A-Za-z]{2}")) {
            try {
                CountryCode.of(market);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                errors.rejectValue("market", "marketing.form.country");
            }
        }
        if (product != null && !product.isBlank() && !product.strip().matches("\\d{2}(\\.?\\d{2}){1,4}\\d?") && !errors.hasFieldErrors("product")) {
            errors.rejectValue("product", "marketing.form.hs");
        }
        if (start != null && end != null && end.isBefore(start) && !errors.hasFieldErrors("end")) {
            errors.rejectValue("end", "marketing.campaign.period"); // at the end date, among the others (review finding)
        }
        if (companyCurrency != null && !companyCurrency.isBlank() && !errors.hasFieldErrors("companyCurrency")) {
            try {
                CurrencyCode.of(companyCurrency);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                errors.rejectValue("companyCurrency", "marketing.form.currency");
            }
        }
    }

    CampaignDetails toDetails() {
        MarketDecisionRef decision = (decisionId == null || decisionId.isBlank()) && (decisionSummary == null || decisionSummary.isBlank())
                ? null : new MarketDecisionRef(blankToNull(decisionId), blankToNull(decisionSummary));
        return new CampaignDetails(name.strip(), CountryCode.of(market), HsCode.of(product), decision, objectives.strip(),
                blankToNull(strategy), start, end, owner.strip(), CurrencyCode.of(companyCurrency));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
