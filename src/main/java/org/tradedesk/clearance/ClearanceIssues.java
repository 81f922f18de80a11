package org.tradedesk.clearance;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.RiskRating;
import org.tradedesk.clearance.persistence.IssueStore;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.shared.Money;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The issue register of a clearance file (P4.2 – P4.4): issues with their risk (likelihood × impact), alternative
 * solutions with costs, risks and legal requirements ranked by cost then risk, and the solution chosen with its
 * reasons, regulation references and the client's confirmation. Who may see the file may work its issues
 * ({@link ClearanceTransactions#transaction}); a closed file takes no change. Every change is a history line.
 */
@Service
public class ClearanceIssues {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClearanceIssues.class);


    static final int MAX_TEXT = 2000;
    static final int MAX_SHORT = 100;
    static final int MAX_HAND_COSTS = 10;

    private final ClearanceTransactions transactions;
    private final IssueStore store;
    private final Clock clock;
    private final org.tradedesk.taxes.TaxCalculations taxes;
    private final ClearanceChecks checks;
    private final org.tradedesk.platform.Formats formats;

    private org.tradedesk.clearance.persistence.DeclarationStore declarations;
    private org.springframework.context.MessageSource bundles;

    /**
     * What the coordinator gave the tax engine per item on the file's newest declaration (acceptance review of issue 8, 4): an
     * alternative costs the lines on the same inputs; none when the file has no declaration.
     */
    private List<org.tradedesk.clearance.messages.DeclarationMessage.EngineInput> engineInputs(TransactionId id) {
        if (declarations == null) {
            return List.of();
        }
        return declarations.newestEngineInputs(id.value());
    }

    /** The file's declarations (the duty and tax a hand-costed alternative adds to) and the tax names, when wired. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void declaredTaxes(org.tradedesk.clearance.persistence.DeclarationStore declarations, org.springframework.context.MessageSource bundles) {
        this.declarations = declarations;
        this.bundles = bundles;
    }

    ClearanceIssues(ClearanceTransactions transactions, IssueStore store, Clock clock, org.tradedesk.taxes.TaxCalculations taxes,
            ClearanceChecks checks, org.tradedesk.platform.Formats formats) {
        this.checks = checks;
        this.formats = formats;
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
        this.taxes = taxes;
    }

    @Transactional(readOnly = true)
    public List<IssueView> issues(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        List<IssueView> found = store.issues(id.value());
        if (found.stream().noneMatch(i -> i.finding() != null)) {
            return found;
        }
        java.util.Optional<List<Finding>> now = checks.readableFindings(view);
        if (now.isEmpty()) {
            return found; // a declaration of the file cannot be read: the issues without their findings' state (logged)
        }
        java.util.Set<String> standing = now.get().stream().map(Finding::key).collect(java.util.stream.Collectors.toSet());
        List<HistoryEntry> history = found.stream().anyMatch(i -> i.finding() != null && !standing.contains(i.finding().key()))
                ? transactions.history(id) : List.of();
        return found.stream().map(i -> recorded(i, withFindingState(i, view, standing, history))).toList();
    }

    /** The finding's state as read, its resolution day recorded the first time it is seen (cleared if it stands again). */
    private IssueView recorded(IssueView stored, IssueView read) {
        if (stored.finding() != null && !java.util.Objects.equals(stored.finding().resolvedOn(), read.finding().resolvedOn())) {
            store.recordResolved(stored.id(), read.finding().resolvedOn());
        }
        return read;
    }

    @Transactional(readOnly = true)
    public IssueView issue(TransactionId id, long issueId) {
        TransactionView view = transactions.transaction(id);
        IssueView issue = store.issue(id.value(), issueId);
        if (issue.finding() == null) {
            return issue;
        }
        java.util.Set<String> standing = standing(view);
        return recorded(issue, withFindingState(issue, view, standing, standing.contains(issue.finding().key()) ? List.of()
                : transactions.history(id)));
    }

    /** The keys of the file's findings as the checks find them now. */
    private java.util.Set<String> standing(TransactionView view) {
        return checks.findings(view).stream().map(Finding::key).collect(java.util.stream.Collectors.toSet());
    }

    /** The history lines of the changes the document checks read: the file's details and dates, its documents and figures, its drafts. */
    static final java.util.Set<String> CHECKED_CHANGES = java.util.Set.of("clearance.history.created", "clearance.history.date-set",
            "clearance.history.field-changed", "clearance.history.document-added", "clearance.history.document-withdrawn",
            "clearance.history.invoice-captured",
            "clearance.history.invoice-corrected", "clearance.history.figures-captured", "clearance.history.declaration-drafted");

    /**
     * The issue with its finding's state read now. A finding no longer among the file's findings was resolved by a change
     * the checks read: on the day (in the file's zone) of the newest such change after the issue was raised, as the file's
     * history records it (a new alternative or a dispute step later does not move it). Without one — the finding went with
     * a change outside the file (the tariff data, another file, the date) — the day of the file's last change.
     */
    static IssueView withFindingState(IssueView issue, TransactionView view, java.util.Set<String> standing,
            List<HistoryEntry> history) {
        if (issue.finding() == null) {
            return issue;
        }
        if (standing.contains(issue.finding().key())) {
            // standing (again): a day recorded earlier no longer holds
            return issue.finding().resolvedOn() == null ? issue : issue.withFinding(issue.finding().resolvedOn(null));
        }
        if (issue.finding().resolvedOn() != null) {
            return issue; // the day recorded when the resolution was first seen (review R8): later edits do not move it
        }
        Instant raised = issue.createdAt();
        Instant fixed = history.stream().filter(h -> h.what() != null && CHECKED_CHANGES.contains(h.what().code()))
                .map(HistoryEntry::at).filter(at -> raised == null || !at.isBefore(raised))
                .max(java.util.Comparator.naturalOrder()).orElse(view.transaction().updatedAt());
        return issue.withFinding(issue.finding().resolvedOn(
                FileTime.date(fixed == null ? issue.createdAt() : fixed, view.details().jurisdiction())));
    }

    /** The issue opened from a finding, if any, by the finding's key (for the findings list: link, no second issue). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> issuesOfFindings(TransactionId id) {
        transactions.transaction(id);
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        store.issues(id.value()).stream().filter(i -> i.finding() != null).forEach(i -> out.put(i.finding().key(), i.id()));
        return out;
    }

    /**
     * Opens an issue from a finding of the file's document checks (issue 8: findings feed the issue register): the
     * description is the finding's explanation and the implications follow from its severity and rule, both kept as message
     * codes with arguments (read in the reader's language); the regulation is the rule's; the risk suggested from the
     * severity ({@link #suggestedRisk}) unless likelihood or impact is given; the owner the one given, else the user. One issue per finding: a second is refused
     * with 409 naming the first. A key that is not among the file's findings now is refused (400 at findingKey).
     */
    @Transactional
    public IssueView raiseFromFinding(TransactionId id, String findingKey, String owner, Integer likelihood, Integer impact) {
        claimOpen(id);
        text("findingKey", findingKey, 1000);
        String who = owner == null || owner.isBlank() ? CurrentUser.name() : owner.strip();
        text("owner", who, MAX_SHORT);
        TransactionView view = transactions.transaction(id);
        // a finding that has its issue names it, also once resolved (the issue is the place to read about it)
        store.existing(id.value(), findingKey.strip()).ifPresent(issueId -> {
            throw new FindingHasIssue(issueId, findingKey.strip());
        });
        Finding finding = checks.findings(view).stream().filter(f -> f.key().equals(findingKey.strip())).findFirst()
                .orElseThrow(() -> new ClearanceInputInvalid("findingKey", "clearance.issue.finding-unknown",
                        "no finding " + findingKey + " among the file's findings now (fixed already, or mistyped)",
                        findingKey.strip()));
        int[] risk = suggestedRisk(finding.severity());
        risk = new int[] {likelihood == null ? risk[0] : likelihood, impact == null ? risk[1] : impact};
        rating("likelihood", "impact", risk[0], risk[1]);
        String regulation = finding.regulation() == null ? "" : finding.regulation();
        org.tradedesk.shared.MessageText implications = org.tradedesk.shared.MessageText.of(
                "clearance.issue.from-finding.implications." + finding.severity(),
                org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.clearance.domain.FindingNames.rule(finding.rule())),
                // the regulation in the reader's language (t4fixT 5: a law: code of checks.tsv is its message)
                regulation.isBlank() ? org.tradedesk.shared.MessageText.Arg.literal("—")
                        : org.tradedesk.shared.MessageText.Arg.message(finding.regulationText()));
        IssueView.FindingLink link = new IssueView.FindingLink(finding.key(), finding.rule(), finding.severity().name(),
                regulation.isBlank() ? null : cut(regulation, 1000), finding.message(), implications, null);
        // the plain columns keep a readable trace (the rule and where) for old readers; pages read the codes
        String plain = cut("[" + finding.rule() + "] " + finding.key(), MAX_TEXT);
        return store.raiseFromFinding(id.value(), new IssueDetails(plain, cut(finding.severity() + " " + finding.rule()
                + (regulation.isBlank() ? "" : " — " + regulation), MAX_TEXT), risk[0], risk[1], who), link, CurrentUser.name(),
                Instant.now(clock));
    }

    /**
     * The risk suggested for an issue from a finding (likelihood, impact on 1 to 5; the owner changes it as the case
     * shows): ERROR — the file cannot be declared as it is, so the problem is met (4) and stops the goods (4); WARNING — a
     * person must look (3 × 3); INFO — could not be checked (2 × 2).
     */
    static int[] suggestedRisk(Finding.Severity severity) {
        return switch (severity) {
            case ERROR -> new int[] {4, 4};
            case WARNING -> new int[] {3, 3};
            case INFO -> new int[] {2, 2};
        };
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Transactional
    public IssueView raise(TransactionId id, IssueDetails d) {
        claimOpen(id);
        text("description", d.description(), MAX_TEXT);
        text("implications", d.implications(), MAX_TEXT);
        text("owner", d.owner(), MAX_SHORT);
        rating("likelihood", "impact", d.likelihood(), d.impact());
        // acceptance review: the same issue posted twice was stored twice. An open issue of the same description (spaces
        // and case aside) is that issue: refused (409) naming it. Checked after the file's claim (claimOpen), so a second
        // request on another instance waits for the first and sees its issue here.
        String description = d.description().strip();
        for (IssueView existing : store.issues(id.value())) {
            if (existing.status() == IssueStatus.OPEN && existing.description() != null
                    && existing.description().strip().replaceAll("\\s+", " ").equalsIgnoreCase(description.replaceAll("\\s+", " "))) {
                throw new org.tradedesk.shared.TradedeskException(org.tradedesk.shared.TradedeskException.Kind.CONFLICT,
                        org.tradedesk.shared.MessageText.of("clearance.issue.duplicate",
                                org.tradedesk.shared.MessageText.Arg.literal(existing.description().strip()),
                                org.tradedesk.shared.MessageText.Arg.date(FileTime.date(existing.createdAt(),
                                        transactions.transaction(id).details().jurisdiction())),
                                org.tradedesk.shared.MessageText.Arg.literal(existing.createdBy() == null ? "" : existing.createdBy())),
                        "transaction " + id.value() + " has open issue " + existing.id() + " with this description");
            }
        }
        return store.raise(id.value(), new IssueDetails(d.description().strip(), d.implications().strip(), d.likelihood(),
                d.impact(), d.owner().strip()), CurrentUser.name(), Instant.now(clock));
    }

    @Transactional
    public IssueView addAlternative(TransactionId id, long issueId, AlternativeDetails d) {
        open(id);
        List<ClearanceInputInvalid> problems = alternativeProblems(d);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        Instant now = Instant.now(clock);
        AlternativeCosting costing;
        Money cost;
        if (d.engine() == null) {
            if (!d.handCosts().isEmpty()) {
                throw new ClearanceInputInvalid("handCosts", "clearance.alternative.hand-costs-need-engine",
                        "handCosts go with an engine computation; without it give the whole cost as costAmount");
            }
            checkCost(d.cost());
            costing = handCosting(id, d, now);
            cost = Money.of(costing.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), costing.currency());
        } else {
            if (d.cost() != null) {
                throw new ClearanceInputInvalid("costAmount", "clearance.alternative.cost-with-engine",
                        "with an engine computation the costs entered by hand go in handCosts, each with its description");
            }
            List<AlternativeCosting.HandCost> hand = handCosts(d.handCosts());
            TransactionView view = transactions.transaction(id);
            LocalDate today = FileTime.today(clock, view.details().jurisdiction());
            AlternativeDetails.EngineTreatment treatment = d.engine();
            MessageText rateSource = null;
            org.tradedesk.clearance.persistence.DeclarationStore.Row declared = treatment.exchangeRate() != null || declarations == null
                    ? null : declarations.of(id.value(), 1).stream().findFirst().orElse(null);
            org.tradedesk.clearance.messages.CapturedInvoice invoice = declared == null ? null : DeclarationBuilding.invoice(view);
            if (declared != null && declared.declaration() != null && declared.declaration().exchangeRate() != null && invoice != null
                    && invoice.currency() != null && invoice.currency().equalsIgnoreCase(declared.declaration().currency())) {
                // t4fixU 2: no rate given, the rate the file's declaration recorded (typed with its reason, or the published
                // one) — not a 400 for a currency the table lacks on the day while the declaration was drafted at 31.5
                BigDecimal rate = declared.declaration().exchangeRate();
                treatment = new AlternativeDetails.EngineTreatment(treatment.preference(), treatment.tcoNumber(), treatment.tcoRate(),
                        treatment.lines(), treatment.freight(), treatment.insurance(), rate);
                rateSource = declared.exchangeRateTyped()
                        ? MessageText.of("clearance.alternative.data.rate-declaration-typed", Arg.literal(invoice.currency()),
                                Arg.number(rate), Arg.literal(String.valueOf(declared.revision())),
                                Arg.literal(declared.exchangeRateReason() == null ? "—" : declared.exchangeRateReason()))
                        : MessageText.of("clearance.alternative.data.rate-declaration", Arg.literal(invoice.currency()),
                                Arg.number(rate), Arg.literal(String.valueOf(declared.revision())));
            }
            try {
                // the engine inputs the file's declaration gives per item (a car's commodityTax rate…; review of issue 8, 4)
                costing = AlternativeEngineCosting.compute(view, d.kind(), treatment, hand,
                        new AlternativeEngineCosting.Engine(DeclarationBuilding.withInputs(taxes::calculate, engineInputs(id)),
                                j -> taxes.hasConcession(j, AlternativeEngineCosting.TCO, today)),
                        today, now);
            } catch (org.tradedesk.taxes.TaxInputInvalid e) {
                if (!"exchangeRate".equals(e.field())) {
                    throw e;
                }
                // issue 8 F6: no rate for the invoice currency came as taxes.exchange-rate.missing with errors:[]; said at
                // this request's exchangeRate, as the declaration says it, in the engine's words
                throw new ClearanceInputInvalid("exchangeRate", e.messageCode(), e.messageText(), e.getMessage());
            }
            if (rateSource != null) {
                // the figures say where the rate came from: the declaration's, not "given for the calculation"
                List<MessageText> versions = new java.util.ArrayList<>(List.of(rateSource));
                costing.dataVersions().stream().filter(v -> !"clearance.alternative.data.rate-given".equals(v.code())).forEach(versions::add);
                costing = new AlternativeCosting(costing.jurisdiction(), costing.currency(), costing.engineDate(), costing.calculatedAt(),
                        costing.engineTotal(), costing.taxes(), versions, costing.treatment(), costing.handRate(), costing.handCosts());
            }
            cost = Money.of(costing.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), costing.currency());
        }
        return store.addAlternative(id.value(), issueId, new AlternativeDetails(d.kind(), d.benefits().strip(), cost,
                d.legalRequirements().strip(), d.risks().strip(), d.riskManagement().strip(), d.likelihood(), d.impact()),
                costing, CurrentUser.name(), now);
    }

    /**
     * Everything wrong with an alternative that can be told without the tax engine, each at its field (t4fixK 3: the API
     * answered one at a time): kind, the texts, likelihood and impact, the cost typed by hand or the costs next to the
     * engine's. Empty when it can be costed; what the engine refuses (a preference not offered…) comes when it is asked.
     */
    @Transactional(readOnly = true)
    public List<ClearanceInputInvalid> alternativeProblems(TransactionId id, AlternativeDetails d) {
        open(id);
        return alternativeProblems(d);
    }

    List<ClearanceInputInvalid> alternativeProblems(AlternativeDetails d) {
        List<ClearanceInputInvalid> out = new java.util.ArrayList<>();
        collect(out, () -> {
            if (d.kind() == null) {
                throw new ClearanceInputInvalid("kind", "clearance.field.required", "kind is required", "kind");
            }
        });
        collect(out, () -> text("benefits", d.benefits(), MAX_TEXT));
        collect(out, () -> text("legalRequirements", d.legalRequirements(), MAX_TEXT));
        collect(out, () -> text("risks", d.risks(), MAX_TEXT));
        collect(out, () -> text("riskManagement", d.riskManagement(), MAX_TEXT));
        collect(out, () -> rating("likelihood", "impact", d.likelihood(), d.impact()));
        List<AlternativeDetails.HandCost> hand = d.handCosts() == null ? List.of() : d.handCosts();
        if (d.engine() == null) {
            collect(out, () -> {
                if (!hand.isEmpty()) {
                    throw new ClearanceInputInvalid("handCosts", "clearance.alternative.hand-costs-need-engine",
                            "handCosts go with an engine computation; without it give the whole cost as costAmount");
                }
            });
            collect(out, () -> checkCost(d.cost()));
        } else {
            collect(out, () -> {
                if (d.cost() != null) {
                    throw new ClearanceInputInvalid("costAmount", "clearance.alternative.cost-with-engine",
                            "with an engine computation the costs entered by hand go in handCosts, each with its description");
                }
            });
            collect(out, () -> handCosts(hand));
        }
        return out;
    }

    private static void collect(List<ClearanceInputInvalid> out, Runnable check) {
        try {
            check.run();
        } catch (ClearanceInputInvalid e) {
            out.add(e);
        }
    }

    /**
     * An alternative costed by hand, made comparable with those the engine costs (acceptance review, t4fixM: an OTHER typed as
     * TWD 1,500 ranked before bonded storage's 65,036 though the NT$57,036 of duty and tax was still payable under it): the
     * cost typed is an extra cost on top of the duty and tax the file's newest declaration computes — the alternative does
     * not change them — and the total is both, with the taxes listed; unless the coordinator states the cost replaces them
     * ({@code costReplacesTaxes}), or the kind pays none (RE_EXPORT), or there is no declaration in the cost's currency (then
     * the treatment says the taxes are not included).
     */
    /**
     * The declaration's duties and taxes by type as its header totals them: the items' figures added up, except Taiwan's
     * trade promotion fee, levied once on the declaration's total 完稅價格 ({@link
     * org.tradedesk.clearance.messages.DeclarationValidation#perDeclarationFee}) — the items' truncated shares added up can
     * be NT$1 less (acceptance review: the reports listed 318 beside a total of 180,035 that needs 319).
     */
    static java.util.Map<String, java.math.BigDecimal> declaredTaxes(org.tradedesk.clearance.messages.DeclarationMessage m) {
        java.util.Map<String, java.math.BigDecimal> byTax = new java.util.LinkedHashMap<>();
        for (org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it : m.items()) {
            for (org.tradedesk.clearance.messages.DeclarationMessage.DutyTax t : it.dutiesAndTaxes()) {
                byTax.merge(t.type(), t.amount() == null ? java.math.BigDecimal.ZERO : t.amount(), java.math.BigDecimal::add);
            }
        }
        if ("TW".equals(m.jurisdiction()) && byTax.containsKey("TPF")) {
            byTax.put("TPF", org.tradedesk.clearance.messages.DeclarationValidation.perDeclarationFee(m.items()));
        }
        return byTax;
    }

    private AlternativeCosting handCosting(TransactionId id, AlternativeDetails d, Instant now) {
        String currency = d.cost().currency().value();
        List<AlternativeCosting.HandCost> hand = List.of(new AlternativeCosting.HandCost(null, d.cost().amount()));
        if (d.costReplacesTaxes()) {
            return new AlternativeCosting(null, currency, null, null, null, List.of(), List.of(),
                    org.tradedesk.shared.MessageText.of("clearance.alternative.treatment.hand-replaces"), false, hand);
        }
        if (d.kind() == AlternativeKind.RE_EXPORT) {
            return AlternativeCosting.typedByHand(currency, d.cost().amount());
        }
        org.tradedesk.clearance.persistence.DeclarationStore.Row row = declarations == null ? null
                : declarations.of(id.value(), 1).stream().findFirst().orElse(null);
        org.tradedesk.clearance.messages.DeclarationMessage m = row == null ? null : row.declaration();
        if (m == null || m.dutiesAndTaxesTotal() == null || !currency.equals(m.localCurrency())) {
            return new AlternativeCosting(null, currency, null, null, null, List.of(), List.of(),
                    org.tradedesk.shared.MessageText.of("clearance.alternative.treatment.hand-no-declaration"), false, hand);
        }
        java.util.Map<String, java.math.BigDecimal> byTax = declaredTaxes(m);
        java.util.Map<String, java.math.BigDecimal> baseByTax = new java.util.LinkedHashMap<>();
        for (org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it : m.items()) {
            for (org.tradedesk.clearance.messages.DeclarationMessage.DutyTax t : it.dutiesAndTaxes()) {
                if (t.base() != null) {
                    baseByTax.merge(t.type(), t.base(), java.math.BigDecimal::add);
                }
            }
        }
        List<AlternativeCosting.TaxLine> taxes = byTax.entrySet().stream().map(e -> new AlternativeCosting.TaxLine(e.getKey(),
                taxName(e.getKey()), baseByTax.get(e.getKey()), null, e.getValue())).toList();
        LocalDate on = m.declarationDate() != null ? m.declarationDate() : FileTime.date(row.createdAt(), transactions.transaction(id)
                .details().jurisdiction());
        return new AlternativeCosting(m.jurisdiction(), currency, on, now, m.dutiesAndTaxesTotal(), taxes,
                List.of(org.tradedesk.shared.MessageText.of("clearance.alternative.data.declaration",
                        org.tradedesk.shared.MessageText.Arg.number(row.version()), org.tradedesk.shared.MessageText.Arg.number(row.revision()))),
                org.tradedesk.shared.MessageText.of("clearance.alternative.treatment.hand-on-declared", org.tradedesk.shared.MessageText.Arg.number(row.version()),
                        org.tradedesk.clearance.domain.MoneyCodes.taxAmount(m.dutiesAndTaxesTotal(), currency)), false, hand);
    }

    /** A tax's name in both languages (関税 / Customs duty), from the bundles; null when not wired. */
    private org.tradedesk.shared.LocalizedText taxName(String type) {
        org.tradedesk.shared.MessageText.Arg named = org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(type);
        if (bundles == null || named.kind() != org.tradedesk.shared.MessageText.Kind.CODE) {
            return null;
        }
        return org.tradedesk.shared.LocalizedText.of(bundles.getMessage(named.value(), null, type, java.util.Locale.TRADITIONAL_CHINESE),
                bundles.getMessage(named.value(), null, type, java.util.Locale.ENGLISH));
    }

    /**
     * The choices the page form offers for the tax engine (the same as the API's): the invoice's lines, the preferences the
     * engine offers for them, whether the chain knows TCOs. A file whose invoice the engine cannot cost offers no preference
     * (the costing, when asked, says why).
     */
    @Transactional(readOnly = true)
    public EngineChoices engineChoices(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        LocalDate today = FileTime.today(clock, view.details().jurisdiction());
        String jurisdiction = view.details().jurisdiction().name();
        boolean knowsTco = taxes.hasConcession(jurisdiction, AlternativeEngineCosting.TCO, today);
        org.tradedesk.clearance.messages.CapturedInvoice invoice = DeclarationBuilding.invoice(view);
        if (invoice == null) {
            return EngineChoices.none(knowsTco);
        }
        List<EngineChoices.Line> lines = invoice.lines().stream().map(l -> new EngineChoices.Line(l.lineNumber(), l.description(),
                l.tariffCode(), l.originCountry(), l.amount())).toList();
        List<String> preferences;
        try {
            preferences = AlternativeEngineCosting.offeredPreferences(view, invoice,
                    new AlternativeEngineCosting.Engine(DeclarationBuilding.withInputs(taxes::calculate, engineInputs(id)), j -> knowsTco),
                    today);
        } catch (org.tradedesk.shared.TradedeskException e) {
            // the engine cannot cost the invoice as it is (a tariff line not loaded, no rate): the form offers no preference;
            // the costing, when asked, refuses with the reason at its field
            preferences = List.of();
        } catch (RuntimeException e) {
            // anything else is a fault, not the invoice's: logged with its trace; the form still shows, without preferences
            LOG.warn("offered preferences of transaction {} could not be computed", view.id(), e);
            preferences = List.of();
        }
        return new EngineChoices(lines, preferences, knowsTco, invoice.currency());
    }

    private static void checkCost(Money cost) {
        if (cost == null) {
            throw new ClearanceInputInvalid("costAmount", "clearance.field.required", "costAmount is required", "costAmount");
        }
        // XXX, XTS, XAU…: codes of ISO 4217 that are not money, refused at the cost's currency on every path (page and API)
        ClearanceInputInvalid.notMoney("costCurrency", cost.currency().value());
        amount("costAmount", cost.amount());
    }

    private static void amount(String field, BigDecimal amount) {
        if (amount == null) {
            throw new ClearanceInputInvalid(field, "clearance.field.required", field + " is required", field);
        }
        if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 15) {
            throw new ClearanceInputInvalid(field, "clearance.alternative.cost-invalid",
                    "the cost is 0 or more with at most 2 decimals and 15 digits: " + amount.toPlainString(), amount.toPlainString());
        }
    }

    /** The costs entered by hand: each with its description and an amount of 0 or more (at most 10). */
    private static List<AlternativeCosting.HandCost> handCosts(List<AlternativeDetails.HandCost> given) {
        if (given.size() > MAX_HAND_COSTS) {
            throw new ClearanceInputInvalid("handCosts", "clearance.alternative.hand-costs-too-many",
                    "at most " + MAX_HAND_COSTS + " costs entered by hand", String.valueOf(MAX_HAND_COSTS));
        }
        List<AlternativeCosting.HandCost> out = new java.util.ArrayList<>();
        for (AlternativeDetails.HandCost h : given) {
            text("handCosts", h == null ? null : h.description(), 200);
            amount("handCosts", h == null ? null : h.amount());
            out.add(new AlternativeCosting.HandCost(h.description().strip(), h.amount().setScale(2)));
        }
        return out;
    }

    /**
     * A time of the file as its reader reads it, in the file's zone with the zone named (re-review F8: not the raw ISO
     * instant); formatted when refused, in the request's language, for the refusal's text only.
     */
    private String inFileZone(TransactionView file, Instant at) {
        java.time.ZoneId zone = FileTime.zone(file.details().jurisdiction());
        return formats.dateTime(at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES), zone, formats.zoneName(zone));
    }

    /** Records the chosen solution; the issue becomes RESOLVED. The client's confirmation cannot lie in the future. */
    @Transactional
    public IssueView choose(TransactionId id, long issueId, long expectedVersion, ChoiceDetails c) {
        ClearanceInputInvalid.throwAll(choiceProblems(id, issueId, c));
        Instant now = Instant.now(clock);
        return store.choose(id.value(), issueId, expectedVersion, new ChoiceDetails(c.alternativeId(), c.reasons().strip(),
                c.regulationReferences().strip(), c.confirmedBy().strip(), c.confirmedAt()), CurrentUser.name(), now);
    }

    /**
     * Everything wrong with a choice, each at its field (t4fixU 1: a future confirmedAt was not named with the blank
     * fields): the texts, the confirmation's time not after now nor before the issue was raised.
     */
    @Transactional(readOnly = true)
    public List<ClearanceInputInvalid> choiceProblems(TransactionId id, long issueId, ChoiceDetails c) {
        open(id);
        TransactionView file = transactions.transaction(id);
        List<ClearanceInputInvalid> out = new java.util.ArrayList<>();
        collect(out, () -> text("reasons", c.reasons(), MAX_TEXT));
        collect(out, () -> text("regulationReferences", c.regulationReferences(), 1000));
        collect(out, () -> text("confirmedBy", c.confirmedBy(), 200));
        Instant now = Instant.now(clock);
        if (c.confirmedAt() == null) {
            out.add(new ClearanceInputInvalid("confirmedAt", "clearance.field.required", "confirmedAt is required", "confirmedAt"));
        } else if (c.confirmedAt().isAfter(now)) {
            out.add(new ClearanceInputInvalid("confirmedAt", "clearance.choice.confirmed-future",
                    "the client's confirmation cannot be later than now: " + c.confirmedAt(), inFileZone(file, now)));
        } else {
            // the client confirms a choice among the issue's alternatives: not before the issue existed (issue 8 item 4)
            Instant raised = store.issue(id.value(), issueId).createdAt();
            if (raised != null && c.confirmedAt().isBefore(raised.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
                out.add(new ClearanceInputInvalid("confirmedAt", "clearance.choice.confirmed-before-issue",
                        "the client's confirmation " + c.confirmedAt() + " is before the issue was raised " + raised,
                        inFileZone(file, c.confirmedAt())));
            }
        }
        return out;
    }

    private org.tradedesk.clearance.persistence.TransactionStore files;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void files(org.tradedesk.clearance.persistence.TransactionStore files) {
        this.files = files;
    }

    /**
     * A new issue takes the file's row first (a versioned update, T4 code read R10), then reads the file: a close on
     * another instance either committed before (the issue is refused, the file is closed) or waits and is refused as
     * stale — never a closed file with an open issue.
     */
    private void claimOpen(TransactionId id) {
        if (files != null) {
            files.claim(id.value(), Instant.now(clock));
        }
        open(id);
    }

    private void open(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        if (view.transaction().status().readOnly()) {
            throw TransactionClosed.of(view);
        }
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ClearanceInputInvalid(field, "clearance.field.required", field + " is required", field);
        }
        if (value.strip().length() > max) {
            throw new ClearanceInputInvalid(field, "clearance.field.too-long", field + " is longer than " + max + " characters",
                    field, String.valueOf(max));
        }
    }

    private static void rating(String likelihoodField, String impactField, int likelihood, int impact) {
        if (likelihood < 1 || likelihood > 5) {
            throw new ClearanceInputInvalid(likelihoodField, "clearance.issue.likelihood.range",
                    "likelihood must be 1 to 5: " + likelihood, String.valueOf(likelihood));
        }
        if (impact < 1 || impact > 5) {
            throw new ClearanceInputInvalid(impactField, "clearance.issue.impact.range", "impact must be 1 to 5: " + impact,
                    String.valueOf(impact));
        }
        new RiskRating(likelihood, impact);
    }
}
