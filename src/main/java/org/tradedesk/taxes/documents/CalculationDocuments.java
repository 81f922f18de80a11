package org.tradedesk.taxes.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientNotFound;
import org.tradedesk.clients.ClientView;
import org.springframework.stereotype.Service;
import org.tradedesk.shared.LocalizedText;
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

    private final TaxCalculations calculations;
    private final TaxDocuments documents;
    private final ClientDirectory clients;
    private final MessageSource messages;
    private final UserNames users;
    private final String firm;

    /** {@code firm} (tradedesk.documents.firm) is the letterhead line under the sender's name; blank when not configured. */
    public CalculationDocuments(TaxCalculations calculations, TaxDocuments documents, ClientDirectory clients,
            MessageSource messages, UserNames users, @Value("${tradedesk.documents.firm:}") String firm) {
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
        return document(reference(id), clientName, wanted, saved.request(), saved.result()).withLetter(letter(saved));
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
                valuation);
    }

    /** The reference a saved calculation's documents and e-mails carry, e.g. {@code T1-1A2B3C4D}. */
    public static String reference(UUID id) {
        return SavedCalculation.reference(id);
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
     * line the saved result offered it for cleared under it (the others at the general rate).
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
                requirements(savedScheme, schemes), saved));
        for (String scheme : schemes.keySet()) {
            if (scheme.equals(savedScheme)) {
                continue;
            }
            List<TaxRequestLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                lines.add(lineUnder(request.lines().get(i), offered.get(i + 1), scheme));
            }
            scenarios.add(new Scenario(scheme, name(scheme, schemes), requirements(scheme, schemes),
                    calculations.calculate(request.withLines(lines))));
        }
        return scenarios;
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

    private Advice advice(TaxRequest request, List<Scenario> scenarios, Scenario best) {
        LocalizedText reason = LocalizedText.of(
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {best.name().in(Locale.TRADITIONAL_CHINESE), scenarios.size()},
                        Locale.TRADITIONAL_CHINESE),
                messages.getMessage("taxes.documents.advice.cheapest", new Object[] {best.name().in(Locale.ENGLISH), scenarios.size()},
                        Locale.ENGLISH));
        List<LocalizedText> conditions = new ArrayList<>();
        best.result().notes().forEach(n -> conditions.add(LocalizedText.of(n, n)));
        List<LocalizedText> risks = new ArrayList<>();
        BigDecimal highest = scenarios.stream().map(s -> s.result().total()).max(BigDecimal::compareTo).orElse(best.result().total());
        BigDecimal shortfall = highest.subtract(best.result().total());
        if (shortfall.signum() > 0) {
            String currency = best.result().currency();
            risks.add(LocalizedText.of(
                    messages.getMessage("taxes.documents.advice.refused", new Object[] {best.name().in(Locale.TRADITIONAL_CHINESE),
                            currency, shortfall.toPlainString()}, Locale.TRADITIONAL_CHINESE),
                    messages.getMessage("taxes.documents.advice.refused", new Object[] {best.name().in(Locale.ENGLISH),
                            currency, shortfall.toPlainString()}, Locale.ENGLISH)));
            PenaltyExposure exposure;
            try {
                exposure = calculations.penalties(new PenaltyRequest(request.jurisdiction(), request.date(), shortfall,
                        null, null, null, false));
            } catch (TradedeskException e) {
                // no penalty rule for that date or jurisdiction: the letter still names the shortfall
                return new Advice(reason, conditions, risks);
            }
            for (PenaltyExposure.Item item : exposure.items()) {
                String range = grouped(item.low()) + "–" + grouped(item.high()) + " " + exposure.currency()
                        + (item.legalReference() == null ? "" : " (" + item.legalReference() + ")");
                risks.add(LocalizedText.of(item.label().in(Locale.TRADITIONAL_CHINESE) + ":" + range,
                        item.label().in(Locale.ENGLISH) + ": " + range));
            }
        }
        return new Advice(reason, conditions, risks);
    }

    private static String grouped(BigDecimal amount) {
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
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

    private static LocalizedText name(String scheme, Map<String, DutyOption> schemes) {
        if (scheme == null) {
            return LocalizedText.of("依申請之方案", "Schemes as requested");
        }
        if (GENERAL.equals(scheme)) {
            return LocalizedText.of("一般稅率", "General rate");
        }
        DutyOption option = schemes.get(scheme);
        String label = option == null || option.label() == null || option.label().isBlank() ? scheme : option.label();
        return LocalizedText.of(label, label);
    }

    private static List<LocalizedText> requirements(String scheme, Map<String, DutyOption> schemes) {
        DutyOption option = scheme == null ? null : schemes.get(scheme);
        if (option == null || option.requires() == null || option.requires().isBlank() || Objects.equals(scheme, GENERAL)) {
            return List.of();
        }
        return List.of(LocalizedText.of(option.requires(), option.requires()));
    }
}
