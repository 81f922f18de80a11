package org.tradedesk.marketing.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.marketing.ActivityCompliance;
import org.tradedesk.marketing.BudgetSpending;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.MarketDecisionLinks;
import org.tradedesk.marketing.MarketingFieldInvalid;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.TradedeskException;

/**
 * Running a campaign (P3.2): the compliance checklist of an activity (P3.2.5), actual spend against the
 * approved budget with the variance (P3.2.2, P3.2.3), and the link to a recorded market decision (T2 → T3).
 */
@Controller
class CampaignRunPageController {

    private final Campaigns campaigns;
    private final ActivityCompliance compliance;
    private final BudgetSpending spending;
    private final MarketDecisionLinks decisions;
    private final SmartValidator validator;

    CampaignRunPageController(Campaigns campaigns, ActivityCompliance compliance, BudgetSpending spending, MarketDecisionLinks decisions,
            SmartValidator validator) {
        this.campaigns = campaigns;
        this.compliance = compliance;
        this.spending = spending;
        this.decisions = decisions;
        this.validator = validator;
    }

    @GetMapping("/marketing/campaigns/{id}/activities/{activityId}/compliance")
    String checklist(@PathVariable long id, @PathVariable long activityId, Model model) {
        return checklistPage(model, new CampaignId(id), activityId);
    }

    /** One item answered; a refused answer comes back at its item with the typed note kept. */
    @PostMapping("/marketing/campaigns/{id}/activities/{activityId}/compliance/{code:[A-Z][A-Z0-9_]*}")
    String answer(@PathVariable long id, @PathVariable long activityId, @PathVariable String code,
            @RequestParam(required = false) String answer, @RequestParam(required = false) String note, Model model) {
        CampaignId cid = new CampaignId(id);
        try {
            compliance.answer(cid, activityId, code, ComplianceAnswer.parse(answer), note);
            return "redirect:/marketing/campaigns/" + id + "/activities/" + activityId + "/compliance#item-" + code;
        } catch (TradedeskException e) {
            model.addAttribute("errorItem", code);
            model.addAttribute("errorField", e instanceof MarketingFieldInvalid f ? f.field() : null);
            model.addAttribute("itemErrorCode", e.messageCode());
            model.addAttribute("itemErrorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
            model.addAttribute("typedAnswer", answer);
            model.addAttribute("typedNote", note);
            return checklistPage(model, cid, activityId);
        }
    }

    @PostMapping("/marketing/campaigns/{id}/activities/{activityId}/compliance/{action:ready|withdraw}")
    String ready(@PathVariable long id, @PathVariable long activityId, @PathVariable String action, RedirectAttributes flash) {
        CampaignId cid = new CampaignId(id);
        try {
            if (action.equals("ready")) {
                compliance.markReady(cid, activityId);
            } else {
                compliance.withdrawReady(cid, activityId);
            }
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/activities/" + activityId + "/compliance";
    }

    private String checklistPage(Model model, CampaignId cid, long activityId) {
        model.addAttribute("campaign", campaigns.campaign(cid));
        model.addAttribute("checklist", compliance.checklist(cid, activityId));
        model.addAttribute("answers", ComplianceAnswer.values());
        return "marketing/compliance";
    }

    @GetMapping("/marketing/campaigns/{id}/spend")
    String spend(@PathVariable long id, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        return spendPage(model, c, SpendForm.empty(c.companyCurrency()));
    }

    @PostMapping("/marketing/campaigns/{id}/spend")
    String recordSpend(@PathVariable long id, @Validated @ModelAttribute("form") SpendForm bound, BindingResult bindingErrors, Model model,
            HttpServletRequest request) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        FormRebinding.Bound<SpendForm> rebound = FormRebinding.formToShow(bound, bindingErrors, SpendForm.class, request, validator, model);
        if (rebound.form() == null) {
            return spendPage(model, c, SpendForm.empty(c.companyCurrency()));
        }
        SpendForm form = rebound.form();
        BindingResult errors = rebound.errors();
        form.checkCodes(errors);
        if (!errors.hasErrors()) {
            try {
                spending.record(c.id(), form.toDetails());
                return "redirect:/marketing/campaigns/" + id + "/spend";
            } catch (TradedeskException e) {
                CampaignPageController.reject(errors, e);
            }
        }
        return spendPage(model, c, form);
    }

    private String spendPage(Model model, CampaignView c, SpendForm form) {
        model.addAttribute("campaign", c);
        model.addAttribute("spending", spending.spending(c.id()));
        model.addAttribute("activityNames", campaigns.activities(c.id()).stream()
                .collect(java.util.stream.Collectors.toMap(org.tradedesk.marketing.ActivityView::id, org.tradedesk.marketing.ActivityView::name)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "marketing/spend";
    }

    /** Links the campaign to a decision recorded in market research (project and decision numbers). */
    @PostMapping("/marketing/campaigns/{id}/decision")
    String linkDecision(@PathVariable long id, @RequestParam(required = false) String project, @RequestParam(required = false) String decision,
            RedirectAttributes flash) {
        try {
            long p = number("project", project);
            long d = number("decision", decision);
            decisions.link(new CampaignId(id), p, d);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id;
    }

    private static long number(String field, String value) {
        try {
            long n = Long.parseLong(value == null ? "" : value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new MarketingFieldInvalid(field, "marketing.decision.number." + field, field + " must be a positive whole number",
                value == null ? "" : value);
    }
}
