package org.tradedesk.platform.web;

import org.tradedesk.shared.TradedeskException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns a JSON reading failure into the dotted path of the field that was wrong and the type it wanted. */
final class JsonErrorPath {

    private JsonErrorPath() {
    }

    static String of(Throwable e) {
        JacksonException jackson = find(e);
        return jackson == null ? null : org.tradedesk.platform.StrictJsonBodies.jsonPath(jackson);
    }

    /** The value object that refused the value (e.g. an HS code), whose message already says why. */
    static TradedeskException businessCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TradedeskException business) {
                return business;
            }
        }
        return null;
    }

    /** The Java type Jackson was building, or null when it does not say. */
    static Class<?> targetType(Throwable e) {
        JacksonException jackson = find(e);
        if (jackson instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        if (jackson instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
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
