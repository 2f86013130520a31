package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON object per line: {@code id, title, abstract, authors?, published?, url?, code?}. Each line
 * stands alone, so a broken line is reported and the next one is read as usual.
 */
final class JsonlReader implements PaperReader {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void read(Reader in, ReadContext ctx) throws IOException {
        LineReader lines = new LineReader(in, ctx);
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                record(line, lines.lineNumber(), ctx);
            }
        }
    }

    private void record(String line, int n, ReadContext ctx) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            ctx.problem(n, "not valid JSON; line skipped: " + JsonFields.describe(e));
            return;
        }
        if (node == null || !node.isObject()) {
            ctx.problem(n, "not a JSON object; line skipped");
            return;
        }
        String id = JsonFields.optional(node, "id");
        String title = JsonFields.text(node, "title");
        String abstractText = JsonFields.text(node, "abstract", "summary");
        if (!ctx.identifiable(n, title, abstractText, id)) {
            return;
        }
        List<String> urls = JsonFields.strings(node.get("url"));
        List<String> code = JsonFields.strings(node.get("code"));
        String arxivId = PaperKeys.arxivId(id);
        for (int i = 0; arxivId == null && i < urls.size(); i++) {
            arxivId = PaperKeys.arxivId(urls.get(i));
        }
        List<String> links = new ArrayList<>(urls);
        if (code.size() > 1) {
            links.addAll(code.subList(1, code.size())); // codeUrl holds one repository; keep the others as links
        }
        ctx.paper(Paper.builder()
                .arxivId(arxivId)
                .sourceId(id)
                .title(title)
                .abstractText(abstractText)
                .authors(JsonFields.names(node.get("authors")))
                .published(Dates.field(JsonFields.optional(node, "published"), "published", n, ctx))
                .codeUrl(code.isEmpty() ? null : code.get(0))
                .links(links)
                .source(ctx.ref(n, SourceFormat.JSONL))
                .build());
    }
}
