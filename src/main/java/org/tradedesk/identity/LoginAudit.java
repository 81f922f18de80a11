package org.tradedesk.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Failed logins (form or HTTP Basic) go to the audit trail: repeated failures are worth a manager's look. */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        audit.record("login", attempted.length() > 128 ? attempted.substring(0, 128) : attempted,
                AuditAction.LOGIN_FAILED, null,
                "{\"reason\":\"" + event.getException().getClass().getSimpleName() + "\"}");
    }
}
