package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hugging Face JSON: the {@code /api/daily_papers} list (items wrapping a {@code paper} object, the
 * item's {@code publishedAt} being the day it was featured) and single {@code /api/papers/{id}} objects.
 * The parser streams: each item is materialised on its own, so a list of any length fits in memory.
 * Several top-level values in one file (concatenated responses) are read one after another.
 */
final class HfJsonReader implements PaperReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(Reader in, ReadContext ctx) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    readArray(parser, ctx);
                } else {
                    readValue(parser, ctx);
                }
            }
        } catch (JsonProcessingException e) {
            // Past a syntax error the structure is unknown: keep what was read, report where it broke.
            ctx.problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid JSON, the rest of the file is skipped: " + JsonFields.describe(e));
        }
    }

    private void readArray(JsonParser parser, ReadContext ctx) throws IOException {
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
                throw new IOException("unexpected end of input inside a JSON array");
            }
            readValue(parser, ctx);
        }
    }

    /** Reads the value at the current token: an item object, or anything else reported and skipped. */
    private void readValue(JsonParser parser, ReadContext ctx) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = MAPPER.readTree(parser);
        if (node == null || !node.isObject()) {
            ctx.problem(line, "expected a paper object, found " + (node == null ? "nothing" : node.getNodeType()) + "; skipped");
            return;
        }
        item(node, line, ctx);
    }

    private void item(JsonNode item, int line, ReadContext ctx) {
        boolean wrapped = item.path("paper").isObject();
        JsonNode paper = wrapped ? item.get("paper") : item;
        String id = JsonFields.optional(paper, "id");
        String title = firstNonEmpty(JsonFields.text(paper, "title"), JsonFields.text(item, "title"));
        String summary = firstNonEmpty(JsonFields.text(paper, "summary"), JsonFields.text(item, "summary"));
        if (!ctx.identifiable(line, title, summary, id)) {
            return;
        }
        String arxivId = PaperKeys.arxivId(id);
        List<String> links = new ArrayList<>();
        if (arxivId != null) {
            links.add("https://arxiv.org/abs/" + arxivId);
        }
        String projectPage = JsonFields.optional(paper, "projectPage");
        if (projectPage != null) {
            links.add(projectPage);
        }
        Integer upvotes = JsonFields.integer(paper, "upvotes");
        ctx.paper(Paper.builder()
                .arxivId(arxivId)
                .sourceId(id)
                .title(title)
                .abstractText(summary)
                .authors(JsonFields.names(paper.get("authors")))
                .published(Dates.field(JsonFields.optional(paper, "publishedAt"), "publishedAt", line, ctx))
                .featured(wrapped ? Dates.field(JsonFields.optional(item, "publishedAt"), "publishedAt", line, ctx)
                        : Dates.field(JsonFields.optional(paper, "submittedOnDailyAt"), "submittedOnDailyAt", line, ctx))
                .codeUrl(JsonFields.optional(paper, "githubRepo"))
                .links(links)
                .keywords(JsonFields.strings(paper.get("ai_keywords")))
                .upvotes(upvotes != null ? upvotes : JsonFields.integer(item, "upvotes"))
                .source(ctx.ref(line, SourceFormat.HF_JSON))
                .build());
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
