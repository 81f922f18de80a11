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

    AuditPageController(AuditTrail audit, org.tradedesk.platform.MessageTexts texts) {
        this.audit = audit;
        this.texts = texts;
    }

    record Line(AuditRecord entry, java.util.List<AuditChanges.Row> changes) {
    }

    @GetMapping("/audit")
    String browse(@ModelAttribute("query") AuditQuery query, Model model, java.util.Locale locale) {
        query.checked();
        Page<AuditRecord> page = audit.search(query.subjectType(), query.subjectId(), query.user(), query.from(),
                query.to(), org.tradedesk.platform.web.Paging.of(query.page(), query.size(), AuditQuery.MAX_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("lines", page.getContent().stream()
                .map(e -> new Line(e, AuditChanges.of(e.before(), e.after(), m -> texts.render(m, locale)))).toList());
        return "identity/audit";
    }
}
