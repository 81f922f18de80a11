package org.tradedesk.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        Map<String, String> b = flatten(before);
        Map<String, String> a = flatten(after);
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

    private static Map<String, String> flatten(String json) {
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
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            fields.put(e.getKey(), v.isNull() ? null : v.isString() ? v.asString() : v.isArray() ? join(v) : v.toString());
        }
        return fields;
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.isString() ? v.asString() : v.toString()));
        return String.join(", ", parts);
    }
}
