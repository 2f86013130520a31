package org.papergraph.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Tolerant field access shared by the JSON readers: feeds disagree on types (string vs number, string vs list). */
final class JsonFields {
    private static final Pattern SOURCE_DUMP = Pattern.compile("\\s*\\((?:start marker )?at \\[Source:[^\\]]*\\]\\)");
    private JsonFields() {
    }

    /** The first of {@code fields} present as a scalar, cleaned; "" when none. */
    static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && v.isValueNode() && !v.isNull()) {
                String s = Texts.unescapeAndCollapse(v.asText());
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return "";
    }

    /** Like {@link #text} but null when absent: for identifiers, URLs and dates. */
    static String optional(JsonNode node, String... fields) {
        String s = text(node, fields);
        return s.isEmpty() ? null : s;
    }

    /**
     * Strings from a list of strings or of objects with {@code name}; a single string is split on
     * commas, semicolons and " and " (author lists are often written that way).
     */
    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            for (String part : node.asText().split("\\s*(?:[,;]|\\band\\b)\\s*")) {
                addName(out, part);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                addName(out, item.isObject() ? item.path("name").asText("") : item.asText(""));
            }
        }
        return out;
    }

    /** Strings from a string or a list of strings (e.g. keywords, URLs). */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> addName(out, item.asText("")));
        } else if (node != null && node.isValueNode() && !node.isNull()) {
            addName(out, node.asText());
        }
        return out;
    }

    /** An integer field, or null when absent or not a number. */
    static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.canConvertToInt() && v.isNumber() ? Integer.valueOf(v.asInt()) : null;
    }

    /** Jackson's message without its source dump, plus the column: enough to find the spot in the line. */
    static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        m = SOURCE_DUMP.matcher(m).replaceAll("");
        return e.getLocation() == null ? m : m + " (column " + e.getLocation().getColumnNr() + ")";
    }

    private static void addName(List<String> out, String s) {
        String c = Texts.unescapeAndCollapse(s);
        if (!c.isEmpty()) {
            out.add(c);
        }
    }
}
