package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientNotFound;
import org.tradedesk.clients.ClientView;
import org.springframework.stereotype.Service;
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
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.TaxResult.DutyOption;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.documents.TaxDocument.Advice;
import org.tradedesk.taxes.documents.TaxResultDocuments.Scenario;

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
    private final UserNames users;
    private final String firm;
    private final ObjectProvider<TariffCatalogue> tariff;
    private final ChainDefinitions chains;

    /** {@code firm} (tradedesk.documents.firm) is the letterhead line under the sender's name; blank when not configured. */
    public CalculationDocuments(TaxCalculations calculations, TaxDocuments documents, ClientDirectory clients,
            MessageSource messages, UserNames users, @Value("${tradedesk.documents.firm:}") String firm,
            ObjectProvider<TariffCatalogue> tariff, ChainDefinitions chains) {
        this.tariff = tariff;
        this.chains = chains;
        this.calculations = calculations;
        this.documents = documents;
        this.clients = clients;
        this.messages = messages;
        this.users = users;
        this.firm = firm == null ? "" : firm.strip();
    }

    public byte[] worksheetXlsx(UUID id, Locale language) {
        return documents.worksheetXlsx(document(id, language));
    }

    public byte[] worksheetPdf(UUID id, Locale language) {
        return documents.worksheetPdf(document(id, language));
    }

    public byte[] adviceLetterPdf(UUID id, Locale language) {
        return documents.adviceLetterPdf(document(id, language));
    }

    public String adviceLetterHtml(UUID id, Locale language) {
        return documents.adviceLetterHtml(document(id, language));
    }

    /**
     * The view model of a saved calculation in {@code language} (zh-TW or English), or, when that is
     * null, in the client's preferred language.
     */
    public TaxDocument document(UUID id, Locale language) {
        SavedCalculation saved = calculations.find(id);
        ClientView client = client(saved.clientId());
        Locale wanted = language != null ? language
                : client != null ? client.preferredLanguage().locale() : LocaleContextHolder.getLocale();
        String clientName = client != null ? client.name()
                : saved.clientId() == null || saved.clientId().isBlank() ? "—" : saved.clientId();
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
        List<Scenario> scenarios = scenarios(request, result);
        Scenario best = scenarios.get(0);
        for (Scenario s : scenarios) {
            if (s.result().total().compareTo(best.result().total()) < 0) {
                best = s;
            }
        }
        TaxDocument.Valuation valuation = TaxResultDocuments.valuation(request, result,
                calculations.valuesOnCifBasis(request.jurisdiction(), request.date()));
        return TaxResultDocuments.from(reference, clientName, lang, scenarios, best.code(), advice(request, scenarios, best),
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
            goods.add(new TaxDocument.Shipment.Goods(i + 1, line.description(), code, description(tariffLine), line.origin(),
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
     * The line's description in both languages (the English one where the schedule has no Chinese), without
     * the dashes that mark its indent in the schedule ("--- Grape wine …"): the letter shows it alone.
     */
    private static LocalizedText description(TariffLine line) {
        if (line == null) {
            return null;
        }
        String en = undashed(line.descriptionEn());
        String zh = undashed(line.descriptionZh());
        if (en == null && zh == null) {
            return null;
        }
        return LocalizedText.of(zh == null ? en : zh, en == null ? zh : en);
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
    private ClientView client(String clientId) {
        if (clientId == null || !clientId.matches("\\d{1,18}")) {
            return null;
        }
        try {
            return clients.client(Long.parseLong(clientId));
        } catch (ClientNotFound e) {
            return null;
        }
    }

    /**
     * The calculation as saved, then one re-run per further scheme offered on any line, with every
     * line the saved result offered it for cleared under it (the others at the general rate), then the
     * recommended combination: every line under the option the engine flagged cheapest for it. A scheme
     * is a whole-shipment choice, so without the combination a shipment whose lines are cheapest under
     * different options (CPTPP on the car, a TCO on the machine) would be advised a dearer single scheme.
     */
    List<Scenario> scenarios(TaxRequest request, TaxResult saved) {
        Map<String, DutyOption> schemes = new LinkedHashMap<>();
        // the options the engine offered each line (from the request and from the tariff catalogue), by line number
        Map<Integer, Map<String, DutyOption>> offered = new HashMap<>();
        for (DutyOption option : saved.options()) {
            schemes.putIfAbsent(option.scheme(), option);
            offered.computeIfAbsent(option.line(), k -> new LinkedHashMap<>()).putIfAbsent(option.scheme(), option);
        }
        List<Scenario> scenarios = new ArrayList<>();
        String savedScheme = uniformScheme(request);
        scenarios.add(new Scenario(savedScheme == null ? "AS_SAVED" : savedScheme, name(savedScheme, schemes),
                claims(saved, offered), saved));
        for (String scheme : schemes.keySet()) {
            if (scheme.equals(savedScheme)) {
                continue;
            }
            List<TaxRequestLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                lines.add(lineUnder(request.lines().get(i), offered.get(i + 1), scheme));
            }
            TaxResult result = calculations.calculate(request.withLines(lines));
            scenarios.add(new Scenario(scheme, name(scheme, schemes), claims(result, offered), result));
        }
        Scenario combination = combination(request, saved, offered, scenarios);
        if (combination != null) {
            scenarios.add(combination);
        }
        return scenarios;
    }

    /**
     * Every line under its own cheapest option, re-run through the engine (a shipment-level tax may make
     * the whole differ from the sum of the lines' savings). Null when no line has options, or when the
     * choice is what a scenario already compared (all lines cheapest under one scheme): a second sheet
     * with the same figures would only make the reader look for a difference.
     */
    private Scenario combination(TaxRequest request, TaxResult saved, Map<Integer, Map<String, DutyOption>> offered,
            List<Scenario> scenarios) {
        if (saved.options().isEmpty()) {
            return null;
        }
        Map<Integer, String> cheapest = new HashMap<>();
        for (DutyOption option : saved.options()) {
            if (option.cheapest()) {
                cheapest.putIfAbsent(option.line(), option.scheme());
            }
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            chosen.add(cheapest.getOrDefault(i + 1, GENERAL));
        }
        for (Scenario s : scenarios) {
            if (schemesOf(s.result()).equals(chosen)) {
                return null;
            }
        }
        List<TaxRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(lineUnder(request.lines().get(i), offered.get(i + 1), chosen.get(i)));
        }
        TaxResult result = calculations.calculate(request.withLines(lines));
        return new Scenario(COMBINATION, both("taxes.documents.scenario.combination"), claims(result, offered), result);
    }

    /** The scheme each line of a result cleared under, in line order. */
    private static List<String> schemesOf(TaxResult result) {
        return result.lines().stream().map(l -> l.scheme() == null || l.scheme().isBlank() ? GENERAL : l.scheme()).toList();
    }

    /** The options a result claims, by line: what the claimant must have ready, per line, for the letter and the sheet. */
    private List<LocalizedText> claims(TaxResult result, Map<Integer, Map<String, DutyOption>> offered) {
        List<LocalizedText> claims = new ArrayList<>();
        for (TaxResult.LineResult line : result.lines()) {
            DutyOption option = claimed(line, offered);
            if (option == null) {
                continue;
            }
            String label = label(option);
            boolean free = option.requires() == null || option.requires().isBlank();
            String key = free ? "taxes.documents.advice.claim" : "taxes.documents.advice.claimRequires";
            Object[] args = {line.line(), label, option.requires()};
            claims.add(LocalizedText.of(messages.getMessage(key, args, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage(key, args, Locale.ENGLISH)));
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
        return option != null ? option : new DutyOption(line.line(), line.scheme(), line.scheme(), null, null, null, null, null, false, true);
    }

    private static String label(DutyOption option) {
        return option.label() == null || option.label().isBlank() ? option.scheme() : option.label();
    }

    private LocalizedText both(String key) {
        return LocalizedText.of(messages.getMessage(key, null, Locale.TRADITIONAL_CHINESE), messages.getMessage(key, null, Locale.ENGLISH));
    }

    /**
     * The line as it clears under {@code scheme}: with that scheme where the saved result offered it for
     * the line, else at the general rate. An option the catalogue offered (CPTPP, JAEPA, NZ...) is not in
     * the request, so it is added with the duty it had when saved: the engine still takes the
     * catalogue's own entry first when the catalogue has it, and the saved duty keeps the document
     * reproducible when it no longer does.
     */
    private static TaxRequestLine lineUnder(TaxRequestLine line, Map<String, DutyOption> offered, String scheme) {
        DutyOption option = offered == null ? null : offered.get(scheme);
        if (GENERAL.equals(scheme) || option == null) {
            return line.withScheme(GENERAL);
        }
        boolean requested = line.options().stream().anyMatch(o -> o.scheme().equals(scheme));
        if (requested || option.duty() == null || option.duty().isBlank()) {
            return line.withScheme(scheme);
        }
        List<DutyOptionRequest> options = new ArrayList<>(line.options());
        options.add(new DutyOptionRequest(scheme, option.label(), option.duty(), option.requires()));
        return line.withOptions(options).withScheme(scheme);
    }

    /**
     * Why the recommendation, what it needs and what a refusal would cost. A refused preference or
     * concession falls back to the general rate of the line that claimed it (never column III / NON_MFN,
     * which applies to goods of countries without MFN treatment, not to a failed claim), so the shortfall
     * is the difference to every claiming line at the general rate; a recommendation claiming nothing
     * has no refusal to fear.
     */
    private Advice advice(TaxRequest request, List<Scenario> scenarios, Scenario best) {
        LocalizedText reason = LocalizedText.of(
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {best.name().in(Locale.TRADITIONAL_CHINESE), scenarios.size()},
                        Locale.TRADITIONAL_CHINESE),
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {best.name().in(Locale.ENGLISH), scenarios.size()},
                        Locale.ENGLISH));
        List<LocalizedText> conditions = new ArrayList<>();
        best.result().notes().forEach(n -> conditions.add(LocalizedText.of(n, n)));
        List<LocalizedText> risks = new ArrayList<>();
        if (schemesOf(best.result()).stream().allMatch(GENERAL::equals)) {
            return new Advice(reason, conditions, risks);
        }
        TaxResult fallback = scenarios.stream().map(Scenario::result)
                .filter(r -> schemesOf(r).stream().allMatch(GENERAL::equals)).findFirst()
                .orElseGet(() -> calculations.calculate(request.withLines(
                        request.lines().stream().map(l -> l.withScheme(GENERAL)).toList())));
        BigDecimal shortfall = fallback.total().subtract(best.result().total());
        if (shortfall.signum() <= 0) {
            return new Advice(reason, conditions, risks);
        }
        String currency = best.result().currency();
        String amount = TaxDocuments.amount(shortfall, currency);
        LocalizedText claim = COMBINATION.equals(best.code()) ? claimedLines(best.result()) : best.name();
        risks.add(LocalizedText.of(
                messages.getMessage("taxes.documents.advice.refused", new Object[] {claim.in(Locale.TRADITIONAL_CHINESE),
                        currency, amount}, Locale.TRADITIONAL_CHINESE),
                messages.getMessage("taxes.documents.advice.refused", new Object[] {claim.in(Locale.ENGLISH),
                        currency, amount}, Locale.ENGLISH)));
        PenaltyExposure exposure;
        try {
            exposure = calculations.penalties(new PenaltyRequest(request.jurisdiction(), request.date(), shortfall,
                    null, null, null, false));
        } catch (TradedeskException e) {
            // no penalty rule for that date or jurisdiction: the letter still names the shortfall
            return new Advice(reason, conditions, risks);
        }
        for (PenaltyExposure.Item item : exposure.items()) {
            String key = item.legalReference() == null ? "taxes.documents.advice.penalty" : "taxes.documents.advice.penaltyWithLaw";
            Object[] zh = {item.label().in(Locale.TRADITIONAL_CHINESE), exposure.currency(), TaxDocuments.amount(item.low(), exposure.currency()),
                    TaxDocuments.amount(item.high(), exposure.currency()), item.legalReference()};
            Object[] en = zh.clone();
            en[0] = item.label().in(Locale.ENGLISH);
            risks.add(LocalizedText.of(messages.getMessage(key, zh, Locale.TRADITIONAL_CHINESE), messages.getMessage(key, en, Locale.ENGLISH)));
        }
        return new Advice(reason, conditions, risks);
    }

    /** The claims of a combination as the risk names them: "line 1: CPTPP; line 3: TCO 1864894". */
    private LocalizedText claimedLines(TaxResult result) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (TaxResult.LineResult line : result.lines()) {
            if (line.scheme() != null && !line.scheme().isBlank() && !GENERAL.equals(line.scheme())) {
                DutyOption option = result.options().stream()
                        .filter(o -> o.line() == line.line() && o.scheme().equals(line.scheme())).findFirst().orElse(null);
                String label = option == null ? line.scheme() : label(option);
                Object[] args = {line.line(), label};
                zh.add(messages.getMessage("taxes.documents.advice.claim", args, Locale.TRADITIONAL_CHINESE));
                en.add(messages.getMessage("taxes.documents.advice.claim", args, Locale.ENGLISH));
            }
        }
        return LocalizedText.of(String.join("、", zh), String.join("; ", en));
    }

    /** The one scheme every line of the request uses, or null when they differ. */
    private static String uniformScheme(TaxRequest request) {
        String scheme = null;
        for (TaxRequestLine line : request.lines()) {
            String s = line.scheme() == null || line.scheme().isBlank() ? GENERAL : line.scheme();
            if (scheme != null && !scheme.equals(s)) {
                return null;
            }
            scheme = s;
        }
        return scheme;
    }

    private LocalizedText name(String scheme, Map<String, DutyOption> schemes) {
        if (scheme == null) {
            return both("taxes.documents.scenario.asRequested");
        }
        if (GENERAL.equals(scheme)) {
            return both("taxes.documents.scenario.general");
        }
        DutyOption option = schemes.get(scheme);
        String label = option == null ? scheme : label(option);
        return LocalizedText.of(label, label);
    }
}
