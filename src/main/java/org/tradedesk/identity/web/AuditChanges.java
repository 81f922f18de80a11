package org.tradedesk.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.tradedesk.shared.MessageText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the before/after JSON of an audit entry readable: one row per field with both values and
 * whether it changed. Text that is not a JSON object is shown as it is, under the field "".
 */
final class AuditChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Row(String field, String before, String after, boolean changed) {
    }

    private AuditChanges() {
    }

    static List<Row> of(String before, String after) {
        return of(before, after, null);
    }

    /**
     * As {@link #of(String, String)}, a state kept as a message (its {@code code} and {@code args} only) rendered by
     * {@code render} in the reader's language (acceptance review t1fixJ 1); without a renderer it is shown as its JSON.
     */
    static List<Row> of(String before, String after, Function<MessageText, String> render) {
        Map<String, String> b = flatten(before, render);
        Map<String, String> a = flatten(after, render);
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(a.keySet());
        List<Row> rows = new ArrayList<>();
        for (String field : fields) {
            String was = b.get(field);
            String is = a.get(field);
            rows.add(new Row(field, was, is, before != null && after != null ? !java.util.Objects.equals(was, is) : true));
        }
        return rows;
    }

    private static Map<String, String> flatten(String json, Function<MessageText, String> render) {
        Map<String, String> fields = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return fields;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            fields.put("", json);
            return fields;
        }
        if (!node.isObject()) {
            fields.put("", node.isString() ? node.asString() : node.toString());
            return fields;
        }
        if (render != null && isMessage(node)) {
            try {
                fields.put("", render.apply(JSON.treeToValue(node, MessageText.class)));
                return fields;
            } catch (RuntimeException e) {
                // not a message after all: shown field by field
            }
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            fields.put(e.getKey(), v.isNull() ? null : v.isString() ? v.asString() : v.isArray() ? join(v) : v.toString());
        }
        return fields;
    }

    private static boolean isMessage(JsonNode node) {
        return node.size() == 2 && node.has("code") && node.get("code").isString() && node.has("args") && node.get("args").isArray();
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.isString() ? v.asString() : v.toString()));
        return String.join(", ", parts);
    }
}
