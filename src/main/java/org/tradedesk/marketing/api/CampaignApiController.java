package org.tradedesk.marketing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.marketing.ActivityCompliance;
import org.tradedesk.marketing.BudgetSpending;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.CampaignDetails;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignNotFound;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.ComplianceView;
import org.tradedesk.marketing.LinkedDecision;
import org.tradedesk.marketing.MarketDecisionLinks;
import org.tradedesk.marketing.MarketDecisionRef;
import org.tradedesk.marketing.MarketingFieldInvalid;
import org.tradedesk.marketing.SpendDetails;
import org.tradedesk.marketing.SpendingView;
import org.tradedesk.marketing.domain.BudgetCategory;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.ComplianceAnswer;
import org.tradedesk.marketing.domain.SpendEntry;
import org.tradedesk.platform.web.Paging;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.Money;

/**
 * REST for campaigns, budgets, actual spend, the compliance checklist and the market decision link (issue
 * 10). Every refusal is a problem detail in the reader's language (Accept-Language) with a {@code code};
 * an update on an old {@code version} is 409 {@code error.stale-edit}.
 */
@RestController
@RequestMapping("/api/v1/marketing/campaigns")
@Tag(name = "Marketing", description = "T3 international marketing: activity selection, campaigns, budgets")
class CampaignApiController {

    private final Campaigns campaigns;
    private final BudgetSpending spending;
    private final ActivityCompliance compliance;
    private final MarketDecisionLinks decisions;
    private final MessageSource messages;
    private final org.tradedesk.platform.Formats fmt;

    CampaignApiController(Campaigns campaigns, BudgetSpending spending, ActivityCompliance compliance, MarketDecisionLinks decisions,
            MessageSource messages, org.tradedesk.platform.Formats fmt) {
        this.fmt = fmt;
        this.campaigns = campaigns;
        this.spending = spending;
        this.compliance = compliance;
        this.decisions = decisions;
        this.messages = messages;
    }

    record PageBody<T>(List<T> items, int page, int size, long totalElements, int totalPages) {
        static <T> PageBody<T> of(Page<T> p) {
            return new PageBody<>(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    @Schema(description = "A campaign; version is required to update (the version read)")
    record CampaignRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") @Schema(example = "AU") String market,
            @NotBlank @Size(max = 14) @Schema(example = "2204.21") String product,
            @Size(max = 64) String decisionId, @Size(max = 500) String decisionSummary,
            @NotBlank @Size(max = 4000) String objectives, @Size(max = 4000) String strategy,
            @NotNull LocalDate start, @NotNull LocalDate end,
            @NotBlank @Size(max = 100) @Schema(description = "a user name of this desk") String owner,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") @Schema(example = "TWD") String companyCurrency,
            Long version) {

        CampaignDetails toDetails() {
            MarketDecisionRef decision = blank(decisionId) && blank(decisionSummary) ? null
                    : new MarketDecisionRef(blank(decisionId) ? null : decisionId.strip(), blank(decisionSummary) ? null : decisionSummary.strip());
            HsCode hs;
            try {
                hs = HsCode.of(product);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                throw new MarketingFieldInvalid("product", "marketing.form.hs", "product is not an HS code");
            }
            CountryCode country;
            try {
                country = CountryCode.of(market);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                throw new MarketingFieldInvalid("market", "marketing.form.country", "market is not an ISO country code");
            }
            CurrencyCode currency;
            try {
                currency = CurrencyCode.of(companyCurrency);
            } catch (org.tradedesk.shared.InvalidValueException e) {
                throw new MarketingFieldInvalid("companyCurrency", "marketing.form.currency", "companyCurrency is not an ISO 4217 code");
            }
            return new CampaignDetails(name.strip(), country, hs, decision, objectives.strip(), blank(strategy) ? null : strategy.strip(), start,
                    end, owner.strip(), currency);
        }
    }

    @GetMapping
    @Operation(summary = "Campaigns, newest period first, a page at a time (size at most 200)")
    PageBody<CampaignView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageBody.of(campaigns.page(Paging.of(page, size, 200)));
    }

    @GetMapping("/{id}")
    CampaignView get(@PathVariable long id) {
        return campaigns.campaign(new CampaignId(id));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "created; Location names it")
    @ApiResponse(responseCode = "400", description = "problem detail naming the field (an owner who is no user, the end before the start, …)")
    ResponseEntity<CampaignView> create(@Valid @RequestBody CampaignRequest body) {
        CampaignView v = campaigns.create(body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/marketing/campaigns/" + v.id())).body(v);
    }

    @PutMapping("/{id}")
    @ApiResponse(responseCode = "409", description = "error.stale-edit: the campaign changed since the version given")
    CampaignView update(@PathVariable long id, @Valid @RequestBody CampaignRequest body) {
        if (body.version() == null) {
            throw new MarketingFieldInvalid("version", "marketing.api.version-required", "version: give the version you read");
        }
        return campaigns.change(new CampaignId(id), body.version(), body.toDetails());
    }

    record StatusRequest(@NotNull @Schema(example = "RUNNING") org.tradedesk.marketing.domain.CampaignStatus status) {
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the campaign: PLANNING → RUNNING | CANCELLED, RUNNING → CLOSED | CANCELLED. RUNNING only when every "
            + "activity to run (the chosen ones, else all) is ready to start: its compliance checklist complete and marked ready")
    @ApiResponse(responseCode = "409", description = "marketing.campaign.not-startable (naming each activity and its open checklist items "
            + "by citation), marketing.campaign.no-activities, marketing.campaign.status (a move not allowed)")
    CampaignView status(@PathVariable long id, @Valid @RequestBody StatusRequest body) {
        return compliance.moveCampaign(new CampaignId(id), body.status());
    }

    // --- activities ---

    record ActivityRequest(@NotNull @Schema(example = "TRADE_FAIR") org.tradedesk.marketing.domain.ActivityKind kind,
            @NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal estimatedCost,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency,
            @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal effortDays, Long version) {

        org.tradedesk.marketing.ActivityDetails toDetails() {
            return new org.tradedesk.marketing.ActivityDetails(kind, name.strip(), description == null || description.isBlank() ? null
                    : description.strip(), new Money(estimatedCost, CampaignApiController.currency("currency", currency)), effortDays);
        }
    }

    @GetMapping("/{id}/activities")
    List<org.tradedesk.marketing.ActivityView> activities(@PathVariable long id) {
        return campaigns.activities(new CampaignId(id));
    }

    @PostMapping("/{id}/activities")
    ResponseEntity<org.tradedesk.marketing.ActivityView> addActivity(@PathVariable long id, @Valid @RequestBody ActivityRequest body) {
        var a = campaigns.addActivity(new CampaignId(id), body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/marketing/campaigns/" + id + "/activities/" + a.id())).body(a);
    }

    @PutMapping("/{id}/activities/{activityId}")
    org.tradedesk.marketing.ActivityView changeActivity(@PathVariable long id, @PathVariable long activityId,
            @Valid @RequestBody ActivityRequest body) {
        if (body.version() == null) {
            throw new MarketingFieldInvalid("version", "marketing.api.version-required", "version: give the version you read");
        }
        return campaigns.changeActivity(new CampaignId(id), activityId, body.version(), body.toDetails());
    }

    // --- budgets ---

    record BudgetLineBody(Long activityId, @NotNull @Schema(example = "VENUE") BudgetCategory category,
            @NotBlank @Size(max = 200) String description, @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency,
            @Schema(description = "company currency units per one unit; required for another currency") @Positive BigDecimal rate,
            LocalDate rateDate, @Size(max = 200) String rateSource) {
    }

    @Schema(description = "The budget lines; version is the lock version of the latest budget version read (omit for the first)")
    record BudgetRequest(Long version, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal contingencyPercent,
            @NotNull @Size(max = 100) List<@Valid @NotNull BudgetLineBody> lines) {
    }

    record CommentBody(@Size(max = 2000) String comment) {
    }

    @GetMapping("/{id}/budgets")
    @Operation(summary = "Every budget version of the campaign, newest first, with lines and totals")
    List<BudgetVersion> budgets(@PathVariable long id) {
        return campaigns.budgets(new CampaignId(id));
    }

    @GetMapping("/{id}/budget")
    BudgetVersion budget(@PathVariable long id) {
        List<BudgetVersion> all = campaigns.budgets(new CampaignId(id));
        if (all.isEmpty()) {
            throw CampaignNotFound.budget(0);
        }
        return all.get(0);
    }

    @PutMapping("/{id}/budget")
    @Operation(summary = "Save the budget lines (an approved version stays locked: saving opens the next version as a draft)")
    BudgetVersion saveBudget(@PathVariable long id, @Valid @RequestBody BudgetRequest body) {
        List<BudgetLine> lines = body.lines().stream().map(l -> new BudgetLine(l.activityId(), l.category(), l.description(),
                new Money(l.amount(), currency("lines.currency", l.currency())), l.rate(), l.rateDate(), l.rateSource())).toList();
        return campaigns.saveBudget(new CampaignId(id), body.version(), body.contingencyPercent(), lines);
    }

    @PostMapping("/{id}/budget/submit")
    BudgetVersion submit(@PathVariable long id) {
        return campaigns.submitBudget(new CampaignId(id));
    }

    @PostMapping("/{id}/budget/approve")
    @Operation(summary = "A manager who did not submit it approves the version under review")
    BudgetVersion approve(@PathVariable long id, @Valid @RequestBody(required = false) CommentBody body) {
        return campaigns.approveBudget(new CampaignId(id), body == null ? null : body.comment());
    }

    @PostMapping("/{id}/budget/return")
    BudgetVersion returnBudget(@PathVariable long id, @Valid @RequestBody CommentBody body) {
        return campaigns.returnBudget(new CampaignId(id), body.comment());
    }

    // --- actual spend ---

    record SpendRequest(@NotNull @Positive Integer line, @NotNull @Positive @DecimalMax("1000000000000") BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Za-z]{3}") String currency, @NotNull LocalDate spentOn,
            @NotBlank @Size(max = 200) String supplier, @NotBlank @Size(max = 100) String receipt,
            @Positive BigDecimal rate, LocalDate rateDate, @Size(max = 200) String rateSource) {
    }

    record VarianceLine(int line, Long activityId, BudgetCategory category, String description, Money budget, Money actual, Money variance,
            BigDecimal variancePercent) {
    }

    record SpendingResponse(long campaignId, Integer approvedVersion, List<VarianceLine> lines, Money budget, Money contingency,
            Money approvedTotal, Money actual, Money variance, BigDecimal variancePercent, Money contingencyUsed, Boolean overBudget,
            Money overApprovedTotal, String warning, List<SpendEntry> outsideApprovedLines, List<SpendEntry> entries) {
    }

    @GetMapping("/{id}/spend")
    @Operation(summary = "Budget vs actual against the latest approved version: variance per line and in total (amount and %), "
            + "over-budget warning when the spend exceeds the approved total (subtotal + contingency)")
    SpendingResponse spend(@PathVariable long id) {
        SpendingView s = spending.spending(new CampaignId(id));
        var v = s.variance();
        if (v == null) {
            return new SpendingResponse(id, null, List.of(), null, null, null, null, null, null, null, null, null, null, List.of(), s.entries());
        }
        Locale locale = LocaleContextHolder.getLocale();
        String warning = v.overBudget() ? messages.getMessage("marketing.spend.over-budget", new Object[] {fmt.money(v.actual()),
                fmt.money(v.approvedTotal()), fmt.money(v.contingency()), fmt.money(v.overApproved())}, locale) : null;
        return new SpendingResponse(id, v.budgetNumber(), v.lines().stream().map(l -> new VarianceLine(l.number(), l.line().activityId(),
                l.line().category(), l.line().description(), l.budget(), l.actual(), l.variance(), l.variancePercent())).toList(),
                v.budget(), v.contingency(), v.approvedTotal(), v.actual(), v.variance(), v.variancePercent(), v.contingencyUsed(),
                v.overBudget(), v.overApproved(), warning, v.outside(), s.entries());
    }

    @PostMapping("/{id}/spend")
    @ApiResponse(responseCode = "201", description = "the entry as recorded, with the converted amount")
    @ApiResponse(responseCode = "409", description = "marketing.spend.no-approved-budget")
    @ApiResponse(responseCode = "400", description = "marketing.spend.activity-not-ready: the line's activity is not ready to start "
            + "(its open checklist items named by citation)")
    ResponseEntity<SpendEntry> addSpend(@PathVariable long id, @Valid @RequestBody SpendRequest body) {
        SpendEntry e = spending.record(new CampaignId(id), new SpendDetails(body.line(), new Money(body.amount(), currency("currency",
                body.currency())), body.spentOn(), body.supplier(), body.receipt(), body.rate(), body.rateDate(), body.rateSource()));
        return ResponseEntity.status(201).body(e);
    }

    // --- compliance checklist ---

    record ComplianceItemBody(String code, String jurisdiction, String category, boolean mandatory, String question, String citation,
            String url, ComplianceAnswer answer, String note, String answeredBy, Instant answeredAt, boolean open) {
    }

    record ComplianceResponse(long campaignId, long activityId, String activityName, String market, boolean marketCovered,
            List<ComplianceItemBody> items, List<String> openMandatory, boolean ready, String readyBy, Instant readyAt) {
    }

    record AnswerRequest(@NotBlank @Schema(description = "yes, no or n-a") String answer, @Size(max = 1000) String note) {
    }

    @GetMapping("/{id}/activities/{activityId}/compliance")
    @Operation(summary = "The activity's compliance checklist (P3.2.5): items of the campaign market's law plus safety, ethics and "
            + "cultural checks, with question and citation in the reader's language")
    ComplianceResponse checklist(@PathVariable long id, @PathVariable long activityId) {
        return body(compliance.checklist(new CampaignId(id), activityId));
    }

    @PutMapping("/{id}/activities/{activityId}/compliance/{code}")
    ComplianceResponse answer(@PathVariable long id, @PathVariable long activityId, @PathVariable String code,
            @Valid @RequestBody AnswerRequest body) {
        ComplianceAnswer a = ComplianceAnswer.parse(body.answer());
        if (a == null) {
            throw new MarketingFieldInvalid("answer", "marketing.compliance.answer-required", "answer: yes, no or n-a",
                    org.tradedesk.marketing.ActivityCompliance.citations(List.of(code))); // by citation, not AU_COOL
        }
        return body(compliance.answer(new CampaignId(id), activityId, code, a, body.note()));
    }

    @PostMapping("/{id}/activities/{activityId}/ready")
    @ApiResponse(responseCode = "409", description = "marketing.compliance.open-items: mandatory items still open (named)")
    ComplianceResponse ready(@PathVariable long id, @PathVariable long activityId) {
        return body(compliance.markReady(new CampaignId(id), activityId));
    }

    @DeleteMapping("/{id}/activities/{activityId}/ready")
    ComplianceResponse withdraw(@PathVariable long id, @PathVariable long activityId) {
        return body(compliance.withdrawReady(new CampaignId(id), activityId));
    }

    private ComplianceResponse body(ComplianceView v) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ComplianceResponse(v.campaignId().value(), v.activityId(), v.activityName(), v.market(), v.marketCovered(),
                v.items().stream().map(i -> new ComplianceItemBody(i.code(), i.jurisdiction(), i.category().name(), i.mandatory(),
                        messages.getMessage("marketing.compliance.item." + i.code(), null, locale),
                        messages.getMessage("marketing.compliance.cite." + i.code(), null, locale), i.url(), i.answer(), i.note(),
                        i.answeredBy(), i.answeredAt(), i.open())).toList(),
                v.openMandatory(), v.ready(), v.readyBy(), v.readyAt());
    }

    // --- market decision ---

    record DecisionRequest(@NotNull @Positive Long project, @NotNull @Positive Long decision) {
    }

    @PutMapping("/{id}/decision")
    @Operation(summary = "Link the campaign to a decision recorded in market research; its market must be one the decision chose")
    LinkedDecision link(@PathVariable long id, @Valid @RequestBody DecisionRequest body) {
        return decisions.link(new CampaignId(id), body.project(), body.decision());
    }

    @GetMapping("/{id}/decision")
    LinkedDecision decision(@PathVariable long id) {
        return decisions.linked(new CampaignId(id)).orElseThrow(() -> new org.tradedesk.shared.TradedeskException(
                org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND, "marketing.decision.none", "the campaign has no linked decision",
                String.valueOf(id)));
    }

    private static CurrencyCode currency(String field, String code) {
        try {
            return CurrencyCode.of(code);
        } catch (org.tradedesk.shared.InvalidValueException e) {
            throw new MarketingFieldInvalid(field, "marketing.api.currency", field + ": " + code + " is not an ISO 4217 currency", field, code);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
