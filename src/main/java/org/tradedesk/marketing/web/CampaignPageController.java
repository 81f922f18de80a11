package org.tradedesk.marketing.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.tradedesk.marketing.documents.CampaignDocuments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.SelectionRun;
import org.tradedesk.marketing.domain.ActivityKind;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.CampaignStatus;
import org.tradedesk.marketing.domain.SelectionMethod;
import org.tradedesk.marketing.domain.StandardCriteria;
import org.tradedesk.shared.TradedeskException;

/**
 * The marketing pages (T3.1): the campaigns dashboard, a campaign with its activities, the selection
 * page (weights or AHP pairwise judgements, scores, reasons) and the budget with its approval.
 */
@Controller
class CampaignPageController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Campaigns campaigns;
    private final CampaignDocuments documents;
    private final org.springframework.validation.SmartValidator validator;
    private final org.tradedesk.marketing.BudgetSpending spending;
    private final org.tradedesk.platform.Formats fmt;
    private final org.springframework.context.MessageSource messages;
    private final org.tradedesk.identity.UserNames users;
    private final org.tradedesk.marketing.ActivityCompliance compliance;
    private final org.tradedesk.marketing.MarketDecisionLinks decisions;
    private final org.tradedesk.marketing.KpiMonitoring monitoring;
    private final org.tradedesk.marketing.ProductLabels products;

    CampaignPageController(Campaigns campaigns, CampaignDocuments documents, org.springframework.validation.SmartValidator validator,
            org.tradedesk.marketing.BudgetSpending spending, org.tradedesk.platform.Formats fmt,
            org.springframework.context.MessageSource messages, org.tradedesk.identity.UserNames users,
            org.tradedesk.marketing.ActivityCompliance compliance, org.tradedesk.marketing.MarketDecisionLinks decisions,
            org.tradedesk.marketing.KpiMonitoring monitoring, org.tradedesk.marketing.ProductLabels products) {
        this.monitoring = monitoring;
        this.products = products;
        this.compliance = compliance;
        this.decisions = decisions;
        this.spending = spending;
        this.fmt = fmt;
        this.messages = messages;
        this.users = users;
        this.campaigns = campaigns;
        this.documents = documents;
        this.validator = validator;
    }

    /** O3.1.1 activity plan and O3.1.2 cost budget (latest version, or {@code version}), in the page's language. */
    @GetMapping("/marketing/campaigns/{id}/documents/{document:plan|budget}.{format:pdf|xlsx}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String document, @PathVariable String format,
            @RequestParam(required = false) Integer version) {
        CampaignId cid = new CampaignId(id);
        Locale locale = LocaleContextHolder.getLocale();
        boolean pdf = format.equals("pdf");
        byte[] body = document.equals("plan")
                ? (pdf ? documents.planPdf(cid, locale) : documents.planXlsx(cid, locale))
                : (pdf ? documents.budgetPdf(cid, version, locale) : documents.budgetXlsx(cid, version, locale));
        return ResponseEntity.ok().contentType(pdf ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("campaign-" + id + "-" + document + "." + format).build().toString())
                .body(body);
    }

    /**
     * One dashboard row with every cell already formatted. Profiled (issue 10, 500 campaigns × 20 activities):
     * the three queries took under a tenth of the request, Thymeleaf's per-cell expressions (message look-ups,
     * formatter calls, concatenation, link building, 10 cells × 500 rows) the rest; so the cells are made here,
     * with each status label looked up once, and the template only prints them.
     */
    record DashboardRow(String href, String name, String market, String product, String period, String owner, String status,
            String activities, String budgetStatus, String estimated, String approved, String spent, String overBudget, String kpi,
            String kpiWorst, boolean kpiBehind) {
    }

    @GetMapping("/marketing")
    String dashboard(Model model, jakarta.servlet.http.HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<org.tradedesk.marketing.CampaignSummary> list = campaigns.dashboard();
        List<Long> ids = list.stream().map(c -> c.id().value()).toList();
        java.util.Map<Long, java.math.BigDecimal> spent = spending.spentByCampaign(ids);
        java.util.Map<Long, org.tradedesk.marketing.domain.KpiAchievement> kpis = monitoring.achievementByCampaign(ids);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        java.util.function.Function<String, String> label = code -> labels.computeIfAbsent(code, k -> messages.getMessage(k, null, locale));
        String base = request.getContextPath() + "/marketing/campaigns/";
        List<DashboardRow> rows = new java.util.ArrayList<>(list.size());
        for (org.tradedesk.marketing.CampaignSummary c : list) {
            java.math.BigDecimal s = spent.get(c.id().value());
            // over budget: spent beyond the latest approved total (subtotal + contingency), with the excess
            String over = s == null || c.approved() == null || s.compareTo(c.approved().amount()) <= 0 ? null
                    : messages.getMessage("marketing.list.over-budget", new Object[] {fmt.money(new org.tradedesk.shared.Money(
                            s.subtract(c.approved().amount()), c.approved().currency()))}, locale);
            org.tradedesk.marketing.domain.KpiAchievement k = kpis.get(c.id().value());
            String kpi = k == null ? label.apply("marketing.list.kpi.none")
                    : messages.getMessage("marketing.list.kpi.met", new Object[] {k.met(), k.total(), k.measured()}, locale);
            String worst = k == null || k.worstPercent() == null ? null
                    : messages.getMessage("marketing.list.kpi.worst", new Object[] {signedPercent(k.worstPercent(), locale),
                            label.apply("marketing.kpi.kind." + k.worstKind())}, locale);
            rows.add(new DashboardRow(base + c.id().value(), c.name(), c.market(), org.tradedesk.marketing.ProductLabels.dotted(c.product()),
                    fmt.date(c.start(), locale) + " – " + fmt.date(c.end(), locale), c.owner(), label.apply("marketing.campaign.status." + c.status()),
                    c.chosenActivities() + " / " + c.activities(),
                    label.apply(c.budgetStatus() == null ? "marketing.budget.none.short" : "marketing.budget.status." + c.budgetStatus()),
                    fmt.money(c.estimated()), fmt.money(c.approved()),
                    s == null || c.approved() == null ? "" : fmt.money(new org.tradedesk.shared.Money(s, c.approved().currency())), over, kpi,
                    worst, k != null && k.met() < k.measured()));
        }
        model.addAttribute("campaigns", rows);
        return "marketing/list";
    }

    /** A gap % written as the actuals page and the results report write it ("-24.0 %"): one format everywhere. */
    private String signedPercent(java.math.BigDecimal p, Locale locale) {
        return fmt.number(p) + " %";
    }

    @GetMapping("/marketing/campaigns/new")
    String newCampaign(Model model) {
        model.addAttribute("form", CampaignForm.empty(CurrentUser.name()));
        return "marketing/campaign-form";
    }

    @PostMapping("/marketing/campaigns")
    String create(@Validated @ModelAttribute("form") CampaignForm bound, BindingResult bindingErrors, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        var rebound = org.tradedesk.platform.web.FormRebinding.formToShow(bound, bindingErrors, CampaignForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        CampaignForm form = rebound.form();
        if (form == null) {
            model.addAttribute("form", CampaignForm.empty(CurrentUser.name()));
            response.setStatus(422);
            return "marketing/campaign-form";
        }
        form.checkCodes(errors);
        checkOwner(form, errors);
        if (!errors.hasErrors()) {
            try {
                return "redirect:/marketing/campaigns/" + campaigns.create(form.toDetails()).id();
            } catch (TradedeskException e) {
                reject(errors, e);
            }
        }
        response.setStatus(422);
        return "marketing/campaign-form";
    }

    /** An owner who is no user is named at the owner field, with the other errors (review finding). */
    private void checkOwner(CampaignForm form, BindingResult errors) {
        if (form.owner() != null && !form.owner().isBlank() && !errors.hasFieldErrors("owner")
                && !form.owner().strip().equals(CurrentUser.name()) && !users.exists(form.owner())) {
            errors.rejectValue("owner", "marketing.campaign.owner-unknown", new Object[] {form.owner().strip()}, null);
        }
    }

    /** A rule broken at one field is shown there; any other above the form. */
    static void reject(BindingResult errors, TradedeskException e) {
        if (e instanceof org.tradedesk.marketing.MarketingFieldInvalid f && hasComponent(errors.getTarget(), f.field())) {
            errors.rejectValue(f.field(), e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
        } else {
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
        }
    }

    private static boolean hasComponent(Object target, String name) {
        return target != null && target.getClass().isRecord() && java.util.Arrays.stream(target.getClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(name));
    }

    @GetMapping("/marketing/campaigns/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("form", CampaignForm.of(campaigns.campaign(new CampaignId(id))));
        return "marketing/campaign-form";
    }

    @PostMapping("/marketing/campaigns/{id}")
    String change(@PathVariable long id, @Validated @ModelAttribute("form") CampaignForm bound, BindingResult bindingErrors, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("campaignId", id);
        var rebound = org.tradedesk.platform.web.FormRebinding.formToShow(bound, bindingErrors, CampaignForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        CampaignForm form = rebound.form();
        if (form == null) {
            model.addAttribute("form", CampaignForm.of(campaigns.campaign(new CampaignId(id))));
            response.setStatus(422);
            return "marketing/campaign-form";
        }
        form.checkCodes(errors);
        checkOwner(form, errors);
        if (!errors.hasErrors()) {
            try {
                campaigns.change(new CampaignId(id), form.version() == null ? -1 : form.version(), form.toDetails());
                return "redirect:/marketing/campaigns/" + id;
            } catch (TradedeskException e) {
                reject(errors, e);
            }
        }
        response.setStatus(422);
        return "marketing/campaign-form";
    }

    @PostMapping("/marketing/campaigns/{id}/status")
    String status(@PathVariable long id, @RequestParam CampaignStatus status, RedirectAttributes flash) {
        try {
            compliance.moveCampaign(new CampaignId(id), status);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id;
    }

    @GetMapping("/marketing/campaigns/{id}")
    String campaign(@PathVariable long id, Model model) {
        CampaignId cid = new CampaignId(id);
        CampaignView shown = campaigns.campaign(cid);
        model.addAttribute("campaign", shown);
        model.addAttribute("productLabel", products.label(shown.market(), shown.product(), LocaleContextHolder.getLocale()));
        model.addAttribute("activities", campaigns.activities(cid));
        List<SelectionRun> runs = campaigns.selections(cid);
        model.addAttribute("run", runs.isEmpty() ? null : runs.get(0));
        List<BudgetVersion> budgets = campaigns.budgets(cid);
        model.addAttribute("budget", budgets.isEmpty() ? null : budgets.get(0));
        model.addAttribute("statuses", CampaignStatus.values());
        model.addAttribute("tasks", campaigns.tasks(cid));
        model.addAttribute("kpis", campaigns.kpis(cid));
        model.addAttribute("activityNames", campaigns.activities(cid).stream()
                .collect(java.util.stream.Collectors.toMap(ActivityView::id, ActivityView::name)));
        model.addAttribute("readyActivities", compliance.readyActivities(cid));
        model.addAttribute("spending", spending.spending(cid));
        model.addAttribute("linkedDecision", decisions.linked(cid).orElse(null));
        return "marketing/campaign";
    }

    /** The open tasks the signed-in user is responsible for, over every campaign. */
    @GetMapping("/marketing/tasks")
    String myTasks(Model model) {
        model.addAttribute("tasks", campaigns.openTasksOf(CurrentUser.name()));
        return "marketing/my-tasks";
    }

    @GetMapping("/marketing/campaigns/{id}/tasks/new")
    String newTask(@PathVariable long id, Model model) {
        return taskPage(model, campaigns.campaign(new CampaignId(id)), TaskForm.empty(CurrentUser.name()));
    }

    @PostMapping("/marketing/campaigns/{id}/tasks")
    String addTask(@PathVariable long id, @Validated @ModelAttribute("form") TaskForm form, BindingResult errors, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        if (!errors.hasErrors()) {
            try {
                campaigns.addTask(c.id(), form.toDetails());
                return "redirect:/marketing/campaigns/" + id;
            } catch (TradedeskException e) {
                errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            }
        }
        return taskPage(model, c, form);
    }

    @PostMapping("/marketing/campaigns/{id}/tasks/{taskId}/done")
    String taskDone(@PathVariable long id, @PathVariable long taskId, @RequestParam long version,
            @RequestParam(defaultValue = "true") boolean done, RedirectAttributes flash) {
        try {
            campaigns.markTask(new CampaignId(id), taskId, version, done);
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id;
    }

    private String taskPage(Model model, CampaignView c, TaskForm form) {
        model.addAttribute("campaign", c);
        model.addAttribute("activities", campaigns.activities(c.id()));
        model.addAttribute("form", form);
        return "marketing/task-form";
    }

    @GetMapping("/marketing/campaigns/{id}/kpis/new")
    String newKpi(@PathVariable long id, Model model) {
        return kpiPage(model, campaigns.campaign(new CampaignId(id)), KpiForm.empty(CurrentUser.name()));
    }

    @PostMapping("/marketing/campaigns/{id}/kpis")
    String addKpi(@PathVariable long id, @Validated @ModelAttribute("form") KpiForm form, BindingResult errors, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        if (!errors.hasErrors()) {
            try {
                campaigns.addKpi(c.id(), form.toDetails());
                return "redirect:/marketing/campaigns/" + id;
            } catch (TradedeskException e) {
                errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            }
        }
        return kpiPage(model, c, form);
    }

    private String kpiPage(Model model, CampaignView c, KpiForm form) {
        model.addAttribute("campaign", c);
        model.addAttribute("activities", campaigns.activities(c.id()));
        model.addAttribute("kinds", org.tradedesk.marketing.domain.KpiKind.values());
        model.addAttribute("form", form);
        return "marketing/kpi-form";
    }

    @GetMapping("/marketing/campaigns/{id}/activities/new")
    String newActivity(@PathVariable long id, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        return activityPage(model, c, null, ActivityForm.empty(c.companyCurrency()));
    }

    @GetMapping("/marketing/campaigns/{id}/activities/{activityId}/edit")
    String editActivity(@PathVariable long id, @PathVariable long activityId, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        ActivityView a = campaigns.activities(c.id()).stream().filter(x -> x.id() == activityId).findFirst()
                .orElseThrow(() -> org.tradedesk.marketing.CampaignNotFound.activity(activityId));
        return activityPage(model, c, activityId, ActivityForm.of(a));
    }

    @PostMapping({"/marketing/campaigns/{id}/activities", "/marketing/campaigns/{id}/activities/{activityId}"})
    String saveActivity(@PathVariable long id, @PathVariable(required = false) Long activityId,
            @Validated @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model) {
        CampaignView c = campaigns.campaign(new CampaignId(id));
        form.checkCodes(errors);
        if (errors.hasErrors()) {
            return activityPage(model, c, activityId, form);
        }
        try {
            if (activityId == null) {
                campaigns.addActivity(c.id(), form.toDetails());
            } else {
                campaigns.changeActivity(c.id(), activityId, form.version() == null ? -1 : form.version(), form.toDetails());
            }
            return "redirect:/marketing/campaigns/" + id;
        } catch (TradedeskException e) {
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            return activityPage(model, c, activityId, form);
        }
    }

    private String activityPage(Model model, CampaignView c, Long activityId, ActivityForm form) {
        model.addAttribute("campaign", c);
        model.addAttribute("activityId", activityId);
        model.addAttribute("kinds", ActivityKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "marketing/activity-form";
    }

    @GetMapping("/marketing/campaigns/{id}/selection")
    String selection(@PathVariable long id, Model model) {
        CampaignId cid = new CampaignId(id);
        return selectionPage(model, cid, SelectionForm.blank(campaigns.activities(cid)));
    }

    @PostMapping("/marketing/campaigns/{id}/selection")
    String select(@PathVariable long id, @Validated @ModelAttribute("form") SelectionForm bound, BindingResult bindingErrors, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        CampaignId cid = new CampaignId(id);
        // "abc" as a score leaves no record form: rebuilt from what converts, every error kept at its field
        org.tradedesk.platform.web.FormRebinding.Bound<SelectionForm> rebound = org.tradedesk.platform.web.FormRebinding.formToShow(
                bound, bindingErrors, SelectionForm.class, request, validator, model);
        if (rebound.form() == null) {
            model.addAttribute("form", SelectionForm.blank(campaigns.activities(cid)));
            return selectionPage(model, cid, SelectionForm.blank(campaigns.activities(cid)));
        }
        SelectionForm form = rebound.form();
        BindingResult errors = rebound.errors();
        if (errors.hasErrors()) {
            return selectionPage(model, cid, form);
        }
        try {
            campaigns.select(cid, form.toRequest());
            return "redirect:/marketing/campaigns/" + id + "/selection";
        } catch (TradedeskException e) {
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            return selectionPage(model, cid, form);
        }
    }

    private String selectionPage(Model model, CampaignId cid, SelectionForm form) {
        model.addAttribute("campaign", campaigns.campaign(cid));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        List<SelectionRun> runs = campaigns.selections(cid);
        model.addAttribute("run", runs.isEmpty() ? null : runs.get(0));
        model.addAttribute("runs", runs);
        model.addAttribute("methods", SelectionMethod.values());
        model.addAttribute("criteria", StandardCriteria.CODES);
        model.addAttribute("pairs", SelectionForm.PAIRS);
        model.addAttribute("scale", SelectionForm.SCALE);
        return "marketing/selection";
    }

    @GetMapping("/marketing/campaigns/{id}/budget")
    String budget(@PathVariable long id, Model model) {
        CampaignId cid = new CampaignId(id);
        CampaignView c = campaigns.campaign(cid);
        List<BudgetVersion> versions = campaigns.budgets(cid);
        return budgetPage(model, c, versions, BudgetForm.of(versions.isEmpty() ? null : versions.get(0), c.companyCurrency())
                .withBlankRowsIfNeeded(c.companyCurrency()));
    }

    @PostMapping("/marketing/campaigns/{id}/budget")
    String saveBudget(@PathVariable long id, @Validated @ModelAttribute("form") BudgetForm bound, BindingResult bindingErrors, Model model,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        CampaignId cid = new CampaignId(id);
        CampaignView c = campaigns.campaign(cid);
        var rebound = org.tradedesk.platform.web.FormRebinding.formToShow(bound, bindingErrors, BudgetForm.class, request, validator, model);
        BindingResult errors = rebound.errors();
        BudgetForm form = rebound.form();
        if (form == null) {
            List<BudgetVersion> versions = campaigns.budgets(cid);
            form = BudgetForm.of(versions.isEmpty() ? null : versions.get(0), c.companyCurrency()).withBlankRowsIfNeeded(c.companyCurrency());
        } else {
            form.checkCodes(errors);
        }
        if (!errors.hasErrors()) {
            try {
                campaigns.saveBudget(cid, form.version(), form.contingencyPercent(), form.toLines());
                return "redirect:/marketing/campaigns/" + id + "/budget";
            } catch (TradedeskException e) {
                errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            }
        }
        response.setStatus(422);
        model.addAttribute("lineErrors", lineErrors(errors, c.companyCurrency(), LocaleContextHolder.getLocale()));
        return budgetPage(model, c, campaigns.budgets(cid), form);
    }

    private static final java.util.regex.Pattern LINE_FIELD = java.util.regex.Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");

    /** M5: each error of a budget line as "Line 4, Amount: …", so a bad amount is named by line and field above the table. */
    private List<String> lineErrors(BindingResult errors, String companyCurrency, Locale locale) {
        List<String> out = new java.util.ArrayList<>();
        for (org.springframework.validation.FieldError e : errors.getFieldErrors()) {
            java.util.regex.Matcher m = LINE_FIELD.matcher(e.getField());
            if (!m.matches()) {
                continue;
            }
            String label = switch (m.group(2)) {
                case "activityId" -> messages.getMessage("marketing.budget.line.activity", null, locale);
                case "category" -> messages.getMessage("marketing.budget.line.category", null, locale);
                case "description" -> messages.getMessage("marketing.budget.line.description", null, locale);
                case "currency" -> messages.getMessage("marketing.field.currency", null, locale);
                case "rate" -> messages.getMessage("marketing.budget.line.rate", new Object[] {companyCurrency}, locale);
                case "rateDate" -> messages.getMessage("marketing.budget.line.rate-date", null, locale);
                case "rateSource" -> messages.getMessage("marketing.budget.line.rate-source", null, locale);
                default -> messages.getMessage("marketing.budget.line.amount", null, locale);
            };
            String text = e.isBindingFailure()
                    ? messages.getMessage("marketing.budget.line.not-a-number", new Object[] {String.valueOf(e.getRejectedValue())}, locale)
                    : messages.getMessage(e, locale);
            out.add(messages.getMessage("marketing.budget.line-error", new Object[] {Integer.parseInt(m.group(1)) + 1, label, text}, locale));
        }
        return out;
    }

    @PostMapping("/marketing/campaigns/{id}/budget/{action:submit|approve|return}")
    String decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String comment,
            RedirectAttributes flash) {
        CampaignId cid = new CampaignId(id);
        try {
            switch (action) {
                case "submit" -> campaigns.submitBudget(cid);
                case "approve" -> campaigns.approveBudget(cid, comment);
                default -> campaigns.returnBudget(cid, comment);
            }
        } catch (TradedeskException e) {
            flash.addFlashAttribute("errorCode", e.messageCode());
            flash.addFlashAttribute("errorArgs", org.tradedesk.platform.Formats.readerArguments(e.arguments()));
        }
        return "redirect:/marketing/campaigns/" + id + "/budget";
    }

    private String budgetPage(Model model, CampaignView c, List<BudgetVersion> versions, BudgetForm form) {
        model.addAttribute("campaign", c);
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.isEmpty() ? null : versions.get(0));
        model.addAttribute("activities", campaigns.activities(c.id()));
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("form", form);
        model.addAttribute("isManager", CurrentUser.hasRole(org.tradedesk.identity.Role.MANAGER));
        return "marketing/budget";
    }
}
