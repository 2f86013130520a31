package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * arXiv API Atom feeds, read with StAX one entry at a time. DTDs and external entities are disabled
 * (XXE). On malformed XML the entries completed before the error are kept and the error is reported
 * with the parser's line. arXiv reports API errors as an entry whose id points at {@code /api/errors};
 * those become problems, not papers.
 */
final class ArxivAtomReader implements PaperReader {
    private static final XMLInputFactory FACTORY = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    @Override
    public void read(Reader in, ReadContext ctx) throws IOException {
        XMLStreamReader xml = null;
        Entry entry = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && "entry".equals(xml.getLocalName())) {
                    entry = new Entry(xml.getLocation().getLineNumber());
                } else if (event == XMLStreamConstants.START_ELEMENT && entry != null) {
                    field(xml, entry);
                } else if (event == XMLStreamConstants.END_ELEMENT && entry != null && "entry".equals(xml.getLocalName())) {
                    emit(entry, ctx);
                    entry = null;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String lost = entry != null ? " (the entry starting at line " + entry.line + " is incomplete and skipped)" : "";
            ctx.problem(line, "malformed XML, the rest of the file is skipped" + lost + ": " + firstLine(e.getMessage()));
        } finally {
            close(xml);
        }
    }

    /** Reads one child element of an entry (the reader is on its start tag). */
    private static void field(XMLStreamReader xml, Entry e) throws XMLStreamException {
        String name = xml.getLocalName();
        switch (name) {
            case "id" -> e.id = text(xml);
            case "title" -> e.title = text(xml);
            case "summary" -> e.summary = text(xml);
            case "name" -> e.authors.add(Texts.unescapeAndCollapse(text(xml)));
            case "published" -> e.published = text(xml);
            case "updated" -> e.updated = text(xml);
            case "category" -> addIfPresent(e.categories, xml.getAttributeValue(null, "term"));
            case "primary_category" -> e.primary = Texts.blankToNull(xml.getAttributeValue(null, "term"));
            case "doi" -> e.doi = Texts.blankToNull(text(xml));
            case "link" -> addIfPresent(e.links, xml.getAttributeValue(null, "href"));
            default -> { } // author, comment, journal_ref...: containers or not needed
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        String v = Texts.blankToNull(value);
        if (v != null) {
            list.add(v);
        }
    }

    /** All text inside the current element, nested markup ignored; the reader ends on its end tag. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        for (int depth = 1; depth > 0; ) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                sb.append(xml.getText());
            }
        }
        return sb.toString();
    }

    private static void emit(Entry e, ReadContext ctx) {
        String title = Texts.unescapeAndCollapse(e.title);
        String summary = Texts.unescapeAndCollapse(e.summary);
        String id = Texts.blankToNull(e.id);
        if (id != null && id.contains("/api/errors")) {
            ctx.problem(e.line, "arXiv API error: " + (summary.isEmpty() ? title : summary));
            return;
        }
        String arxivId = PaperKeys.arxivId(id);
        String sourceId = arxivId != null ? arxivId : id;
        if (!ctx.identifiable(e.line, title, summary, sourceId)) {
            return;
        }
        List<String> categories = new ArrayList<>();
        if (e.primary != null) {
            categories.add(e.primary);
        }
        e.categories.stream().filter(c -> !c.equals(e.primary)).forEach(categories::add);
        ctx.paper(Paper.builder()
                .arxivId(arxivId)
                .sourceId(sourceId)
                .title(title)
                .abstractText(summary)
                .authors(e.authors.stream().filter(a -> !a.isEmpty()).toList())
                .published(Dates.field(e.published, "published", e.line, ctx))
                .updated(Dates.field(e.updated, "updated", e.line, ctx))
                .categories(categories)
                .doi(e.doi)
                .links(e.links)
                .source(ctx.ref(e.line, SourceFormat.ARXIV_ATOM))
                .build());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n');
        String last = nl < 0 ? m : m.substring(nl + 1).strip(); // JDK StAX puts "ParseError at [row,col]:" on line 1
        return last.startsWith("Message: ") ? last.substring("Message: ".length()) : last;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to recover from a reader we are done with
            }
        }
    }

    /** One entry being read; filled field by field. */
    private static final class Entry {
        final int line;
        final List<String> authors = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<String> links = new ArrayList<>();
        String id;
        String title;
        String summary;
        String published;
        String updated;
        String primary;
        String doi;

        Entry(int line) {
            this.line = line;
        }
    }
}
