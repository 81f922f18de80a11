package org.tradedesk.marketing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.KpiMonitoring;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.domain.ActionStatus;
import org.tradedesk.marketing.importing.KpiActualsCsv;
import org.tradedesk.shared.TradedeskException;

/** KPI actuals and their gaps against the targets, over time (P3.3.1, P3.3.2). */
@Controller
class KpiActualPageController {

    private final Campaigns campaigns;
    private final KpiMonitoring monitoring;

    KpiActualPageController(Campaigns campaigns, KpiMonitoring monitoring) {
        this.campaigns = campaigns;
        this.monitoring = monitoring;
    }

    @GetMapping("/marketing/campaigns/{id}/actuals")
    String page(@PathVariable long id, Model model) {
        return show(model, campaigns.campaign(new CampaignId(id)), KpiActualForm.empty());
    }

    @PostMapping("/marketing/campaigns/{id}/actuals")
    String record(@PathVariable long id, @Validated @ModelAttribute("form") KpiActualForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        if (!errors.hasErrors()) {
            try {
                monitoring.record(c.id(), form.kpiId(), form.periodEnd(), form.actual());
                return "redirect:/marketing/campaigns/" + id + "/actuals";
            } catch (TradedeskException e) {
                errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, c, form);
    }

    @PostMapping("/marketing/campaigns/{id}/actions")
    String addAction(@PathVariable long id, @Validated @ModelAttribute("actionForm") CorrectiveActionForm actionForm, BindingResult errors,
            Model model, HttpServletResponse response) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        if (!errors.hasErrors()) {
            try {
                monitoring.addAction(c.id(), actionForm.kpiId(), actionForm.action(), actionForm.owner(), actionForm.due());
                return "redirect:/marketing/campaigns/" + id + "/actuals";
            } catch (TradedeskException e) {
                errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("actionForm", actionForm);
        return show(model, c, KpiActualForm.empty());
    }

    @PostMapping("/marketing/campaigns/{id}/actions/{actionId}/status")
    String moveAction(@PathVariable long id, @PathVariable long actionId, @RequestParam long version, @RequestParam ActionStatus status,
            RedirectAttributes flash) {
        try {
            monitoring.moveAction(new CampaignId(id), actionId, version, status);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/actuals";
    }

    @PostMapping("/marketing/campaigns/{id}/actuals/import")
    String importCsv(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes flash) throws IOException {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        try {
            if (file == null || file.isEmpty()) {
                throw new org.tradedesk.marketing.MarketingInputInvalid("marketing.actual.csv-empty", "the file is empty");
            }
            if (file.getSize() > KpiActualsCsv.MAX_BYTES) {
                throw new org.tradedesk.marketing.MarketingInputInvalid("marketing.actual.csv-size", "the file is too large",
                        String.valueOf(KpiActualsCsv.MAX_BYTES));
            }
            int rows = monitoring.importCsv(c.id(), file.getBytes());
            flash.addFlashAttribute("imported", rows);
            return "redirect:/marketing/campaigns/" + id + "/actuals";
        } catch (TradedeskException e) {
            // nothing was saved: the file is refused whole, the bad row named
            model.addAttribute("importErrorCode", e.messageCode());
            model.addAttribute("importErrorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, c, KpiActualForm.empty());
        }
    }

    private String show(Model model, CampaignView c, KpiActualForm form) {
        model.addAttribute("campaign", c);
        var kpis = campaigns.kpis(c.id());
        model.addAttribute("kpis", kpis);
        model.addAttribute("kpiById", kpis.stream().collect(Collectors.toMap(KpiView::id, Function.identity())));
        Map<Long, String> names = campaigns.activities(c.id()).stream().collect(Collectors.toMap(ActivityView::id, ActivityView::name));
        model.addAttribute("activityNames", names);
        model.addAttribute("actuals", monitoring.actuals(c.id()));
        model.addAttribute("latest", monitoring.latest(c.id()));
        model.addAttribute("form", form);
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", CorrectiveActionForm.empty(CurrentUser.name()));
        }
        model.addAttribute("actions", monitoring.actions(c.id()));
        model.addAttribute("actionStatuses", ActionStatus.values());
        return "marketing/actuals";
    }
}
