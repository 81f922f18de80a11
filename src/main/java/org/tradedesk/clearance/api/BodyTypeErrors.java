package org.tradedesk.clearance.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of a clearance API body whose value is not of the field's type, not only the first the reading stopped at
 * (acceptance review: {@code POST /transactions} with clientId "abc", direction "SIDEWAYS" and jurisdiction "NZ" named only
 * clientId). The body as read ({@link StrictRequestBodies} keeps it for the request) is walked against the request record:
 * each key of a record component is converted alone, and each that fails is one error, in the body's order; nested
 * records and lists of them are walked too.
 */
final class BodyTypeErrors {

    /** The request attribute the body read is kept in for this walk. */
    static final String BODY = BodyTypeErrors.class.getName() + ".body";

    /** One field at fault: its path as the body has it, the Java type it takes and the value sent (as JSON text). */
    record Fault(String path, Class<?> type, String value, org.tradedesk.shared.TradedeskException refusal) {

        Fault(String path, Class<?> type, String value) {
            this(path, type, value, null);
        }
    }

    private BodyTypeErrors() {
    }

    static void keep(byte[] body) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.setAttribute(BODY, body, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The faults of the body kept for this request against the handler's body type; empty when none can be told. */
    static List<Fault> of(HandlerMethod handler, JsonMapper json) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object body = attributes == null ? null : attributes.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST);
        if (!(body instanceof byte[] bytes) || handler == null) {
            return List.of();
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                try {
                    List<Fault> out = new ArrayList<>();
                    walk(json, json.readTree(bytes), p.getGenericParameterType(), "", out);
                    return out;
                } catch (RuntimeException e) {
                    return List.of(); // not JSON at all: the ordinary answer says so
                }
            }
        }
        return List.of();
    }

    static void walk(JsonMapper json, JsonNode node, Type type, String path, List<Fault> out) {
        Class<?> raw = raw(type);
        if (raw == null || node == null || node.isNull()) {
            return;
        }
        if (raw.isRecord() && node.isObject()) {
            Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                components.put(c.getName(), c);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                RecordComponent c = components.get(e.getKey());
                if (c != null) {
                    walk(json, e.getValue(), c.getGenericType(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
                }
            }
            return;
        }
        if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType pt) {
            for (int i = 0; i < node.size(); i++) {
                walk(json, node.get(i), pt.getActualTypeArguments()[0], path + "[" + i + "]", out);
            }
            return;
        }
        if (raw.isRecord() || List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            if (!raw.isRecord() || node.isObject()) {
                return;
            }
        }
        try {
            json.treeToValue(node, raw);
        } catch (tools.jackson.core.JacksonException e) {
            out.add(new Fault(path, raw, node.isString() ? node.asString() : node.toString()));
        } catch (org.tradedesk.shared.TradedeskException e) {
            // a value refused by its type's own rules (a number past the bounds…): named with the others (t4fixU 1)
            out.add(new Fault(path, raw, node.isString() ? node.asString() : node.toString(), e));
        } catch (RuntimeException e) {
            // refused otherwise: the ordinary reading names it
        }
    }

    /**
     * The body without the values at fault (each key removed, a list's entry nulled), so that what remains can be read and
     * validated and its faults reported with the type faults (t4fixU 1: -3 packages, 1e40 kg and 2026-02-30 named only the mass).
     */
    static JsonNode without(JsonNode body, List<Fault> faults) {
        JsonNode copy = body.deepCopy();
        for (Fault f : faults) {
            List<Object> steps = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(f.path());
            while (m.find()) {
                steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            }
            JsonNode at = copy;
            for (int i = 0; i < steps.size() - 1 && at != null; i++) {
                at = steps.get(i) instanceof Integer n ? at.get(n) : at.get((String) steps.get(i));
            }
            Object last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            if (at instanceof tools.jackson.databind.node.ObjectNode o && last instanceof String name) {
                o.remove(name);
            } else if (at instanceof tools.jackson.databind.node.ArrayNode a && last instanceof Integer n && n < a.size()) {
                a.set(n, tools.jackson.databind.node.NullNode.getInstance());
            }
        }
        return copy;
    }

    /** The handler's request body type; null when it has none. */
    static Type bodyType(HandlerMethod handler) {
        if (handler != null) {
            for (MethodParameter p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    return p.getGenericParameterType();
                }
            }
        }
        return null;
    }

    /** The body kept for this request, read as JSON; null when none or not JSON. */
    static JsonNode kept(JsonMapper json) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object body = attributes == null ? null : attributes.getAttribute(BODY, RequestAttributes.SCOPE_REQUEST);
        try {
            return body instanceof byte[] bytes ? json.readTree(bytes) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c ? c : null;
    }
}
