package org.tradedesk.platform.web;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** Turns a JSON reading failure into the dotted path of the field that was wrong. */
final class JsonErrorPath {

    private JsonErrorPath() {
    }

    static String of(Throwable e) {
        JacksonException jackson = find(e);
        if (jackson == null || jackson.getPath() == null || jackson.getPath().isEmpty()) {
            return null;
        }
        return jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static String reason(Throwable e) {
        JacksonException jackson = find(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof org.tradedesk.shared.TradedeskException) {
            return root.getMessage();
        }
        return jackson != null ? jackson.getOriginalMessage() : e.getMessage();
    }

    private static JacksonException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
