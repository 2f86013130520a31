package org.papergraph.source;

import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells the input format from the start of the decoded text; the file name only breaks the one tie
 * the content cannot (a {@code .jsonl} file whose first lines are all broken).
 */
public final class FormatDetector {
    /** How many characters of the text the detection looks at. */
    public static final int PREFIX_CHARS = 65536;
    // Trailing tokens fail so a pretty-printed array element such as {"name": "A"}, is not taken for a JSONL line.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int JSONL_PROBE_LINES = 5;

    private FormatDetector() {
    }

    /**
     * The format of a text starting with {@code prefix}, or null when it is none PaperGraph reads.
     *
     * @param name the input's name, consulted only for {@code .jsonl}/{@code .ndjson} when content is ambiguous
     */
    public static SourceFormat detect(String prefix, String name) {
        String text = prefix.startsWith("\uFEFF") ? prefix.substring(1) : prefix;
        String trimmed = text.stripLeading();
        if (trimmed.isEmpty()) {
            return null;
        }
        char first = trimmed.charAt(0);
        if (first == '<') {
            return trimmed.contains("<feed") || trimmed.contains("http://www.w3.org/2005/Atom") ? SourceFormat.ARXIV_ATOM : null;
        }
        if (first == '[') {
            return SourceFormat.HF_JSON;
        }
        if (first == '{') {
            return detectJsonObjects(trimmed, name);
        }
        return HfPageReader.looksLikePage(trimmed) ? SourceFormat.HF_PAGE : null;
    }

    /**
     * One JSON object per line is JSONL, unless the objects are Hugging Face API objects. A first line
     * that is a lone "{" opens a pretty-printed object: HF JSON (pretty printers never put a field on
     * the opening line). When the first line is broken, the next few lines decide.
     */
    private static SourceFormat detectJsonObjects(String text, String name) {
        String[] lines = text.split("\\R", JSONL_PROBE_LINES + 1);
        if (lines[0].strip().equals("{")) {
            return SourceFormat.HF_JSON;
        }
        for (int i = 0; i < Math.min(lines.length, JSONL_PROBE_LINES); i++) {
            JsonNode node = objectOrNull(lines[i]);
            if (node != null) {
                return looksLikeHfApi(node) ? SourceFormat.HF_JSON : SourceFormat.JSONL;
            }
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? SourceFormat.JSONL : SourceFormat.HF_JSON;
    }

    private static JsonNode objectOrNull(String line) {
        if (!line.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean looksLikeHfApi(JsonNode node) {
        if (node.has("abstract")) {
            return false;
        }
        return node.path("paper").isObject() || node.has("summary") || node.has("upvotes")
                || node.has("ai_keywords") || node.has("githubRepo");
    }
}
