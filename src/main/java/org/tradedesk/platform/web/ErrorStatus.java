package org.tradedesk.platform.web;

import org.springframework.http.HttpStatus;
import org.tradedesk.shared.TradedeskException;

final class ErrorStatus {

    private ErrorStatus() {
    }

    static HttpStatus of(TradedeskException e) {
        return switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case FAULT -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
