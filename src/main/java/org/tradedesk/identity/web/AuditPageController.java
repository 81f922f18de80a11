package org.tradedesk.identity.web;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;

/** {@code /audit}: managers browse who did what, filtered and paged, with changes shown field by field. */
@Controller
class AuditPageController {

    private final AuditTrail audit;

    private final org.tradedesk.platform.MessageTexts texts;
    private final org.springframework.context.MessageSource messages;
    private final org.tradedesk.platform.Formats formats;

    AuditPageController(AuditTrail audit, org.tradedesk.platform.MessageTexts texts, org.springframework.context.MessageSource messages,
            org.tradedesk.platform.Formats formats) {
        this.audit = audit;
        this.texts = texts;
        this.messages = messages;
        this.formats = formats;
    }

    /** An entry with its subject type and changes as the reader reads them; the entry itself (codes) kept for the filter. */
    record Line(AuditRecord entry, String subjectType, boolean subjectTypeWorded, java.util.List<Change> changes) {
    }

    /** A change with its field worded where the bundle names it ({@code worded}); else the recorded name, shown as code. */
    record Change(String field, boolean worded, String before, String after, boolean changed) {
    }

    /** An amount as the modules record it in a state ({@code 1050.770000 AUD}): shown grouped to the currency's minor unit. */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

    /**
     * The subject type, a field and a value worded from {@code audit.subject.*}, {@code audit.field.*} and
     * {@code audit.value.<field>.*} where the bundle has them, a figure with its currency formatted; anything else as recorded
     * (t1fixM minor 4: 「tax-calculation」, 「status」, 「DRAFT」 and 「total 1050.770000 AUD」 on the zh-TW page).
     */
    private Line worded(AuditRecord e, java.util.List<AuditChanges.Row> rows, java.util.Locale locale) {
        java.util.List<Change> changes = rows.stream().map(r -> {
            String label = r.field().isEmpty() ? null : messages.getMessage("audit.field." + r.field(), null, null, locale);
            return new Change(label == null ? r.field() : label, label != null,
                    value(r.field(), r.before(), locale), value(r.field(), r.after(), locale), r.changed());
        }).toList();
        String type = messages.getMessage("audit.subject." + e.subjectType(), null, null, locale);
        return new Line(e, type == null ? e.subjectType() : type, type != null, changes);
    }

    private String value(String field, String value, java.util.Locale locale) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        java.util.regex.Matcher amount = AMOUNT.matcher(value);
        if (amount.matches()) {
            return amount.group(2) + " " + formats.amountIn(new java.math.BigDecimal(amount.group(1)), amount.group(2));
        }
        return field.isEmpty() || !value.matches("[A-Z_]+") ? value
                : messages.getMessage("audit.value." + field + "." + value, null, value, locale);
    }

    @GetMapping("/audit")
    String browse(@ModelAttribute("query") AuditQuery query, Model model, java.util.Locale locale) {
        query.checked();
        Page<AuditRecord> page = audit.search(query.subjectType(), query.subjectId(), query.user(), query.from(),
                query.to(), org.tradedesk.platform.web.Paging.of(query.page(), query.size(), AuditQuery.MAX_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("lines", page.getContent().stream()
                .map(e -> worded(e, AuditChanges.of(e.before(), e.after(), m -> texts.render(m, locale)), locale)).toList());
        return "identity/audit";
    }
}
