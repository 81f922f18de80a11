package org.tradedesk.clearance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.platform.Formats;
import org.tradedesk.reporting.PdfRenderer;

/**
 * The dispute summary letter (P4.7): the customs decision, the amount in dispute, what the client needs, the review
 * route with each step's last day and state, the steps taken, the evidence with its SHA-256 and the outcome — as PDF
 * through {@code reporting}, in the client's preferred language unless another is asked for (zh-TW or en). Dates are
 * written as the other documents of the product write them in that language ({@link Formats#date(java.time.temporal.TemporalAccessor, Locale)}:
 * {@code 2026/12/06}, {@code 6 Dec 2026}), never as ISO.
 */
@Service
public class ClearanceDisputeLetters {

    static final String TEMPLATE = "clearance/reports/dispute-letter";
    private static final Formats FORMATS = new Formats(Clock.systemUTC());

    /** The dates of a letter in its language, for the template: {@code ${dates.of(d)}} ("—" when unknown). */
    public record LetterDates(Locale language) {
        public String of(LocalDate date) {
            return date == null ? "—" : FORMATS.date(date, language);
        }
    }

    /** One tax of the engine's assessment as the letter prints it (amounts with thousands separators, rates in its language). */
    public record AssessmentRow(String tax, String declaredBase, String declaredRate, String declared, String assessedBase,
            String assessedRate, String assessed, String difference) {
    }

    /**
     * The amounts of a letter as the customs notice prints them ({@link ClearanceDisputes#figureText}; t4fixQ 5: TWD 57,035.00
     * beside the notice's 57,035): a whole TWD figure in whole NT$, AUD to the cent. For the template: {@code ${amounts.of(a, c)}}.
     */
    public record LetterAmounts() {
        public String of(java.math.BigDecimal amount, String currency) {
            return ClearanceDisputes.figureText(amount, currency);
        }

        public String money(java.math.BigDecimal amount, String currency) {
            return amount == null ? "—" : ClearanceDisputes.moneyText(amount, currency);
        }
    }

    private final ClearanceDisputes disputes;
    private final ClearanceTransactions transactions;
    private final ClientDirectory clients;
    private final PdfRenderer pdf;
    private final org.tradedesk.platform.MessageTexts texts;

    ClearanceDisputeLetters(ClearanceDisputes disputes, ClearanceTransactions transactions, ClientDirectory clients, PdfRenderer pdf,
            org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.disputes = disputes;
        this.transactions = transactions;
        this.clients = clients;
        this.pdf = pdf;
    }

    /**
     * For a case partly upheld or refused, the next route and its last day (t4fixL): the step that follows the one the outcome
     * decided (TW 復查 → 訴願 → 行政訴訟; AU refund → Tribunal), counted from the outcome's day; when the route goes no
     * further, that is said. Null for an open, upheld or withdrawn case.
     */
    private String nextRoute(TransactionView tx, DisputeView dispute, Locale language) {
        if (dispute.outcome() == null || dispute.outcome().outcome() != org.tradedesk.clearance.domain.DisputeOutcome.PARTLY_UPHELD
                && dispute.outcome().outcome() != org.tradedesk.clearance.domain.DisputeOutcome.REFUSED) {
            return null;
        }
        String decided = disputes.decidedStep(tx.details().jurisdiction(), dispute);
        org.tradedesk.clearance.domain.DisputeDeadline next = decided == null ? null : dispute.deadlines().stream()
                .filter(x -> decided.equals(x.step().afterStep())).findFirst().orElse(null);
        if (next == null || next.lastDay() == null) {
            return texts.render(org.tradedesk.shared.MessageText.of("clearance.dispute.letter.next-route.none"), language);
        }
        return texts.render(org.tradedesk.shared.MessageText.of("clearance.dispute.letter.next-route",
                org.tradedesk.shared.MessageText.Arg.code("clearance.dispute.outcome.in-sentence." + dispute.outcome().outcome()),
                org.tradedesk.shared.MessageText.Arg.code("clearance.dispute.step." + next.step().id()),
                org.tradedesk.shared.MessageText.Arg.message(next.step().legalText()),
                org.tradedesk.shared.MessageText.Arg.date(next.lastDay())), language);
    }

    /** The language of the letter: {@code asked} when it is zh or en, else the client's preferred language. */
    @Transactional(readOnly = true)
    public Locale language(TransactionId id, String asked) {
        if (asked != null && asked.toLowerCase(Locale.ROOT).startsWith("zh")) {
            return Locale.TAIWAN;
        }
        if (asked != null && asked.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        Locale preferred = clients.client(transactions.transaction(id).details().clientId()).preferredLanguage().locale();
        return "zh".equals(preferred.getLanguage()) ? Locale.TAIWAN : Locale.ENGLISH;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(TransactionId id, long disputeId, Locale language) {
        TransactionView tx = transactions.transaction(id);
        // the notice date the file records, not the dispute's own copy of it (review of issue 8; 關稅法 第45條)
        DisputeView dispute = disputes.forLetter(id, disputeId);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.toLanguageTag());
        model.put("tx", tx);
        model.put("dispute", dispute);
        // each piece of evidence named as every text names a document (DocumentReference: the invoice's number, its date,
        // its file when it has one), in the letter's language — not its type and file name, which printed "null" for an
        // invoice typed by hand (acceptance review: 「商業發票: null」)
        model.put("evidenceNames", dispute.evidence().stream().map(e -> texts.render(e.fileName() == null || e.fileName().isBlank()
                || "?".equals(e.fileName()) ? tx.documentNamed(e.documentId())
                : org.tradedesk.shared.MessageText.of("clearance.document.named.file", org.tradedesk.shared.MessageText.Arg.message(
                        tx.documentNamed(e.documentId())), org.tradedesk.shared.MessageText.Arg.literal(e.fileName().strip())), language))
                .toList());
        model.put("dates", new LetterDates(language));
        // each step's law in the letter's language, as findings name it (t4fixAE 1)
        model.put("stepLaw", dispute.deadlines().stream().collect(java.util.stream.Collectors.toMap(x -> x.step().id(),
                x -> texts.render(x.step().legalText(), language), (a, b) -> a)));
        model.put("amounts", new LetterAmounts());
        model.put("warnings", dispute.warnings().stream().map(w -> texts.render(w, language)).toList());
        model.put("today", FORMATS.date(disputes.today(tx.details().jurisdiction()), language));
        // the financial effect computed by the tax engine (issue 8), its texts in the letter's language
        DisputeAssessment a = dispute.assessment();
        if (a != null) {
            model.put("assessment", a);
            model.put("assessmentEffect", texts.render(a.effect(), language));
            model.put("assessmentSource", texts.render(a.source(), language));
            String c = a.currency();
            model.put("assessmentRows", a.taxes().stream().map(t -> new AssessmentRow(
                    t.label() == null ? texts.render(org.tradedesk.shared.MessageText.of("clearance.as-named", org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.code())), language)
                            : t.label().in(language), ClearanceDisputes.figureText(t.declaredBase(), c),
                    t.declaredRate() == null ? "—" : texts.render(t.declaredRateText(), language),
                    ClearanceDisputes.figureText(t.declaredAmount(), c), ClearanceDisputes.figureText(t.assessedBase(), c),
                    t.assessedRate() == null ? "—" : texts.render(t.assessedRateText(), language),
                    ClearanceDisputes.figureText(t.assessedAmount(), c), ClearanceDisputes.figureText(t.difference(), c))).toList());
        }
        model.put("refundSource", dispute.outcome() == null ? null : texts.render(org.tradedesk.shared.MessageText.of(
                dispute.outcome().refundByEngine() ? "clearance.dispute.source.engine" : "clearance.dispute.source.hand"), language));
        model.put("nextRoute", nextRoute(tx, dispute, language));
        model.put("amountSource", texts.render(org.tradedesk.shared.MessageText.of("clearance.dispute.source.hand"), language));
        return pdf.render(TEMPLATE, model, language);
    }
}
