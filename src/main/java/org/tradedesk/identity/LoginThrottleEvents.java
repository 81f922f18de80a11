package org.tradedesk.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts the outcome of the attempts {@link LoginThrottleFilter} let through. A right password
 * clears the account+address count only when there was one, so an API call with HTTP Basic costs
 * no database write.
 */
@Component
class LoginThrottleEvents {

    private final LoginThrottle throttle;

    LoginThrottleEvents(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        LoginThrottleFilter.Attempt attempt = attempt();
        if (attempt != null) {
            throttle.failed(attempt.username(), attempt.address());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        LoginThrottleFilter.Attempt attempt = attempt();
        if (attempt != null && attempt.accountKeyKnown()) {
            throttle.succeeded(attempt.username(), attempt.address());
        }
    }

    private static LoginThrottleFilter.Attempt attempt() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null
                : (LoginThrottleFilter.Attempt) request.getAttribute(LoginThrottleFilter.ATTEMPT, RequestAttributes.SCOPE_REQUEST);
    }
}
