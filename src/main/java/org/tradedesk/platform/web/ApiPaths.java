package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;

final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
