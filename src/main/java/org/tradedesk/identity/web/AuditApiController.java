package org.tradedesk.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.identity.AuditRecord;
import org.tradedesk.identity.AuditTrail;

/** {@code GET /api/v1/audit}: the audit trail for MANAGER and ADMIN, newest first. */
@RestController
class AuditApiController {

    private final AuditTrail audit;

    AuditApiController(AuditTrail audit) {
        this.audit = audit;
    }

    record AuditPage(List<AuditRecord> items, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Audit trail, newest first",
            description = "Filters: subjectType, subjectId, user, from and to (ISO dates, inclusive, UTC days); "
                    + "page (from 0) and size (at most 100). Before/after states are JSON text.")
    AuditPage search(AuditQuery query) {
        query.checked();
        Page<AuditRecord> page = audit.search(query.subjectType(), query.subjectId(), query.user(), query.from(),
                query.to(), org.tradedesk.platform.web.Paging.of(query.page(), query.size(), AuditQuery.MAX_SIZE));
        return new AuditPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
