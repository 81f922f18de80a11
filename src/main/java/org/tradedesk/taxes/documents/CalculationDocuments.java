package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.tradedesk.shared.RoundingRule;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.taxes.CalculationId;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientNotFound;
import org.tradedesk.clients.ClientView;
import org.springframework.stereotype.Service;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffCodeInvalid;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserNames;
import org.tradedesk.taxes.CalculationStatus;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.SavedCalculation;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.documents.TaxDocument.Advice;
import org.tradedesk.taxes.documents.TaxResultDocuments.Scenario;
import org.tradedesk.taxes.domain.OptionComparison;

/**
 * Builds the documents of a saved calculation: every duty option offered on its lines is run
 * through the engine as its own scenario (one worksheet sheet each), the cheapest is recommended,
 * and the letter's risks are the penalty exposure (K05) should the preference be refused.
 */
@Service
public class CalculationDocuments {

    static final String GENERAL = "GENERAL";
    /** The scenario with every line under its own cheapest option. */
    static final String COMBINATION = "COMBINATION";

    private final TaxCalculations calculations;
    private final TaxDocuments documents;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final MessageTexts texts;
    private final UserNames users;
    private final String firm;
    private final ObjectProvider<TariffCatalogue> tariff;
    private final ChainDefinitions chains;

    /** {@code firm} (tradedesk.documents.firm) is the letterhead line under the sender's name; blank when not configured. */
    public CalculationDocuments(TaxCalculations calculations, TaxDocuments documents, ClientDirectory clients,
            MessageSource messages, MessageTexts texts, UserNames users, @Value("${tradedesk.documents.firm:}") String firm,
            ObjectProvider<TariffCatalogue> tariff, ChainDefinitions chains) {
        this.texts = texts;
        this.tariff = tariff;
        this.chains = chains;
        this.calculations = calculations;
        this.documents = documents;
        this.clients = clients;
        this.messages = messages;
        this.users = users;
        this.firm = firm == null ? "" : firm.strip();
    }

    public byte[] worksheetXlsx(CalculationId id, Locale language) {
        return documents.worksheetXlsx(document(id, language));
    }

    public byte[] worksheetPdf(CalculationId id, Locale language) {
        return documents.worksheetPdf(document(id, language));
    }

    public byte[] adviceLetterPdf(CalculationId id, Locale language) {
        return documents.adviceLetterPdf(document(id, language));
    }

    public String adviceLetterHtml(CalculationId id, Locale language) {
        return documents.adviceLetterHtml(document(id, language));
    }

    /**
     * The view model of a saved calculation in {@code language} (zh-TW or English), or, when that is
     * null, in the client's preferred language.
     */
    public TaxDocument document(CalculationId id, Locale language) {
        SavedCalculation saved = calculations.find(id);
        ClientView client = client(saved.clientId());
        Locale wanted = language != null ? language
                : client != null ? client.preferredLanguage().locale() : LocaleContextHolder.getLocale();
        String clientName = client != null ? client.name()
                : saved.clientId() == null ? "—" : saved.clientId().toString();
        return document(SavedCalculation.reference(id), clientName, wanted, saved.request(), saved.result()).withLetter(letter(saved));
    }

    /**
     * The letter is a draft until a manager has approved the calculation (P1.3.2); it is signed by the
     * user producing or sending it, with the firm under the name, or their role where no firm is configured.
     */
    private TaxDocument.Letter letter(SavedCalculation saved) {
        boolean approved = saved.status() == CalculationStatus.APPROVED || saved.status() == CalculationStatus.SENT;
        String username = CurrentUser.name();
        String name = users.displayName(username).orElse(username);
        LocalizedText line;
        if (!firm.isEmpty()) {
            line = LocalizedText.of(firm, firm);
        } else {
            Role role = CurrentUser.mainRole();
            line = role == null ? null : LocalizedText.of(
                    messages.getMessage("taxes.documents.role." + role.name(), null, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.role." + role.name(), null, Locale.ENGLISH));
        }
        return new TaxDocument.Letter(!approved, name, line);
    }

    /**
     * The view model of a calculation that need not be saved (a batch upload): the result as
     * computed, one re-run per further scheme offered, the cheapest recommended.
     */
    public TaxDocument document(String reference, String clientName, Locale language, TaxRequest request,
            TaxResult result) {
        Locale lang = language != null && "zh".equals(language.getLanguage()) ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
        OptionComparison.Comparison comparison = calculations.compare(request, result);
        List<Scenario> scenarios = scenarios(request, result, comparison);
        Scenario best = scenarios.get(comparison.scenarios().indexOf(comparison.best()));
        TaxDocument.Valuation valuation = TaxResultDocuments.valuation(request, result,
                calculations.valuesOnCifBasis(request.jurisdiction(), request.date()));
        return TaxResultDocuments.from(reference, clientName, lang, scenarios, best.code(), withNotComputed(advice(request, result, scenarios, best, clientName), best.result()),
                valuation, chains.forJurisdiction(result.jurisdiction(), result.date())).withShipment(shipment(request, result));
    }

    /** The invoice and its goods as the letter names them, each tariff line with its published description. */
    private TaxDocument.Shipment shipment(TaxRequest request, TaxResult result) {
        List<TaxDocument.Shipment.Goods> goods = new ArrayList<>();
        BigDecimal invoiceTotal = BigDecimal.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            TaxRequestLine line = request.lines().get(i);
            TaxResult.LineResult valued = result.lines().get(i);
            invoiceTotal = invoiceTotal.add(line.value());
            TariffLine tariffLine = tariffLine(request.jurisdiction(), valued.tariffCode(), request.date());
            String code = tariffLine != null && tariffLine.dottedCode() != null ? tariffLine.dottedCode()
                    : line.tariffCode() != null ? line.tariffCode().strip() : null;
            goods.add(new TaxDocument.Shipment.Goods(i + 1, line.description(), code,
                    description(ancestry(request.jurisdiction(), tariffLine), tariffLine), line.origin(),
                    line.value(), valued.customsValue()));
        }
        return new TaxDocument.Shipment(request.invoiceNumber(), request.invoiceDate(), request.incoterm().name(),
                request.currency(), invoiceTotal, result.customsValue(), goods);
    }

    /** The tariff line as the schedule publishes it, or null when the catalogue does not hold it. */
    private TariffLine tariffLine(String jurisdiction, String code, java.time.LocalDate date) {
        TariffCatalogue catalogue = tariff.getIfAvailable();
        if (catalogue == null || code == null || Arrays.stream(Jurisdiction.values()).noneMatch(j -> j.name().equals(jurisdiction))) {
            return null;
        }
        try {
            return catalogue.lookup(Jurisdiction.valueOf(jurisdiction), code, date).line();
        } catch (TariffItemNotFound | TariffCodeInvalid e) {
            // a line priced from the request's own measures: the letter shows the code alone
            return null;
        }
    }

    /**
     * The lines between the heading and {@code line} (its subheadings), so that a leaf such as "--- Other"
     * is printed with what it is "other" of; empty when the catalogue does not hold the line.
     */
    private List<TariffLine> ancestry(String jurisdiction, TariffLine line) {
        TariffCatalogue catalogue = tariff.getIfAvailable();
        if (catalogue == null || line == null) {
            return List.of();
        }
        try {
            return catalogue.item(Jurisdiction.valueOf(jurisdiction), line.code()).hierarchy().stream()
                    .filter(l -> l.code().length() > 4 && l.code().length() < line.code().length()).toList();
        } catch (TariffItemNotFound | TariffCodeInvalid e) {
            return List.of();
        }
    }

    /**
     * The line's description in both languages (the English one where the schedule has no Chinese), after
     * its subheadings' ("Of a cylinder capacity exceeding 1 500 cm³ … › Other": a leaf "Other" alone tells
     * the client nothing), without the dashes that mark the indent in the schedule ("--- Grape wine …").
     */
    private static LocalizedText description(List<TariffLine> ancestry, TariffLine line) {
        if (line == null) {
            return null;
        }
        String en = path(ancestry, line, TariffLine::descriptionEn);
        String zh = path(ancestry, line, TariffLine::descriptionZh);
        if (en == null && zh == null) {
            return null;
        }
        return LocalizedText.of(zh == null ? en : zh, en == null ? zh : en);
    }

    private static String path(List<TariffLine> ancestry, TariffLine line, java.util.function.Function<TariffLine, String> text) {
        List<String> parts = new ArrayList<>();
        for (TariffLine l : ancestry) {
            String t = undashed(text.apply(l));
            // a level the schedule words the same as the one above it (a TW 8-digit heading and its 11-digit
            // statistical line) is named once
            if (t != null && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(t.replaceFirst("[:：]$", "")))) {
                parts.add(t.replaceFirst("[:：]$", ""));
            }
        }
        String own = undashed(text.apply(line));
        if (own == null) {
            return null;
        }
        if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(own.replaceFirst("[:：]$", ""))) {
            parts.add(own);
        }
        return String.join(" › ", parts);
    }

    private static String undashed(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceFirst("^[-–\\s]+", "").strip();
        return s.isEmpty() ? null : s;
    }

    /** The client a saved calculation belongs to, or null when it names none the directory knows. */
    public ClientView clientOf(SavedCalculation saved) {
        return client(saved.clientId());
    }

    /** The client a calculation was saved for, when it names one the directory knows. */
    private ClientView client(ClientId clientId) {
        if (clientId == null) {
            return null;
        }
        try {
            return clients.client(clientId);
        } catch (ClientNotFound e) {
            return null;
        }
    }

    /**
     * The scenarios {@link OptionComparison} compared, named for the documents: a scheme by the label of
     * the option that offered it, with what each line claiming it must have ready.
     */
    private List<Scenario> scenarios(TaxRequest request, TaxResult saved, OptionComparison.Comparison comparison) {
        Map<String, DutyOption> schemes = new LinkedHashMap<>();
        saved.options().forEach(o -> schemes.putIfAbsent(o.scheme(), o));
        Map<Integer, Map<String, DutyOption>> offered = OptionComparison.offered(saved);
        List<Scenario> scenarios = new ArrayList<>();
        for (OptionComparison.Scenario s : comparison.scenarios()) {
            LocalizedText name = switch (s.code()) {
                case OptionComparison.COMBINATION -> both("taxes.documents.scenario.combination");
                case OptionComparison.AS_SAVED -> name(null, schemes);
                default -> named(s.code(), s.result(), offered, schemes);
            };
            scenarios.add(new Scenario(s.code(), name, claims(s.result(), offered), s.result()));
        }
        return scenarios;
    }

    private static List<String> schemesOf(TaxResult result) {
        return OptionComparison.schemesOf(result);
    }

    /**
     * A scheme's scenario named for every option its lines claim under it, not the first line's (t1fixM M1: three
     * column II lines from PA, SG and DE were 「第二欄（巴拿馬）」): labels alike but for their country merge into one
     * (「第二欄（紐西蘭、巴拿馬）」 / "Column II (New Zealand, Panama)"), other different labels are listed.
     */
    private LocalizedText named(String scheme, TaxResult result, Map<Integer, Map<String, DutyOption>> offered,
            Map<String, DutyOption> schemes) {
        List<org.tradedesk.shared.MessageText> labels = claimedLabels(result, offered, scheme);
        if (labels.size() < 2) {
            return labels.isEmpty() ? name(scheme, schemes)
                    : LocalizedText.of(texts.render(labels.get(0), Locale.TRADITIONAL_CHINESE), texts.render(labels.get(0), Locale.ENGLISH));
        }
        org.tradedesk.shared.MessageText merged = mergedByCountry(labels);
        if (merged != null) {
            return LocalizedText.of(texts.render(merged, Locale.TRADITIONAL_CHINESE), texts.render(merged, Locale.ENGLISH));
        }
        return LocalizedText.of(
                MessageTexts.joined(labels.stream().map(l -> texts.render(l, Locale.TRADITIONAL_CHINESE)).toList(), Locale.TRADITIONAL_CHINESE),
                MessageTexts.joined(labels.stream().map(l -> texts.render(l, Locale.ENGLISH)).toList(), Locale.ENGLISH));
    }

    /** The distinct labels of the options a result's lines claim ({@code scheme} only, or any when null), in line order. */
    private static List<org.tradedesk.shared.MessageText> claimedLabels(TaxResult result, Map<Integer, Map<String, DutyOption>> offered,
            String scheme) {
        List<org.tradedesk.shared.MessageText> labels = new ArrayList<>();
        for (TaxResult.LineResult line : result.lines()) {
            DutyOption option = claimed(line, offered);
            if (option != null && option.label() != null && (scheme == null || scheme.equals(option.scheme()))
                    && !labels.contains(option.label())) {
                labels.add(option.label());
            }
        }
        return labels;
    }

    /**
     * Labels of one message whose only difference is one country argument, as one label naming every country in it;
     * null when they differ otherwise.
     */
    static org.tradedesk.shared.MessageText mergedByCountry(List<org.tradedesk.shared.MessageText> labels) {
        org.tradedesk.shared.MessageText first = labels.get(0);
        int at = -1;
        for (int k = 0; k < first.args().size(); k++) {
            if (first.args().get(k).kind() == org.tradedesk.shared.MessageText.Kind.COUNTRY) {
                at = k;
            }
        }
        if (at < 0) {
            return null;
        }
        List<String> countries = new ArrayList<>();
        for (org.tradedesk.shared.MessageText label : labels) {
            if (!label.code().equals(first.code()) || label.args().size() != first.args().size()
                    || label.args().get(at).kind() != org.tradedesk.shared.MessageText.Kind.COUNTRY) {
                return null;
            }
            for (int k = 0; k < first.args().size(); k++) {
                if (k != at && !label.args().get(k).equals(first.args().get(k))) {
                    return null;
                }
            }
            for (String c : label.args().get(at).value().split(",")) {
                if (!c.isBlank() && !countries.contains(c.strip())) {
                    countries.add(c.strip());
                }
            }
        }
        List<org.tradedesk.shared.MessageText.Arg> args = new ArrayList<>(first.args());
        args.set(at, org.tradedesk.shared.MessageText.Arg.country(String.join(",", countries)));
        return new org.tradedesk.shared.MessageText(first.code(), args);
    }

    /** The options a result claims, by line: what the claimant must have ready, per line, for the letter and the sheet. */
    private List<LocalizedText> claims(TaxResult result, Map<Integer, Map<String, DutyOption>> offered) {
        List<LocalizedText> claims = new ArrayList<>();
        for (TaxResult.LineResult line : result.lines()) {
            DutyOption option = claimed(line, offered);
            if (option == null) {
                continue;
            }
            boolean free = option.requires() == null;
            String key = free ? "taxes.documents.advice.claim" : "taxes.documents.advice.claimRequires";
            claims.add(LocalizedText.of(messages.getMessage(key, new Object[] {line.line(), label(option, Locale.TRADITIONAL_CHINESE),
                            free ? "" : texts.render(option.requires(), Locale.TRADITIONAL_CHINESE)}, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage(key, new Object[] {line.line(), label(option, Locale.ENGLISH),
                            free ? "" : texts.render(option.requires(), Locale.ENGLISH)}, Locale.ENGLISH)));
        }
        return claims;
    }

    /** The option a line of a result claims, or null when it clears at the general rate. */
    private static DutyOption claimed(TaxResult.LineResult line, Map<Integer, Map<String, DutyOption>> offered) {
        if (line.scheme() == null || line.scheme().isBlank() || GENERAL.equals(line.scheme())) {
            return null;
        }
        Map<String, DutyOption> options = offered.get(line.line());
        DutyOption option = options == null ? null : options.get(line.scheme());
        return option != null ? option : new DutyOption(line.line(), line.scheme(), null, null, null, null, null, null, false, true);
    }

    private String label(DutyOption option, Locale language) {
        return option.label() == null ? option.scheme() : texts.render(option.label(), language);
    }

    private LocalizedText both(String key) {
        return LocalizedText.of(messages.getMessage(key, null, Locale.TRADITIONAL_CHINESE), messages.getMessage(key, null, Locale.ENGLISH));
    }

    /**
     * Why the recommendation, what it needs and what a refusal would cost. A refused preference or
     * concession falls back to the general rate of the line that claimed it (never column III / NON_MFN,
     * which applies to goods of countries without MFN treatment, not to a failed claim), so the shortfall
     * is the difference to every claiming line at the general rate; a recommendation claiming nothing
     * has no refusal to fear.
     */
    private Advice advice(TaxRequest request, TaxResult saved, List<Scenario> scenarios, Scenario best, String clientName) {
        // "the only option that applies" is not said while a preference rests on a country list to confirm: it is among the
        // options assessed only, and the conditions name each one not assessed (acceptance review t1fixG 1)
        String cheapest = best.result().hasUnassessedOptions() ? "taxes.documents.advice.cheapestAssessed" : "taxes.documents.advice.cheapest";
        // options as cheap as the recommended one are named, and why it is preferred (t1fixM minor 6: CPTPP was "the lowest of
        // the 8 options" while RCEP and the combination came to the same 22,071.90)
        List<Scenario> tied = scenarios.stream().filter(s -> s != best && s.result().total().compareTo(best.result().total()) == 0).toList();
        if (!tied.isEmpty()) {
            cheapest = cheapest + "Tied";
        }
        LocalizedText reason = LocalizedText.of(
                messages.getMessage(cheapest, new Object[] {best.name().in(Locale.TRADITIONAL_CHINESE), scenarios.size(),
                        MessageTexts.joined(tied.stream().map(t -> t.name().in(Locale.TRADITIONAL_CHINESE)).toList(), Locale.TRADITIONAL_CHINESE)},
                        Locale.TRADITIONAL_CHINESE),
                messages.getMessage(cheapest, new Object[] {best.name().in(Locale.ENGLISH), scenarios.size(),
                        MessageTexts.joined(tied.stream().map(t -> t.name().in(Locale.ENGLISH)).toList(), Locale.ENGLISH)},
                        Locale.ENGLISH));
        List<LocalizedText> conditions = new ArrayList<>();
        best.result().notes().stream().filter(n -> !TaxResult.isNotComputed(n) && !TaxResult.STATED_NOT_APPLICABLE.equals(n.code())).forEach(n -> conditions.add(LocalizedText.of(texts.render(n, Locale.TRADITIONAL_CHINESE),
                texts.render(n, Locale.ENGLISH))));
        List<LocalizedText> risks = new ArrayList<>();
        if (schemesOf(best.result()).stream().allMatch(GENERAL::equals)) {
            return new Advice(reason, conditions, risks);
        }
        TaxResult fallback = OptionComparison.allGeneral(request, scenarios.stream()
                .map(s -> new OptionComparison.Scenario(s.code(), s.result())).toList(), calculations::calculate);
        BigDecimal shortfall = fallback.total().subtract(best.result().total());
        if (shortfall.signum() <= 0) {
            return new Advice(reason, conditions, risks);
        }
        String currency = best.result().currency();
        // a difference of totals each in the law's unit: whole NT$ where both are (r-t1 F6: not TWD 31,500.00 beside TWD 31,500)
        List<RoundingRule> both = new ArrayList<>(payableRoundings(best.result()));
        both.addAll(payableRoundings(fallback));
        String amount = TaxDocuments.rounded(shortfall, currency, both);
        LocalizedText claim = COMBINATION.equals(best.code()) ? claimedLines(best.result()) : best.name();
        Map<Integer, Map<String, DutyOption>> offered = OptionComparison.offered(saved);
        List<org.tradedesk.shared.MessageText> labels = claimedLabels(best.result(), offered, null);
        if (labels.size() > 1) {
            // several claims (a column II rate for NZ and one for PA): what each refused alone would cost, said per claim
            // with its lines and whether its country list is confirmed, then all refused with the penalty exposure (t1fixM M1)
            for (org.tradedesk.shared.MessageText label : labels) {
                java.util.Set<Integer> lines = new java.util.TreeSet<>();
                boolean toConfirm = false;
                for (TaxResult.LineResult line : best.result().lines()) {
                    DutyOption option = claimed(line, offered);
                    if (option != null && label.equals(option.label())) {
                        lines.add(line.line());
                        toConfirm |= OptionComparison.unconfirmed(option.requires());
                    }
                }
                TaxResult partial = OptionComparison.withGeneral(request, saved, best.result(), lines, calculations::calculate);
                List<RoundingRule> roundings = new ArrayList<>(payableRoundings(best.result()));
                roundings.addAll(payableRoundings(partial));
                String part = TaxDocuments.rounded(partial.total().subtract(best.result().total()), currency, roundings);
                String key = toConfirm ? "taxes.documents.advice.refusedClaimToConfirm" : "taxes.documents.advice.refusedClaim";
                String numbers = lines.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
                risks.add(LocalizedText.of(
                        messages.getMessage(key, new Object[] {numbers.replace(",", "、"), texts.render(label, Locale.TRADITIONAL_CHINESE),
                                currency, part}, Locale.TRADITIONAL_CHINESE),
                        messages.getMessage(key, new Object[] {numbers.replace(",", ", "), texts.render(label, Locale.ENGLISH),
                                currency, part}, Locale.ENGLISH)));
            }
            risks.add(LocalizedText.of(
                    messages.getMessage("taxes.documents.advice.refusedAll", new Object[] {currency, amount}, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.advice.refusedAll", new Object[] {currency, amount}, Locale.ENGLISH)));
        } else {
            risks.add(LocalizedText.of(
                    messages.getMessage("taxes.documents.advice.refused", new Object[] {claim.in(Locale.TRADITIONAL_CHINESE),
                            currency, amount}, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.advice.refused", new Object[] {claim.in(Locale.ENGLISH),
                            currency, amount}, Locale.ENGLISH)));
        }
        PenaltyExposure exposure;
        try {
            exposure = calculations.penalties(penaltyRequest(request, fallback, best.result(), shortfall));
        } catch (TradedeskException e) {
            // no penalty rule for that date or jurisdiction: the letter still names the shortfall
            return new Advice(reason, conditions, risks);
        }
        List<LocalizedText> citations = new ArrayList<>(java.util.Collections.nCopies(risks.size(), (LocalizedText) null));
        // a fine or surcharge is assessed in the chain's payable unit (TW: whole NT$) and printed in it
        RoundingRule payable = chains.forJurisdiction(request.jurisdiction(), request.date()).displayRounding();
        Boolean company = BodyCorporate.of(clientName);
        for (PenaltyExposure.Item original : exposure.items()) {
            PenaltyExposure.Item item = original;
            boolean corporateCeiling = BodyCorporate.applies(request.jurisdiction(), item);
            if (corporateCeiling) {
                item = BodyCorporate.ceiling(item, company, payable, exposure.currency());
            }
            String key = item.reckoning() == null ? "taxes.documents.advice.penalty" : "taxes.documents.advice.penaltyReckoned";
            Object[] zh = {item.label().in(Locale.TRADITIONAL_CHINESE), exposure.currency(), TaxDocuments.rounded(item.low(), exposure.currency(), payable),
                    TaxDocuments.rounded(item.high(), exposure.currency(), payable),
                    item.reckoning() == null ? "" : texts.render(item.reckoning(), Locale.TRADITIONAL_CHINESE)};
            Object[] en = zh.clone();
            en[0] = item.label().in(Locale.ENGLISH);
            en[4] = item.reckoning() == null ? "" : texts.render(item.reckoning(), Locale.ENGLISH);
            risks.add(LocalizedText.of(messages.getMessage(key, zh, Locale.TRADITIONAL_CHINESE), messages.getMessage(key, en, Locale.ENGLISH)));
            LocalizedText law = citation(item);
            citations.add(corporateCeiling && law != null ? LocalizedText.of(
                    law.in(Locale.TRADITIONAL_CHINESE) + messages.getMessage("taxes.penalty.law.AU.crimesAct4B3.also", null, Locale.TRADITIONAL_CHINESE),
                    law.in(Locale.ENGLISH) + messages.getMessage("taxes.penalty.law.AU.crimesAct4B3.also", null, Locale.ENGLISH)) : law);
        }
        // Taiwan's other taxes a refused claim leaves short (貨物稅 on a base that includes the duty; 菸酒稅, 健康福利捐,
        // 特種貨物及勞務稅): their fines under their own laws are not computed here, and the letter says so rather than leave
        // the commodity-tax part without a word (acceptance review t1fixG 4; 貨物稅條例's penalty provisions not read)
        if ("TW".equals(request.jurisdiction())) {
            for (String code : List.of("COMMODITY_TAX", "ALCOHOL_TOBACCO_TAX", "HEALTH_SURCHARGE", "SPECIAL_GOODS_TAX")) {
                BigDecimal more = fallback.amountOf(code).subtract(best.result().amountOf(code));
                TaxResult.TaxTotal tax = fallback.tax(code);
                if (more.signum() > 0 && tax != null) {
                    String shown = TaxDocuments.rounded(more, currency, payableRoundings(fallback));
                    risks.add(LocalizedText.of(messages.getMessage("taxes.documents.advice.fineNotComputed",
                                    new Object[] {tax.label().in(Locale.TRADITIONAL_CHINESE), currency, shown}, Locale.TRADITIONAL_CHINESE),
                            messages.getMessage("taxes.documents.advice.fineNotComputed",
                                    new Object[] {tax.label().in(Locale.ENGLISH), currency, shown}, Locale.ENGLISH)));
                    citations.add(null);
                }
            }
        }
        // Taiwan's §37 and §51 fines for one act are not added up: only the heaviest applies (行政罰法 §24 第1項) (t1fixE 9)
        if ("TW".equals(request.jurisdiction()) && exposure.items().stream()
                .filter(i -> "MISDECLARATION_FINE".equals(i.code()) || "BUSINESS_TAX_FINE".equals(i.code())).count() > 1) {
            risks.add(LocalizedText.of(messages.getMessage("taxes.documents.advice.finesNotAdded", null, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.advice.finesNotAdded", null, Locale.ENGLISH)));
            citations.add(LocalizedText.of(messages.getMessage("taxes.documents.advice.finesNotAdded.law", null, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.advice.finesNotAdded.law", null, Locale.ENGLISH)));
        }
        return new Advice(reason, conditions, risks, citations);
    }

    /** The roundings of a result's taxes: a sum of them is whole where each is ({@link TaxDocuments#rounded}). */
    private static List<RoundingRule> payableRoundings(TaxResult result) {
        java.util.Set<String> taxes = new java.util.HashSet<>();
        result.taxes().forEach(t -> taxes.add(t.code()));
        return result.steps().stream().filter(s -> taxes.contains(s.code())).map(s -> RoundingRule.parse(s.rounding())).toList();
    }

    /** The advice of an incomplete result names, prominently, each tax its total leaves out (not among the conditions). */
    private Advice withNotComputed(Advice advice, TaxResult result) {
        return advice.withNotComputed(result.notComputed().stream()
                .map(n -> LocalizedText.of(texts.render(n, Locale.TRADITIONAL_CHINESE), texts.render(n, Locale.ENGLISH))).toList())
                .withStatedNotApplicable(result.statedNotApplicable().stream()
                        .map(n -> LocalizedText.of(texts.render(n, Locale.TRADITIONAL_CHINESE), texts.render(n, Locale.ENGLISH))).toList());
    }

    /**
     * What a refused claim leaves unpaid, each on the base its fine is reckoned on: in Taiwan the misdeclaration fine
     * (海關緝私條例 §37) is a multiple of the evaded import duty only (進口稅, with any anti-dumping or countervailing
     * duty), the business tax evaded is fined under 營業稅法 §51 on its own amount. Elsewhere the whole shortfall.
     */
    private static PenaltyRequest penaltyRequest(TaxRequest request, TaxResult fallback, TaxResult best, BigDecimal shortfall) {
        if (!"TW".equals(request.jurisdiction())) {
            return new PenaltyRequest(request.jurisdiction(), request.date(), shortfall, null, null, null, false);
        }
        BigDecimal duty = BigDecimal.ZERO;
        for (String code : List.of("DUTY", "ANTI_DUMPING", "COUNTERVAILING")) {
            duty = duty.add(fallback.amountOf(code).subtract(best.amountOf(code)));
        }
        BigDecimal businessTax = fallback.amountOf("BUSINESS_TAX").subtract(best.amountOf("BUSINESS_TAX"));
        return new PenaltyRequest(request.jurisdiction(), request.date(), duty.max(BigDecimal.ZERO), null, null, null, false,
                businessTax.max(BigDecimal.ZERO), null, null);
    }

    /**
     * A fine's legal citation as the letter prints it beside the sentence: the letter's short wording where the bundle
     * has one, else the penalty's legal basis rendered in each language.
     */
    private LocalizedText citation(PenaltyExposure.Item item) {
        if (item.legalBasis() == null) {
            return null;
        }
        String key = "taxes.documents.advice.penaltyLaw." + item.code();
        return LocalizedText.of(
                messages.getMessage(key, null, texts.render(item.legalBasis(), Locale.TRADITIONAL_CHINESE), Locale.TRADITIONAL_CHINESE),
                messages.getMessage(key, null, texts.render(item.legalBasis(), Locale.ENGLISH), Locale.ENGLISH));
    }

    /** The claims of a combination as the risk names them: "line 1: CPTPP; line 3: TCO 1864894". */
    private LocalizedText claimedLines(TaxResult result) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (TaxResult.LineResult line : result.lines()) {
            if (line.scheme() != null && !line.scheme().isBlank() && !GENERAL.equals(line.scheme())) {
                DutyOption option = result.options().stream()
                        .filter(o -> o.line() == line.line() && o.scheme().equals(line.scheme())).findFirst().orElse(null);
                zh.add(messages.getMessage("taxes.documents.advice.claim", new Object[] {line.line(),
                        option == null ? line.scheme() : label(option, Locale.TRADITIONAL_CHINESE)}, Locale.TRADITIONAL_CHINESE));
                en.add(messages.getMessage("taxes.documents.advice.claim", new Object[] {line.line(),
                        option == null ? line.scheme() : label(option, Locale.ENGLISH)}, Locale.ENGLISH));
            }
        }
        return LocalizedText.of(String.join("、", zh), String.join("; ", en));
    }

    private LocalizedText name(String scheme, Map<String, DutyOption> schemes) {
        if (scheme == null) {
            return both("taxes.documents.scenario.asRequested");
        }
        if (GENERAL.equals(scheme)) {
            return both("taxes.documents.scenario.general");
        }
        DutyOption option = schemes.get(scheme);
        return option == null ? LocalizedText.of(scheme, scheme)
                : LocalizedText.of(label(option, Locale.TRADITIONAL_CHINESE), label(option, Locale.ENGLISH));
    }
}
